import { hashPassword } from "../auth/passwords.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import type { TransactionStore } from "../db/store.ts";
import type { Background, StaffRole, UserRecord } from "../domain/accounts.ts";
import { can } from "../domain/access.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";
import { projectOfMember } from "./projects.ts";

/** An invitation link is valid for a week: long enough to be read, short enough not to linger. */
export const STAFF_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationInput {
  email: string;
  role: StaffRole;
  structureIds?: number[] | undefined;
  /** A coordinator's region; a co-researcher's (whose coordinator may attest their background). */
  region?: string | undefined;
  /** A co-researcher's background: attested if an admin or the region's coordinator invites, else proposed. */
  background?: Background | undefined;
  displayName?: string | undefined;
  /** The project a co-researcher is proposed to: they join it on accepting. */
  projectId?: number | undefined;
}

/** The region an invitation puts the account in: a coordinator's own, or a co-researcher's (a coordinator's by default). */
function regionOf(user: UserRecord, input: InvitationInput): string | null {
  if (input.role === "coordinator") return input.region ?? null;
  if (input.role === "co_researcher") return input.region ?? (user.role === "coordinator" ? user.region : null);
  return null;
}

/**
 * A staff invitation. Admins invite anyone; coordinators, managers of their region's structures and
 * co-researchers of their region; managers, co-managers of their structures; co-researchers propose other
 * co-researchers, whose background then waits for an admin or the region's coordinator to attest it (an
 * invitation request: the person may comment, not approve). The token is returned once: only its hash is kept.
 */
export async function inviteStaff({ store, clock }: Pick<ActionContext, "store" | "clock">, user: UserRecord, input: InvitationInput) {
  const structureIds = [...new Set(input.structureIds ?? [])];
  const structures = await Promise.all(structureIds.map((id) => store.structures.get(id)));
  if (structures.some((s) => s === undefined)) throw new DomainError("structure_not_found");
  const found = structures.filter((s) => s !== undefined);
  const region = regionOf(user, input);
  permit(user, { action: "staff.invite", role: input.role, region, structures: found });
  if (input.projectId !== undefined && input.role !== "co_researcher") throw new DomainError("not_a_co_researcher");
  const token = randomToken();
  const now = clock();
  const expiresAt = new Date(now.getTime() + STAFF_INVITATION_TTL_MS);
  await store.transaction(async (tx) => {
    if (await tx.accounts.findCredentials(input.email)) throw new DomainError("account_exists");
    const projectId = input.projectId === undefined ? null : (await projectOfMember(tx, user, input.projectId)).id;
    const background = input.background ?? null;
    const invitation = {
      email: input.email,
      role: input.role,
      region,
      structureIds,
      background,
      displayName: input.displayName ?? null,
      projectId,
    };
    await tx.accounts.createInvitation({ ...invitation, tokenHash: sha256(token), invitedBy: user.id, expiresAt }, now);
    await tx.audit.record(
      {
        userId: user.id,
        action: "account.invite",
        targetType: "invitation",
        details: {
          role: input.role,
          structureIds,
          region,
          background,
          ...(projectId === null ? {} : { projectId }),
          ...(background === null ? {} : { backgroundAttested: can(user, { action: "background.attest", region }) }),
        },
        region: region ?? found[0]?.region ?? null,
      },
      now,
    );
  });
  return { token, expiresAt };
}

/**
 * Anyone holding a live invitation: the account exists from now on, with the password its owner chose. A
 * co-researcher's background is attested by whoever invited them if they may vouch for it (an admin, or the
 * coordinator of the account's region); one proposed by a co-researcher waits. A proposed member joins
 * their project.
 */
export async function acceptInvitation({ store, clock }: Pick<ActionContext, "store" | "clock">, token: string, password: string) {
  // argon2 works in a thread pool: before the transaction, which must not wait on it.
  const passwordHash = await hashPassword(password);
  const now = clock();
  return store.transaction(async (tx) => {
    const { user, invitedBy, projectId } = await tx.accounts.acceptInvitation(sha256(token), passwordHash, now);
    const inviter = invitedBy === null ? undefined : await tx.accounts.getUser(invitedBy);
    const attester =
      inviter && user.background !== null && can(inviter, { action: "background.attest", region: user.region }) ? inviter : null;
    if (attester) await tx.accounts.setBackground(user.id, user.background!, attester.id, now);
    const details = user.background === null ? undefined : { background: user.background, attestedBy: attester?.id ?? null };
    const entry = { userId: user.id, action: "account.accept", targetType: "user", targetId: user.id, region: user.region, details };
    await tx.audit.record(entry, now);
    if (projectId !== null && (await tx.projects.addMember(projectId, user.id, invitedBy ?? user.id, now))) {
      const joined = {
        userId: user.id,
        action: "project.member.add",
        targetType: "project",
        targetId: projectId,
        details: { userId: user.id },
      };
      await tx.audit.record(joined, now);
    }
    return (await tx.accounts.getUser(user.id))!;
  });
}

/**
 * Admins, and the coordinator of the account's region: attest a co-researcher's background — the one they
 * declared or were proposed with, or another. The attester is recorded on the account and in the audit
 * entry, written in the same transaction. Approvals given with another background no longer count
 * (approval-rule.ts); their history keeps the background they were given with.
 */
export async function setBackground(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  attester: UserRecord,
  userId: number,
  background: Background,
): Promise<UserRecord> {
  // Who may attest nothing at all learns nothing about the account either (not even whether it exists).
  if (attester.role !== "admin" && attester.role !== "coordinator") throw new DomainError("forbidden");
  const now = clock();
  return store.transaction(async (tx) => {
    const account = await coResearcher(tx, userId);
    permit(attester, { action: "background.attest", region: account.region });
    await tx.accounts.setBackground(account.id, background, attester.id, now);
    const details = { background, previous: account.background, attestedBy: attester.id };
    const entry = {
      userId: attester.id,
      action: "account.background",
      targetType: "user",
      targetId: account.id,
      details,
      region: account.region,
    };
    await tx.audit.record(entry, now);
    return (await tx.accounts.getUser(account.id))!;
  });
}

async function coResearcher(tx: TransactionStore, userId: number): Promise<UserRecord> {
  const account = await tx.accounts.getUser(userId);
  if (!account) throw new DomainError("user_not_found");
  if (account.role !== "co_researcher") throw new DomainError("not_a_co_researcher");
  return account;
}

/** Admins (all) and coordinators (their region's): the co-researchers whose background awaits attestation. */
export async function listUnattested({ store }: Pick<ActionContext, "store">, user: UserRecord) {
  if (user.role !== "admin" && user.role !== "coordinator") throw new DomainError("forbidden");
  const people = await store.accounts.listCoResearchers();
  return people
    .filter((p) => p.backgroundAttestedBy === null && can(user, { action: "background.attest", region: p.region }))
    .map(({ id, email, displayName, background, region }) => ({ id, email, displayName, background, region }));
}

/** Co-researcher accounts, for those who open projects to choose members from. */
export async function listCoResearchers({ store }: Pick<ActionContext, "store">, user: UserRecord) {
  permit(user, { action: "project.create" });
  const people = await store.accounts.listCoResearchers();
  return people.map(({ id, email, displayName, background, backgroundAttestedBy }) => ({
    id,
    email,
    displayName,
    background,
    attested: backgroundAttestedBy !== null,
  }));
}
