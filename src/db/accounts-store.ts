import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { DomainError } from "../domain/domain-error.ts";
import type { Db } from "./open-database.ts";
import type { Background, StaffRole, UserRecord } from "../domain/accounts.ts";
import { sessions, staffInvitations, users, userStructures } from "./schema.ts";

export interface NewUser {
  email: string;
  passwordHash: string;
  role: StaffRole;
  region?: string | null;
  displayName?: string | null;
  background?: Background | null;
  /** Who vouches for the background, when an admin or coordinator made the account with it. */
  backgroundAttestedBy?: number | null;
  structureIds?: number[];
  isDemo?: boolean;
}

export interface NewStaffInvitation {
  tokenHash: string;
  email: string;
  role: StaffRole;
  region: string | null;
  structureIds: number[];
  background: Background | null;
  displayName: string | null;
  /** The project a proposed co-researcher joins on accepting. */
  projectId?: number | null;
  invitedBy: number;
  expiresAt: Date;
}

/** What an accepted invitation made: the account, who invited it and the project it joins (if any). */
export interface AcceptedInvitation {
  user: UserRecord;
  invitedBy: number | null;
  projectId: number | null;
}

export interface AccountsStore {
  createInvitation(invitation: NewStaffInvitation, now: Date): Promise<void>;
  /**
   * Turns a live invitation into an account, atomically: the invitation is marked accepted in the same
   * transaction, so a token can create one account only. Throws a DomainError: `staff_invitation_invalid`
   * (unknown, used or expired) or `account_exists`.
   */
  acceptInvitation(tokenHash: string, passwordHash: string, now: Date): Promise<AcceptedInvitation>;
  /** Changes a password and ends every session of the account. */
  setPassword(userId: number, passwordHash: string, now: Date): Promise<void>;
  findCredentials(email: string): Promise<{ id: number; passwordHash: string } | undefined>;
  getUser(id: number): Promise<UserRecord | undefined>;
  countUsers(): Promise<number>;
  createUser(input: NewUser, now: Date): Promise<UserRecord>;
  createSession(session: { id: string; userId: number; expiresAt: Date }, now: Date): Promise<void>;
  /** The user of a live session, or undefined when the session is unknown or expired. */
  findSessionUser(sessionId: string, now: Date): Promise<UserRecord | undefined>;
  deleteSession(sessionId: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;
  /** Sets a background as attested by `attestedBy` (an admin or the coordinator of the account's region). */
  setBackground(userId: number, background: Background, attestedBy: number, now: Date): Promise<void>;
  /** Co-researcher accounts, the people a research project can bring in. */
  listCoResearchers(): Promise<UserRecord[]>;
}

export function createAccountsStore(db: Db): AccountsStore {
  const getUser = (id: number): UserRecord | undefined => {
    const user = db
      .select({
        id: users.id,
        email: users.email,
        role: users.role,
        region: users.region,
        displayName: users.displayName,
        background: users.background,
        backgroundAttestedBy: users.backgroundAttestedBy,
      })
      .from(users)
      .where(eq(users.id, id))
      .get();
    if (!user) return undefined;
    const links = db.select({ structureId: userStructures.structureId }).from(userStructures).where(eq(userStructures.userId, id)).all();
    return { ...user, structureIds: links.map((l) => l.structureId) };
  };

  return {
    async findCredentials(email) {
      return db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email.toLowerCase())).get();
    },
    async getUser(id) {
      return getUser(id);
    },
    async countUsers() {
      return db.$count(users);
    },
    async createUser(input, now) {
      const id = db.transaction((tx) => {
        const at = now.toISOString();
        const { id } = tx
          .insert(users)
          .values({
            email: input.email.toLowerCase(),
            passwordHash: input.passwordHash,
            role: input.role,
            region: input.region ?? null,
            displayName: input.displayName ?? null,
            background: input.background ?? null,
            backgroundAttestedBy: input.backgroundAttestedBy ?? null,
            backgroundAttestedAt: input.backgroundAttestedBy ? at : null,
            isDemo: input.isDemo ?? false,
            createdAt: at,
            passwordChangedAt: at,
          })
          .returning({ id: users.id })
          .get();
        if (input.structureIds?.length) {
          tx.insert(userStructures)
            .values(input.structureIds.map((structureId) => ({ userId: id, structureId })))
            .run();
        }
        return id;
      });
      return getUser(id)!;
    },
    async createInvitation(invitation, now) {
      db.insert(staffInvitations)
        .values({
          tokenHash: invitation.tokenHash,
          email: invitation.email.toLowerCase(),
          role: invitation.role,
          region: invitation.region,
          structureIds: JSON.stringify(invitation.structureIds),
          background: invitation.background,
          displayName: invitation.displayName,
          projectId: invitation.projectId ?? null,
          invitedBy: invitation.invitedBy,
          expiresAt: invitation.expiresAt.toISOString(),
          createdAt: now.toISOString(),
        })
        .run();
    },
    async acceptInvitation(tokenHash, passwordHash, now) {
      const accepted = db.transaction((tx) => {
        const at = now.toISOString();
        const invitation = tx
          .select()
          .from(staffInvitations)
          .where(and(eq(staffInvitations.tokenHash, tokenHash), isNull(staffInvitations.acceptedAt), gt(staffInvitations.expiresAt, at)))
          .get();
        if (!invitation) throw new DomainError("staff_invitation_invalid");
        if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) throw new DomainError("account_exists");
        tx.update(staffInvitations).set({ acceptedAt: at }).where(eq(staffInvitations.tokenHash, tokenHash)).run();
        const { id } = tx
          .insert(users)
          .values({
            email: invitation.email,
            passwordHash,
            role: invitation.role,
            region: invitation.region,
            background: invitation.background,
            displayName: invitation.displayName,
            createdAt: at,
            passwordChangedAt: at,
          })
          .returning({ id: users.id })
          .get();
        const structureIds = JSON.parse(invitation.structureIds) as number[];
        if (structureIds.length > 0)
          tx.insert(userStructures)
            .values(structureIds.map((structureId) => ({ userId: id, structureId })))
            .run();
        return { id, invitedBy: invitation.invitedBy, projectId: invitation.projectId };
      });
      return { user: getUser(accepted.id)!, invitedBy: accepted.invitedBy, projectId: accepted.projectId };
    },
    async setPassword(userId, passwordHash, now) {
      db.transaction((tx) => {
        tx.update(users).set({ passwordHash, passwordChangedAt: now.toISOString() }).where(eq(users.id, userId)).run();
        tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      });
    },
    async createSession(session, now) {
      db.insert(sessions)
        .values({ id: session.id, userId: session.userId, createdAt: now.toISOString(), expiresAt: session.expiresAt.toISOString() })
        .run();
    },
    async findSessionUser(sessionId, now) {
      const row = db
        .select({ userId: sessions.userId })
        .from(sessions)
        .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now.toISOString())))
        .get();
      return row && getUser(row.userId);
    },
    async deleteSession(sessionId) {
      db.delete(sessions).where(eq(sessions.id, sessionId)).run();
    },
    async setBackground(userId, background, attestedBy, now) {
      db.update(users)
        .set({ background, backgroundAttestedBy: attestedBy, backgroundAttestedAt: now.toISOString() })
        .where(eq(users.id, userId))
        .run();
    },
    async listCoResearchers() {
      const rows = db.select({ id: users.id }).from(users).where(eq(users.role, "co_researcher")).orderBy(users.id).all();
      return rows.map((row) => getUser(row.id)!);
    },
    async deleteExpiredSessions(now) {
      db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
    },
  };
}
