import { and, asc, desc, eq, gt, max, ne, sql } from "drizzle-orm";
import type { DraftRecord, DraftSummary, VersionHistory } from "../domain/codesign/drafts.ts";
import type { DraftContent, WordingDecision } from "../domain/codesign/types.ts";
import { DomainError } from "../domain/domain-error.ts";
import { safeContent } from "../domain/questionnaire/safe-content.ts";
import { approvalsOf } from "./draft-approvals-store.ts";
import type { Db } from "./open-database.ts";
import {
  draftRevisions,
  drafts,
  pilotResponses,
  questionnaires,
  questionnaireVersions,
  researchProjects,
  users,
  versionDecisions,
} from "./schema.ts";

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
   * Saves a new revision if the draft is still at `expectedRevision` (atomically), else throws a
   * DomainError `draft_conflict`; `draft_published` once published. An edit leaves earlier approvals in the
   * history, where they no longer count (they were given on an earlier revision).
   */
  save(
    id: number,
    expectedRevision: number,
    change: { content: DraftContent; decisions: WordingDecision[] },
    userId: number,
    now: Date,
  ): Promise<number>;
  /** `submittedBy`: who asked for the review (kept until the next submission). */
  setStatus(id: number, status: "editing" | "in_review", submittedBy?: number): Promise<void>;
  /** Display names of the people, other than `exceptUserId`, who saved revisions after `revision`. */
  authorsSince(id: number, revision: number, exceptUserId: number): Promise<string[]>;
  /**
   * Freezes the draft as the next version of its questionnaire, in one transaction: the version (and the
   * questionnaire, when new, owned by the project), the recorded decisions, the draft marked published, its
   * pilot answers deleted. Throws a DomainError: `revision_stale` if the draft moved past `expectedRevision`,
   * `draft_published`, or `version_exists` when the very same content is already a version.
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
        content: safeContent(JSON.parse(draft.content) as DraftContent),
        decisions: JSON.parse(draft.decisions) as WordingDecision[],
        published: published && { slug: published.slug, version: published.version },
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
        updatedBy: draft.updatedBy === null ? null : { id: draft.updatedBy, displayName: row.editorName },
        submittedBy: draft.submittedBy,
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
      return (
        row && { content: safeContent(JSON.parse(row.content) as DraftContent), decisions: JSON.parse(row.decisions) as WordingDecision[] }
      );
    },
    async save(id, expectedRevision, change, userId, now) {
      const at = now.toISOString();
      return db.transaction((tx) => {
        const draft = tx.select({ revision: drafts.revision, status: drafts.status }).from(drafts).where(eq(drafts.id, id)).get();
        if (!draft) throw new Error(`draft ${id} not found`);
        if (draft.status === "published") throw new DomainError("draft_published");
        // Another save landed between the caller's read and this write: the caller merges against it on retry.
        if (draft.revision !== expectedRevision) throw new DomainError("draft_conflict", { revision: null, conflicts: [] });
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
    async setStatus(id, status, submittedBy) {
      db.update(drafts)
        .set({ status, ...(submittedBy === undefined ? {} : { submittedBy }) })
        .where(eq(drafts.id, id))
        .run();
    },
    async publish(id, expectedRevision, contentHash, now) {
      const at = now.toISOString();
      return db.transaction((tx) => {
        const draft = tx.select().from(drafts).where(eq(drafts.id, id)).get();
        if (!draft) throw new Error(`draft ${id} not found`);
        if (draft.status === "published") throw new DomainError("draft_published");
        if (draft.revision !== expectedRevision) throw new DomainError("revision_stale", {});
        const content = safeContent(JSON.parse(draft.content) as DraftContent);
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
        if (same) throw new DomainError("version_exists", { version: same.version });
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
        approvals: approvalsOf(db, draft.id),
        decisions,
      };
    },
    async questionnaireOwner(slug) {
      const row = db.select({ projectId: questionnaires.projectId }).from(questionnaires).where(eq(questionnaires.slug, slug)).get();
      return row === undefined ? undefined : row.projectId;
    },
  };
}
