import { decoyHash, hashPassword, verifyPassword } from "../auth/passwords.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";

/**
 * Checks a staff member's credentials and records the sign-in; the route then opens the session. Bad
 * credentials get one generic refusal, whether the e-mail exists or not, after the same argon2 work (a
 * decoy hash), so that neither the answer nor its timing tells which accounts exist.
 */
export async function signIn(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  email: string,
  password: string,
): Promise<UserRecord> {
  const credentials = await store.accounts.findCredentials(email.toLowerCase());
  const valid = await verifyPassword(credentials?.passwordHash ?? (await decoyHash()), password);
  if (!credentials || !valid) throw new DomainError("invalid_credentials");
  const user = (await store.accounts.getUser(credentials.id))!;
  await store.audit.record({ userId: user.id, action: "auth.login", region: user.region }, clock());
  return user;
}

/** A staff member's own new password; every session of the account ends (the route opens a fresh one). */
export async function changePassword(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  user: UserRecord,
  current: string,
  next: string,
): Promise<void> {
  const credentials = (await store.accounts.findCredentials(user.email))!;
  if (!(await verifyPassword(credentials.passwordHash, current))) throw new DomainError("wrong_password");
  // argon2 works in a thread pool: before the transaction, which must not wait on it.
  const passwordHash = await hashPassword(next);
  const now = clock();
  await store.transaction(async (tx) => {
    await tx.accounts.setPassword(user.id, passwordHash, now);
    await tx.audit.record({ userId: user.id, action: "auth.password", targetType: "user", targetId: user.id, region: user.region }, now);
  });
}
