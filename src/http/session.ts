import { describedAsSignedIn } from "./openapi.ts";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./context.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { ApiError } from "./api-error.ts";
import { isHttps } from "./client-address.ts";

export const SESSION_COOKIE = "reperes_session";
/** A staff session lasts a working day; after that, sign in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Reads the staff session cookie, if any, into `c.var.user`. Respondent routes never set or read it.
 */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const { store, clock } = c.var.deps;
  c.set("user", token ? await store.accounts.findSessionUser(sha256(token), clock()) : undefined);
  await next();
};

/** Starts a new session (a fresh token at every login, so a planted session id is worthless). */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const { store, clock } = c.var.deps;
  const now = clock();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await store.accounts.createSession({ id: sha256(token), userId, expiresAt }, now);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    // Behind a TLS proxy the request reaches us over plain HTTP: the proxy's word decides.
    secure: isHttps(c, c.var.deps.config.trustedProxies),
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await c.var.deps.store.accounts.deleteSession(sha256(token));
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** The signed-in user, or a 401. */
export function requireUser(c: Context<AppEnv>): UserRecord {
  const user = c.var.user;
  if (!user) throw new ApiError("unauthenticated");
  return user;
}

/**
 * Staff routes start with this, before validating their input: an anonymous caller learns nothing about
 * what the route expects.
 */
export const signedIn: MiddlewareHandler<AppEnv> = describedAsSignedIn(async (c, next) => {
  requireUser(c);
  await next();
});
