import { Hono } from "hono";
import { z } from "zod";
import { changePassword, signIn } from "../actions/sessions.ts";
import { clientAddress } from "../http/client-address.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
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

/** Staff sign-in (actions/sessions.ts). Attempts are throttled per account and per client address. */
export const authRoutes = new Hono<AppEnv>()
  // Anyone may try to sign in.
  .post("/login", validate("json", loginInput), async (c) => {
    const { email, password } = c.req.valid("json");
    const account = email.toLowerCase();
    c.var.rateLimits.throttle(c.var.deps, "loginPerClient", clientAddress(c, c.var.deps.config.trustedProxies));
    c.var.rateLimits.throttle(c.var.deps, "loginPerAccount", account);
    const user = await signIn(actionContext(c), account, password);
    c.var.rateLimits.reset("loginPerAccount", account);
    await startSession(c, user.id);
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
    c.var.rateLimits.throttle(c.var.deps, "loginPerAccount", user.email);
    await changePassword(actionContext(c), user, current, next);
    await startSession(c, user.id);
    return c.json({ ok: true }, 200);
  });
