import { and, asc, eq, type SQL } from "drizzle-orm";
import type { CommentRecord, CommentStatus } from "../domain/codesign/drafts.ts";
import type { Db } from "./open-database.ts";
import { draftComments, users } from "./schema.ts";

/** The discussion of a draft: comments on it or on one of its questions, in threads that can be resolved. */
export interface DraftCommentsStore {
  add(
    draftId: number,
    comment: { parentId: number | null; question: string | null; body: string; falcReview: boolean; authorId: number },
    now: Date,
  ): Promise<CommentRecord>;
  list(draftId: number): Promise<CommentRecord[]>;
  /** @returns undefined when the draft has no such comment. */
  setStatus(draftId: number, commentId: number, status: CommentStatus, userId: number, now: Date): Promise<CommentRecord | undefined>;
}

export function createDraftCommentsStore(db: Db): DraftCommentsStore {
  /** Comments with their author, in one query: `where` picks one comment or a draft's thread. */
  const comments = (where: SQL): CommentRecord[] =>
    db
      .select({
        id: draftComments.id,
        parentId: draftComments.parentId,
        question: draftComments.question,
        body: draftComments.body,
        falcReview: draftComments.falcReview,
        status: draftComments.status,
        createdAt: draftComments.createdAt,
        resolvedAt: draftComments.resolvedAt,
        authorId: users.id,
        displayName: users.displayName,
        background: users.background,
      })
      .from(draftComments)
      .leftJoin(users, eq(users.id, draftComments.authorId))
      .where(where)
      .orderBy(asc(draftComments.id))
      .all()
      .map(({ authorId, displayName, background, ...rest }) => ({
        ...rest,
        author: authorId === null ? null : { id: authorId, displayName, background },
      }));
  const comment = (id: number): CommentRecord | undefined => comments(eq(draftComments.id, id))[0];

  return {
    async add(draftId, input, now) {
      const { id } = db
        .insert(draftComments)
        .values({ draftId, ...input, createdAt: now.toISOString() })
        .returning({ id: draftComments.id })
        .get();
      return comment(id)!;
    },
    async list(draftId) {
      return comments(eq(draftComments.draftId, draftId));
    },
    async setStatus(draftId, commentId, status, userId, now) {
      const updated = db
        .update(draftComments)
        .set(
          status === "resolved"
            ? { status, resolvedBy: userId, resolvedAt: now.toISOString() }
            : { status, resolvedBy: null, resolvedAt: null },
        )
        .where(and(eq(draftComments.id, commentId), eq(draftComments.draftId, draftId)))
        .run();
      return updated.changes === 0 ? undefined : comment(commentId);
    },
  };
}
