import type { Context } from "hono";
import type { AppEnv } from "./context.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { can, type Permission } from "../domain/access.ts";
import { ApiError } from "./api-error.ts";
import { requireUser } from "./session.ts";

/**
 * The one authorization gate: the signed-in user if the policy grants `permission`, else 401 (nobody signed
 * in) or 403.
 * @example
 * const user = authorize(c, { action: "structure.manage", structure });
 */
export function authorize(c: Context<AppEnv>, permission: Permission): UserRecord {
  const user = requireUser(c);
  if (!can(user, permission)) throw new ApiError("forbidden");
  return user;
}
