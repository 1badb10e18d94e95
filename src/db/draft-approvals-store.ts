import { asc, eq, sql } from "drizzle-orm";
import type { Background } from "../domain/accounts.ts";
import type { ApprovalRecord } from "../domain/codesign/drafts.ts";
import type { Db } from "./open-database.ts";
import { draftApprovals, users } from "./schema.ts";

/**
 * Approvals of a draft, each given on one revision by one co-researcher with their background at the time.
 * An edit makes a new revision: earlier approvals stay in the history, where they no longer count.
 */
export interface DraftApprovalsStore {
  /** @returns false when this person had already approved this revision. */
  add(draftId: number, approval: { revision: number; userId: number; background: Background }, now: Date): Promise<boolean>;
  /** Every approval ever given on the draft, oldest first. */
  list(draftId: number): Promise<ApprovalRecord[]>;
}

/** Every approval given on a draft, oldest first; also read into a published version's history. */
export function approvalsOf(db: Db, draftId: number): ApprovalRecord[] {
  return db
    .select({
      userId: draftApprovals.userId,
      displayName: users.displayName,
      background: draftApprovals.background,
      // A background corrected since no longer stands behind the approval given with the old one.
      attestedBy: sql<number | null>`CASE WHEN ${users.background} = ${draftApprovals.background} THEN ${users.backgroundAttestedBy} END`,
      revision: draftApprovals.revision,
      createdAt: draftApprovals.createdAt,
    })
    .from(draftApprovals)
    .innerJoin(users, eq(users.id, draftApprovals.userId))
    .where(eq(draftApprovals.draftId, draftId))
    .orderBy(asc(draftApprovals.id))
    .all();
}

export function createDraftApprovalsStore(db: Db): DraftApprovalsStore {
  return {
    async add(draftId, approval, now) {
      const result = db
        .insert(draftApprovals)
        .values({ draftId, ...approval, createdAt: now.toISOString() })
        .onConflictDoNothing()
        .run();
      return result.changes > 0;
    },
    async list(draftId) {
      return approvalsOf(db, draftId);
    },
  };
}
