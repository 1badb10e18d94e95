import { hashPassword } from "../auth/passwords.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import type { Background, StaffRole, UserRecord } from "../domain/accounts.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";

/** An invitation link is valid for a week: long enough to be read, short enough not to linger. */
export const STAFF_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationInput {
  email: string;
  role: StaffRole;
  structureIds?: number[] | undefined;
  /** A coordinator's region. */
  region?: string | undefined;
  /** A co-researcher's background. */
  background?: Background | undefined;
  displayName?: string | undefined;
}

/**
 * A staff invitation. Admins invite anyone; coordinators, managers of their region's structures; managers,
 * co-managers of their structures; co-researchers, other co-researchers. The token is returned once: only
 * its hash is kept.
 */
export async function inviteStaff({ store, clock }: Pick<ActionContext, "store" | "clock">, user: UserRecord, input: InvitationInput) {
  const structureIds = [...new Set(input.structureIds ?? [])];
  const structures = await Promise.all(structureIds.map((id) => store.structures.get(id)));
  if (structures.some((s) => s === undefined)) throw new DomainError("structure_not_found");
  const found = structures.filter((s) => s !== undefined);
  const region = input.role === "coordinator" ? (input.region ?? null) : null;
  permit(user, { action: "staff.invite", role: input.role, region, structures: found });
  const token = randomToken();
  const now = clock();
  const expiresAt = new Date(now.getTime() + STAFF_INVITATION_TTL_MS);
  await store.transaction(async (tx) => {
    if (await tx.accounts.findCredentials(input.email)) throw new DomainError("account_exists");
    const background = input.background ?? null;
    const invitation = { email: input.email, role: input.role, region, structureIds, background, displayName: input.displayName ?? null };
    await tx.accounts.createInvitation({ ...invitation, tokenHash: sha256(token), invitedBy: user.id, expiresAt }, now);
    await tx.audit.record(
      {
        userId: user.id,
        action: "account.invite",
        targetType: "invitation",
        details: { role: input.role, structureIds, region, background },
        region: region ?? found[0]?.region ?? null,
      },
      now,
    );
  });
  return { token, expiresAt };
}

/** Anyone holding a live invitation: the account exists from now on, with the password its owner chose. */
export async function acceptInvitation({ store, clock }: Pick<ActionContext, "store" | "clock">, token: string, password: string) {
  // argon2 works in a thread pool: before the transaction, which must not wait on it.
  const passwordHash = await hashPassword(password);
  const now = clock();
  return store.transaction(async (tx) => {
    const user = await tx.accounts.acceptInvitation(sha256(token), passwordHash, now);
    await tx.audit.record({ userId: user.id, action: "account.accept", targetType: "user", targetId: user.id, region: user.region }, now);
    return user;
  });
}

/**
 * Admins: sets the background of a co-researcher account made before backgrounds existed, or corrects it.
 * Approvals already given keep the background they were given with.
 */
export async function setBackground(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  admin: UserRecord,
  userId: number,
  background: Background,
): Promise<UserRecord> {
  permit(admin, { action: "account.manage" });
  return store.transaction(async (tx) => {
    const account = await tx.accounts.getUser(userId);
    if (!account) throw new DomainError("user_not_found");
    if (account.role !== "co_researcher") throw new DomainError("not_a_co_researcher");
    await tx.accounts.setBackground(account.id, background);
    const entry = { userId: admin.id, action: "account.background", targetType: "user", targetId: account.id, details: { background } };
    await tx.audit.record(entry, clock());
    return { ...account, background };
  });
}

/** Co-researcher accounts, for those who open projects to choose members from. */
export async function listCoResearchers({ store }: Pick<ActionContext, "store">, user: UserRecord) {
  permit(user, { action: "project.create" });
  const people = await store.accounts.listCoResearchers();
  return people.map(({ id, email, displayName, background }) => ({ id, email, displayName, background }));
}
