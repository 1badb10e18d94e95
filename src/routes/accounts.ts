import { Hono } from "hono";
import { z } from "zod";
import { acceptInvitation, inviteStaff, listUnattested, setBackground } from "../actions/accounts.ts";
import { BACKGROUNDS, STAFF_ROLES } from "../domain/accounts.ts";
import { isRegion } from "../domain/territory.ts";
import { clientAddress } from "../http/client-address.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { passwordField } from "../http/password-policy.ts";
import { requireUser, signedIn, startSession } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const invitationInput = z
  .object({
    email: z.email().max(320),
    role: z.enum(STAFF_ROLES),
    structureIds: z.array(z.number().int().positive()).max(200).optional(),
    region: z.string().refine(isRegion, "not an INSEE region code").optional(),
    background: z.enum(BACKGROUNDS).optional(),
    displayName: z.string().trim().min(1).max(120).optional(),
    /** A co-researcher proposed to this project joins it on accepting. */
    projectId: z.number().int().positive().optional(),
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
  // Who may invite whom: actions/accounts.ts. The token is shown once; only its hash is kept.
  .post("/invitations", signedIn, validate("json", invitationInput), async (c) => {
    const { token, expiresAt } = await inviteStaff(actionContext(c), requireUser(c), c.req.valid("json"));
    return c.json({ token, expiresAt: expiresAt.toISOString() }, 201);
  })
  // Anyone holding a live invitation: the account exists from now on, with the password its owner chose.
  .post(
    "/accept",
    async (c, next) => {
      c.var.rateLimits.throttle(c, "acceptPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
      await next();
    },
    validate("json", acceptInput),
    async (c) => {
      const { token, password } = c.req.valid("json");
      const user = await acceptInvitation(actionContext(c), token, password);
      await startSession(c, user.id);
      return c.json({ user }, 200);
    },
  )
  // Admins and coordinators: the co-researchers whose background awaits their attestation.
  .get("/attestations", signedIn, async (c) => c.json({ pending: await listUnattested(actionContext(c), requireUser(c)) }, 200))
  // Admins, and the coordinator of the account's region: attest a co-researcher's background (set, confirm or correct it).
  .put("/:id/background", signedIn, validate("param", userParam), validate("json", backgroundInput), async (c) => {
    const user = await setBackground(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json").background);
    return c.json({ user }, 200);
  });
