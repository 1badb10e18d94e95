import type { UserRecord } from "../domain/accounts.ts";
import { can, type Permission } from "../domain/access.ts";
import { DomainError, type DomainErrorCode } from "../domain/domain-error.ts";

/**
 * The one authorization gate of the actions: returns if the policy grants `permission`, else throws
 * `refusal` (403 `forbidden` unless a more telling code is given).
 * @example
 * permit(user, { action: "structure.manage", structure });
 */
export function permit(user: UserRecord, permission: Permission, refusal: DomainErrorCode = "forbidden"): void {
  if (!can(user, permission)) throw new DomainError(refusal);
}
