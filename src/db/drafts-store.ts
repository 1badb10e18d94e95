import { and, asc, desc, eq, gt, max, ne, sql, type SQL } from "drizzle-orm";
import type { Background, DraftContent, WordingDecision } from "../domain/codesign/types.ts";
import type { Db } from "./open-database.ts";
import {
  draftApprovals,
  draftComments,
  draftRevisions,
  drafts,
  pilotResponses,
  questionnaires,
  questionnaireVersions,
  researchProjects,
  users,
  versionDecisions,
} from "./schema.ts";

export type DraftStatus = "editing" | "in_review" | "published";

export interface DraftRecord {
  id: number;
  projectId: number;
  slug: string;
  /** The published version it started from: its number, for the diff. */
  baseVersion: { id: number; slug: string; version: number } | null;
  status: DraftStatus;
  revision: number;
  content: DraftContent;
  decisions: WordingDecision[];
  published: { slug: string; version: number } | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: { id: number; displayName: string | null } | null;
}

export interface DraftSummary {
  id: number;
  slug: string;
  title: DraftContent["title"];
  status: DraftStatus;
  revision: number;
  updatedAt: string;
  published: { slug: string; version: number } | null;
}

export interface CommentRecord {
  id: number;
  parentId: number | null;
  question: string | null;
  body: string;
  falcReview: boolean;
  status: "open" | "resolved";
  author: { id: number; displayName: string | null; background: Background | null } | null;
  createdAt: string;
  resolvedAt: string | null;
}

export interface ApprovalRecord {
  userId: number;
  displayName: string | null;
  background: Background;
  revision: number;
  createdAt: string;
}

export interface VersionHistory {
  project: { id: number; name: string } | null;
  draftId: number | null;
  approvals: ApprovalRecord[];
  decisions: WordingDecision[];
}

/** The draft changed since the revision the caller had: merge or report a conflict. */
export class DraftStaleError extends Error {
  override name = "DraftStaleError";
}
export class DraftPublishedError extends Error {
  override name = "DraftPublishedError";
}
/** The very same content is already a version of this questionnaire. */
export class VersionExistsError extends Error {
  override name = "VersionExistsError";
  constructor(readonly version: number) {
    super(`identical to version ${version}`);
  }
}

export interface DraftsStore {
  create(
    input: { projectId: number; slug: string; baseVersionId: number | null; content: DraftContent; userId: number },
    now: Date,
  ): Promise<{ id: number; revision: number }>;
  get(id: number): Promise<DraftRecord | undefined>;
  list(projectId: number): Promise<DraftSummary[]>;
  /** The content as it was at `revision`, the common ancestor of a three-way merge. */
  getRevision(id: number, revision: number): Promise<{ content: DraftContent; decisions: WordingDecision[] } | undefined>;
  /**
   * Saves a new revision if the draft is still at `expectedRevision` (atomically), else throws
   * DraftStaleError; throws DraftPublishedError once published. An edit leaves earlier approvals in the
   * history, where they no longer count (they were given on an earlier revision).
   */
  save(
    id: number,
    expectedRevision: number,
    change: { content: DraftContent; decisions: WordingDecision[] },
    userId: number,
    now: Date,
  ): Promise<number>;
  setStatus(id: number, status: "editing" | "in_review"): Promise<void>;
  /** Display names of the people, other than `exceptUserId`, who saved revisions after `revision`. */
  authorsSince(id: number, revision: number, exceptUserId: number): Promise<string[]>;
  addComment(
    id: number,
    comment: { parentId: number | null; question: string | null; body: string; falcReview: boolean; authorId: number },
    now: Date,
  ): Promise<CommentRecord>;
  listComments(id: number): Promise<CommentRecord[]>;
  setCommentStatus(
    id: number,
    commentId: number,
    status: "open" | "resolved",
    userId: number,
    now: Date,
  ): Promise<CommentRecord | undefined>;
  /** @returns false when this person had already approved this revision. */
  addApproval(id: number, approval: { revision: number; userId: number; background: Background }, now: Date): Promise<boolean>;
  /** Every approval ever given on the draft, oldest first. */
  listApprovals(id: number): Promise<ApprovalRecord[]>;
  addPilotResponse(
    id: number,
    pilot: { id: string; revision: number; answers: Record<string, unknown>; submittedOn: string },
  ): Promise<void>;
  countPilotResponses(id: number): Promise<number>;
  /**
   * Freezes the draft as the next version of its questionnaire, in one transaction: the version (and the
   * questionnaire, when new, owned by the project), the recorded decisions, the draft marked published, its
   * pilot answers deleted. Throws DraftStaleError if the draft moved past `expectedRevision`.
   */
  publish(
    id: number,
    expectedRevision: number,
    contentHash: string,
    now: Date,
  ): Promise<{ slug: string; version: number; versionId: number }>;
  /** Recorded decisions of every published version of a questionnaire. */
  listVersionDecisions(slug: string): Promise<(WordingDecision & { version: number })[]>;
  versionHistory(versionId: number): Promise<VersionHistory>;
  /** The project owning a questionnaire: null for a library questionnaire, undefined when unknown. */
  questionnaireOwner(slug: string): Promise<number | null | undefined>;
}

export function createDraftsStore(db: Db): DraftsStore {
  const baseVersions = db
    .select({ id: questionnaireVersions.id, slug: questionnaires.slug, version: questionnaireVersions.version })
    .from(questionnaireVersions)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId));

  const versionRef = (versionId: number | null) =>
    versionId === null ? null : (baseVersions.where(eq(questionnaireVersions.id, versionId)).get() ?? null);

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

  const listApprovals = (id: number): ApprovalRecord[] =>
    db
      .select({
        userId: draftApprovals.userId,
        displayName: users.displayName,
        background: draftApprovals.background,
        revision: draftApprovals.revision,
        createdAt: draftApprovals.createdAt,
      })
      .from(draftApprovals)
      .innerJoin(users, eq(users.id, draftApprovals.userId))
      .where(eq(draftApprovals.draftId, id))
      .orderBy(asc(draftApprovals.id))
      .all();

  return {
    async create(input, now) {
      const at = now.toISOString();
      return db.transaction((tx) => {
        const content = JSON.stringify(input.content);
        const { id } = tx
          .insert(drafts)
          .values({
            projectId: input.projectId,
            slug: input.slug,
            baseVersionId: input.baseVersionId,
            status: "editing",
            revision: 1,
            content,
            decisions: "[]",
            createdBy: input.userId,
            createdAt: at,
            updatedBy: input.userId,
            updatedAt: at,
          })
          .returning({ id: drafts.id })
          .get();
        tx.insert(draftRevisions)
          .values({ draftId: id, revision: 1, content, decisions: "[]", authorId: input.userId, createdAt: at })
          .run();
        return { id, revision: 1 };
      });
    },
    async get(id) {
      const row = db
        .select({ draft: drafts, editorName: users.displayName })
        .from(drafts)
        .leftJoin(users, eq(users.id, drafts.updatedBy))
        .where(eq(drafts.id, id))
        .get();
      if (!row) return undefined;
      const { draft } = row;
      const published = versionRef(draft.publishedVersionId);
      return {
        id: draft.id,
        projectId: draft.projectId,
        slug: draft.slug,
        baseVersion: versionRef(draft.baseVersionId),
        status: draft.status,
        revision: draft.revision,
        content: JSON.parse(draft.content) as DraftContent,
        decisions: JSON.parse(draft.decisions) as WordingDecision[],
        published: published && { slug: published.slug, version: published.version },
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
        updatedBy: draft.updatedBy === null ? null : { id: draft.updatedBy, displayName: row.editorName },
      };
    },
    async list(projectId) {
      return db
        .select()
        .from(drafts)
        .where(eq(drafts.projectId, projectId))
        .orderBy(desc(drafts.updatedAt))
        .all()
        .map((draft) => {
          const published = versionRef(draft.publishedVersionId);
          return {
            id: draft.id,
            slug: draft.slug,
            title: (JSON.parse(draft.content) as DraftContent).title,
            status: draft.status,
            revision: draft.revision,
            updatedAt: draft.updatedAt,
            published: published && { slug: published.slug, version: published.version },
          };
        });
    },
    async getRevision(id, revision) {
      const row = db
        .select({ content: draftRevisions.content, decisions: draftRevisions.decisions })
        .from(draftRevisions)
        .where(and(eq(draftRevisions.draftId, id), eq(draftRevisions.revision, revision)))
        .get();
      return row && { content: JSON.parse(row.content) as DraftContent, decisions: JSON.parse(row.decisions) as WordingDecision[] };
    },
    async save(id, expectedRevision, change, userId, now) {
      const at = now.toISOString();
      return db.transaction((tx) => {
        const draft = tx.select({ revision: drafts.revision, status: drafts.status }).from(drafts).where(eq(drafts.id, id)).get();
        if (!draft) throw new Error(`draft ${id} not found`);
        if (draft.status === "published") throw new DraftPublishedError();
        if (draft.revision !== expectedRevision) throw new DraftStaleError();
        const revision = draft.revision + 1;
        const content = JSON.stringify(change.content);
        const decisions = JSON.stringify(change.decisions);
        tx.update(drafts).set({ revision, content, decisions, updatedBy: userId, updatedAt: at }).where(eq(drafts.id, id)).run();
        tx.insert(draftRevisions).values({ draftId: id, revision, content, decisions, authorId: userId, createdAt: at }).run();
        return revision;
      });
    },
    async authorsSince(id, revision, exceptUserId) {
      const rows = db
        .selectDistinct({ name: sql<string>`coalesce(${users.displayName}, ${users.email})` })
        .from(draftRevisions)
        .innerJoin(users, eq(users.id, draftRevisions.authorId))
        .where(and(eq(draftRevisions.draftId, id), gt(draftRevisions.revision, revision), ne(draftRevisions.authorId, exceptUserId)))
        .all();
      return rows.map((row) => row.name).sort();
    },
    async setStatus(id, status) {
      db.update(drafts).set({ status }).where(eq(drafts.id, id)).run();
    },
    async addComment(id, input, now) {
      const { id: commentId } = db
        .insert(draftComments)
        .values({ draftId: id, ...input, createdAt: now.toISOString() })
        .returning({ id: draftComments.id })
        .get();
      return comment(commentId)!;
    },
    async listComments(id) {
      return comments(eq(draftComments.draftId, id));
    },
    async setCommentStatus(id, commentId, status, userId, now) {
      const updated = db
        .update(draftComments)
        .set(
          status === "resolved"
            ? { status, resolvedBy: userId, resolvedAt: now.toISOString() }
            : { status, resolvedBy: null, resolvedAt: null },
        )
        .where(and(eq(draftComments.id, commentId), eq(draftComments.draftId, id)))
        .run();
      return updated.changes === 0 ? undefined : comment(commentId);
    },
    async addApproval(id, approval, now) {
      const result = db
        .insert(draftApprovals)
        .values({ draftId: id, ...approval, createdAt: now.toISOString() })
        .onConflictDoNothing()
        .run();
      return result.changes > 0;
    },
    async listApprovals(id) {
      return listApprovals(id);
    },
    async addPilotResponse(id, pilot) {
      db.insert(pilotResponses)
        .values({
          id: pilot.id,
          draftId: id,
          revision: pilot.revision,
          answers: JSON.stringify(pilot.answers),
          submittedOn: pilot.submittedOn,
        })
        .run();
    },
    async countPilotResponses(id) {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(pilotResponses)
          .where(eq(pilotResponses.draftId, id))
          .get()?.n ?? 0
      );
    },
    async publish(id, expectedRevision, contentHash, now) {
      const at = now.toISOString();
      return db.transaction((tx) => {
        const draft = tx.select().from(drafts).where(eq(drafts.id, id)).get();
        if (!draft) throw new Error(`draft ${id} not found`);
        if (draft.status === "published") throw new DraftPublishedError();
        if (draft.revision !== expectedRevision) throw new DraftStaleError();
        const content = JSON.parse(draft.content) as DraftContent;
        const questionnaire =
          tx.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.slug, draft.slug)).get() ??
          tx
            .insert(questionnaires)
            .values({ slug: draft.slug, projectId: draft.projectId, createdAt: at })
            .returning({ id: questionnaires.id })
            .get();
        const same = tx
          .select({ version: questionnaireVersions.version })
          .from(questionnaireVersions)
          .where(and(eq(questionnaireVersions.questionnaireId, questionnaire.id), eq(questionnaireVersions.contentHash, contentHash)))
          .get();
        if (same) throw new VersionExistsError(same.version);
        const last = tx
          .select({ last: max(questionnaireVersions.version) })
          .from(questionnaireVersions)
          .where(eq(questionnaireVersions.questionnaireId, questionnaire.id))
          .get();
        const version = (last?.last ?? 0) + 1;
        const { id: versionId } = tx
          .insert(questionnaireVersions)
          .values({
            questionnaireId: questionnaire.id,
            version,
            status: "published",
            title: JSON.stringify(content.title),
            description: JSON.stringify(content.description),
            roles: JSON.stringify(content.roles),
            definition: JSON.stringify(content.definition),
            scoring: JSON.stringify(content.scoring),
            contentHash,
            sourceFile: null,
            publishedAt: at,
            createdAt: at,
          })
          .returning({ id: questionnaireVersions.id })
          .get();
        const decisions = JSON.parse(draft.decisions) as WordingDecision[];
        if (decisions.length > 0) {
          tx.insert(versionDecisions)
            .values(decisions.map((d) => ({ versionId, key: d.key, comparable: d.comparable, note: d.note })))
            .run();
        }
        // Pilot answers were the team trying the draft: they must never reach a figure.
        tx.delete(pilotResponses).where(eq(pilotResponses.draftId, id)).run();
        tx.update(drafts).set({ status: "published", publishedVersionId: versionId, updatedAt: at }).where(eq(drafts.id, id)).run();
        return { slug: draft.slug, version, versionId };
      });
    },
    async listVersionDecisions(slug) {
      return db
        .select({
          version: questionnaireVersions.version,
          key: versionDecisions.key,
          comparable: versionDecisions.comparable,
          note: versionDecisions.note,
        })
        .from(versionDecisions)
        .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, versionDecisions.versionId))
        .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
        .where(eq(questionnaires.slug, slug))
        .orderBy(asc(questionnaireVersions.version), asc(versionDecisions.key))
        .all();
    },
    async versionHistory(versionId) {
      const draft = db
        .select({ id: drafts.id, projectId: researchProjects.id, projectName: researchProjects.name, revision: drafts.revision })
        .from(drafts)
        .innerJoin(researchProjects, eq(researchProjects.id, drafts.projectId))
        .where(eq(drafts.publishedVersionId, versionId))
        .get();
      const decisions = db
        .select({ key: versionDecisions.key, comparable: versionDecisions.comparable, note: versionDecisions.note })
        .from(versionDecisions)
        .where(eq(versionDecisions.versionId, versionId))
        .orderBy(asc(versionDecisions.key))
        .all();
      if (!draft) return { project: null, draftId: null, approvals: [], decisions };
      return {
        project: { id: draft.projectId, name: draft.projectName },
        draftId: draft.id,
        approvals: listApprovals(draft.id),
        decisions,
      };
    },
    async questionnaireOwner(slug) {
      const row = db.select({ projectId: questionnaires.projectId }).from(questionnaires).where(eq(questionnaires.slug, slug)).get();
      return row === undefined ? undefined : row.projectId;
    },
  };
}
