import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { decoyHash, verifyPassword } from "../auth/passwords.ts";
import { ApiError } from "../http/api-error.ts";
import { endSession, requireUser, startSession } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const loginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/**
 * Staff sign-in. Bad credentials get one generic answer, whether the e-mail exists or not, after the same
 * argon2 work (a decoy hash), so that neither the message nor the timing tells which accounts exist.
 */
export const authRoutes = new Hono<AppEnv>()
  // Anyone may try to sign in.
  .post("/login", validate("json", loginInput), async (c) => {
    const { email, password } = c.req.valid("json");
    const { store, clock } = c.var.deps;
    const credentials = await store.accounts.findCredentials(email);
    const valid = await verifyPassword(credentials?.passwordHash ?? (await decoyHash()), password);
    if (!credentials || !valid) throw new ApiError("invalid_credentials");
    await startSession(c, credentials.id);
    await store.audit.record({ userId: credentials.id, action: "auth.login" }, clock());
    const user = await store.accounts.getUser(credentials.id);
    return c.json({ user }, 200);
  })
  // Anyone: ends the caller's own session, if there is one.
  .post("/logout", async (c) => {
    await endSession(c);
    return c.json({ ok: true }, 200);
  })
  // Signed-in staff.
  .get("/me", (c) => c.json({ user: requireUser(c) }, 200));
