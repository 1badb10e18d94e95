import { Hono } from "hono";
import { z } from "zod";
import { changePassword, signIn } from "../actions/sessions.ts";
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

/**
 * Staff sign-in (actions/sessions.ts). Failed attempts slow down per account and client, and are capped per
 * client and per account; a successful one never counts (see rate-limits).
 */
export const authRoutes = new Hono<AppEnv>()
  // Anyone may try to sign in.
  .post("/login", validate("json", loginInput), async (c) => {
    const { email, password } = c.req.valid("json");
    const account = email.toLowerCase();
    const attempt = c.var.rateLimits.signIn(c, account);
    const user = await signIn(actionContext(c), account, password);
    attempt.succeeded();
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
    const attempt = c.var.rateLimits.signIn(c, user.email);
    await changePassword(actionContext(c), user, current, next);
    attempt.succeeded();
    await startSession(c, user.id);
    return c.json({ ok: true }, 200);
  });
