import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/context.ts";
import { decoyHash, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { ApiError } from "../http/api-error.ts";
import { clientAddress } from "../http/client-address.ts";
import { passwordField } from "../http/password-policy.ts";
import { endSession, requireUser, signedIn, startSession } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const loginInput = z
  .object({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(1024),
  })
  .strict();

const passwordInput = z.object({ current: z.string().min(1).max(1024), next: passwordField }).strict();

/**
 * Staff sign-in. Bad credentials get one generic answer, whether the e-mail exists or not, after the same
 * argon2 work (a decoy hash), so that neither the message nor the timing tells which accounts exist.
 * Attempts are throttled per account and per client address.
 */
export const authRoutes = new Hono<AppEnv>()
  // Anyone may try to sign in.
  .post("/login", validate("json", loginInput), async (c) => {
    const { email, password } = c.req.valid("json");
    const { store, clock, config } = c.var.deps;
    const account = email.toLowerCase();
    c.var.rateLimits.throttle(c.var.deps, "loginPerClient", clientAddress(c, config.trustedProxies));
    c.var.rateLimits.throttle(c.var.deps, "loginPerAccount", account);
    const credentials = await store.accounts.findCredentials(account);
    const valid = await verifyPassword(credentials?.passwordHash ?? (await decoyHash()), password);
    if (!credentials || !valid) throw new ApiError("invalid_credentials");
    c.var.rateLimits.reset("loginPerAccount", account);
    await startSession(c, credentials.id);
    const user = (await store.accounts.getUser(credentials.id))!;
    await store.audit.record({ userId: user.id, action: "auth.login", region: user.region }, clock());
    return c.json({ user }, 200);
  })
  // Anyone: ends the caller's own session, if there is one.
  .post("/logout", async (c) => {
    await endSession(c);
    return c.json({ ok: true }, 200);
  })
  // Signed-in staff.
  .get("/me", signedIn, (c) => c.json({ user: requireUser(c) }, 200))
  // Signed-in staff, for their own account: every other session ends, this one is renewed.
  .post("/password", signedIn, validate("json", passwordInput), async (c) => {
    const user = requireUser(c);
    const { current, next } = c.req.valid("json");
    const { store, clock } = c.var.deps;
    c.var.rateLimits.throttle(c.var.deps, "loginPerAccount", user.email);
    const credentials = (await store.accounts.findCredentials(user.email))!;
    if (!(await verifyPassword(credentials.passwordHash, current))) throw new ApiError("wrong_password");
    const now = clock();
    await store.accounts.setPassword(user.id, await hashPassword(next), now);
    await startSession(c, user.id);
    await store.audit.record({ userId: user.id, action: "auth.password", targetType: "user", targetId: user.id, region: user.region }, now);
    return c.json({ ok: true }, 200);
  });
