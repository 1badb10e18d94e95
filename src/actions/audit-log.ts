import type { UserRecord } from "../domain/accounts.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";

/** The latest entries of the audit log: all of them for admins, their region's for coordinators. */
export async function readAuditLog({ store }: Pick<ActionContext, "store">, user: UserRecord, limit: number) {
  const region = user.role === "admin" ? undefined : (user.region ?? "");
  permit(user, { action: "audit.read", ...(region === undefined ? {} : { region }) });
  return store.audit.list({ limit, ...(region === undefined ? {} : { region }) });
}
