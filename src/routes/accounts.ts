import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { hashPassword } from "../auth/passwords.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import { BACKGROUNDS, STAFF_ROLES } from "../domain/accounts.ts";
import { isRegion } from "../domain/territory.ts";
import { ApiError } from "../http/api-error.ts";
import { authorize } from "../http/authorize.ts";
import { clientAddress } from "../http/client-address.ts";
import { passwordField } from "../http/password-policy.ts";
import { signedIn, startSession } from "../http/session.ts";
import { validate } from "../http/validate.ts";

/** An invitation link is valid for a week: long enough to be read, short enough not to linger. */
export const STAFF_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const invitationInput = z
  .object({
    email: z.email().max(320),
    role: z.enum(STAFF_ROLES),
    structureIds: z.array(z.number().int().positive()).max(200).optional(),
    region: z.string().refine(isRegion, "not an INSEE region code").optional(),
    background: z.enum(BACKGROUNDS).optional(),
    displayName: z.string().trim().min(1).max(120).optional(),
  })
  .strict()
  .refine((i) => (i.role === "co_researcher") === (i.background !== undefined), {
    message: "a co-researcher needs a background, and only a co-researcher has one",
    path: ["background"],
  })
  .refine((i) => i.role !== "coordinator" || i.region !== undefined, { message: "a coordinator needs a region", path: ["region"] })
  .refine((i) => i.role !== "manager" || (i.structureIds?.length ?? 0) > 0, {
    message: "a manager needs structures",
    path: ["structureIds"],
  });

const backgroundInput = z.object({ background: z.enum(BACKGROUNDS) }).strict();
const userParam = z.object({ id: z.coerce.number().int().positive() });

const acceptInput = z.object({ token: z.string().min(1).max(200), password: passwordField }).strict();

export const accountRoutes = new Hono<AppEnv>()
  // Admins (any account); coordinators (managers of their region's structures); managers (co-managers of
  // their structures); co-researchers (other co-researchers). The token is shown once; only its hash is kept.
  .post("/invitations", signedIn, validate("json", invitationInput), async (c) => {
    const input = c.req.valid("json");
    const { store, clock } = c.var.deps;
    const structureIds = [...new Set(input.structureIds ?? [])];
    const structures = await Promise.all(structureIds.map((id) => store.structures.get(id)));
    if (structures.some((s) => s === undefined)) throw new ApiError("structure_not_found");
    const found = structures.filter((s) => s !== undefined);
    const region = input.role === "coordinator" ? input.region! : null;
    const user = authorize(c, { action: "staff.invite", role: input.role, region, structures: found });
    if (await store.accounts.findCredentials(input.email)) throw new ApiError("account_exists");
    const token = randomToken();
    const now = clock();
    await store.accounts.createInvitation(
      {
        tokenHash: sha256(token),
        email: input.email,
        role: input.role,
        region,
        structureIds,
        background: input.background ?? null,
        displayName: input.displayName ?? null,
        invitedBy: user.id,
        expiresAt: new Date(now.getTime() + STAFF_INVITATION_TTL_MS),
      },
      now,
    );
    await store.audit.record(
      {
        userId: user.id,
        action: "account.invite",
        targetType: "invitation",
        details: { role: input.role, structureIds, region, background: input.background ?? null },
        region: region ?? found[0]?.region ?? null,
      },
      now,
    );
    return c.json({ token, expiresAt: new Date(now.getTime() + STAFF_INVITATION_TTL_MS).toISOString() }, 201);
  })
  // Anyone holding a live invitation: the account exists from now on, with the password its owner chose.
  .post(
    "/accept",
    async (c, next) => {
      c.var.rateLimits.throttle(c.var.deps, "acceptPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
      await next();
    },
    validate("json", acceptInput),
    async (c) => {
      const { token, password } = c.req.valid("json");
      const { store, clock } = c.var.deps;
      const now = clock();
      const user = await store.accounts.acceptInvitation(sha256(token), await hashPassword(password), now);
      await startSession(c, user.id);
      await store.audit.record(
        { userId: user.id, action: "account.accept", targetType: "user", targetId: user.id, region: user.region },
        now,
      );
      return c.json({ user }, 200);
    },
  )
  // Admins: set the background of a co-researcher account made before backgrounds existed, or correct it.
  // Approvals already given keep the background they were given with.
  .put("/:id/background", signedIn, validate("param", userParam), validate("json", backgroundInput), async (c) => {
    const admin = authorize(c, { action: "account.manage" });
    const { store, clock } = c.var.deps;
    const account = await store.accounts.getUser(c.req.valid("param").id);
    if (!account) throw new ApiError("user_not_found");
    if (account.role !== "co_researcher") throw new ApiError("not_a_co_researcher");
    const { background } = c.req.valid("json");
    await store.accounts.setBackground(account.id, background);
    await store.audit.record(
      { userId: admin.id, action: "account.background", targetType: "user", targetId: account.id, details: { background } },
      clock(),
    );
    return c.json({ user: { ...account, background } }, 200);
  });
