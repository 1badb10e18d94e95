import { and, asc, desc, eq, max, or } from "drizzle-orm";
import { safeContent } from "../domain/questionnaire/safe-content.ts";
import type { QuestionnaireFile } from "../domain/questionnaire/types.ts";
import type { Db } from "./open-database.ts";
import type { QuestionnaireSummary, VersionRecord, VersionSummary } from "../domain/questionnaire/versions.ts";
import { questionnaires, questionnaireVersions } from "./schema.ts";

export interface QuestionnairesStore {
  list(): Promise<QuestionnaireSummary[]>;
  get(slug: string): Promise<QuestionnaireSummary | undefined>;
  getVersion(slug: string, version: number): Promise<VersionRecord | undefined>;
  /** Versions never change once published, so callers may cache what this returns. */
  getVersionById(id: number): Promise<VersionRecord | undefined>;
  listPublishedVersions(slug: string): Promise<VersionRecord[]>;
  /** Published versions of a questionnaire and of its variants (easy-to-read wordings), by slug, newest first. */
  listPoolCandidates(slug: string): Promise<VersionRecord[]>;
  /**
   * Imports a file's content as a published version, unless a version with the same content hash exists.
   * Editing a file therefore adds a version and never rewrites one.
   */
  importPublished(file: QuestionnaireFile, hash: string, sourceFile: string, now: Date): Promise<{ version: number; created: boolean }>;
}

const versionColumns = {
  id: questionnaireVersions.id,
  slug: questionnaires.slug,
  variantOf: questionnaires.variantOf,
  version: questionnaireVersions.version,
  status: questionnaireVersions.status,
  title: questionnaireVersions.title,
  description: questionnaireVersions.description,
  roles: questionnaireVersions.roles,
  definition: questionnaireVersions.definition,
  scoring: questionnaireVersions.scoring,
  contentHash: questionnaireVersions.contentHash,
  publishedAt: questionnaireVersions.publishedAt,
};

/** A version row as read, JSON columns still as text. */
interface VersionRow extends VersionSummary {
  id: number;
  slug: string;
  variantOf: string | null;
  title: string;
  description: string;
  roles: string;
  definition: string;
  scoring: string;
}

function toVersion(row: VersionRow): VersionRecord {
  return {
    ...row,
    // Versions stored before their texts were cleaned are served clean (safe-content.ts).
    title: safeContent(JSON.parse(row.title)),
    description: safeContent(JSON.parse(row.description)),
    roles: JSON.parse(row.roles),
    definition: safeContent(JSON.parse(row.definition)),
    scoring: safeContent(JSON.parse(row.scoring)),
  };
}

export function createQuestionnairesStore(db: Db): QuestionnairesStore {
  const selectVersions = () =>
    db
      .select(versionColumns)
      .from(questionnaireVersions)
      .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId));

  const summaries = (slug?: string): QuestionnaireSummary[] => {
    const rows = (slug ? selectVersions().where(eq(questionnaires.slug, slug)) : selectVersions())
      .orderBy(asc(questionnaires.slug), asc(questionnaireVersions.version))
      .all();
    const bySlug = new Map<string, VersionRow[]>();
    for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
    return [...bySlug.entries()].map(([s, versions]) => {
      const published = versions.filter((v) => v.status === "published");
      const latest = published.at(-1) ?? versions.at(-1)!;
      return {
        slug: s,
        title: JSON.parse(latest.title),
        description: JSON.parse(latest.description),
        roles: JSON.parse(latest.roles),
        latestVersion: published.at(-1)?.version ?? null,
        versions: versions.map((v): VersionSummary => ({
          version: v.version,
          status: v.status,
          contentHash: v.contentHash,
          publishedAt: v.publishedAt,
        })),
      };
    });
  };

  return {
    async list() {
      return summaries();
    },
    async get(slug) {
      return summaries(slug)[0];
    },
    async getVersion(slug, version) {
      const row = selectVersions()
        .where(and(eq(questionnaires.slug, slug), eq(questionnaireVersions.version, version)))
        .get();
      return row && toVersion(row);
    },
    async getVersionById(id) {
      const row = selectVersions().where(eq(questionnaireVersions.id, id)).get();
      return row && toVersion(row);
    },
    async listPublishedVersions(slug) {
      return selectVersions()
        .where(and(eq(questionnaires.slug, slug), eq(questionnaireVersions.status, "published")))
        .orderBy(desc(questionnaireVersions.version))
        .all()
        .map(toVersion);
    },
    async listPoolCandidates(slug) {
      return selectVersions()
        .where(and(or(eq(questionnaires.slug, slug), eq(questionnaires.variantOf, slug)), eq(questionnaireVersions.status, "published")))
        .orderBy(asc(questionnaires.slug), desc(questionnaireVersions.version))
        .all()
        .map(toVersion);
    },
    async importPublished(file, hash, sourceFile, now) {
      return db.transaction((tx) => {
        const at = now.toISOString();
        const questionnaire =
          tx.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.slug, file.slug)).get() ??
          tx
            .insert(questionnaires)
            .values({ slug: file.slug, variantOf: file.variantOf ?? null, createdAt: at })
            .returning({ id: questionnaires.id })
            .get();
        const existing = tx
          .select({ version: questionnaireVersions.version })
          .from(questionnaireVersions)
          .where(and(eq(questionnaireVersions.questionnaireId, questionnaire.id), eq(questionnaireVersions.contentHash, hash)))
          .get();
        if (existing) return { version: existing.version, created: false };
        const last = tx
          .select({ last: max(questionnaireVersions.version) })
          .from(questionnaireVersions)
          .where(eq(questionnaireVersions.questionnaireId, questionnaire.id))
          .get();
        const version = (last?.last ?? 0) + 1;
        tx.insert(questionnaireVersions)
          .values({
            questionnaireId: questionnaire.id,
            version,
            status: "published",
            title: JSON.stringify(file.title),
            description: JSON.stringify(file.description),
            roles: JSON.stringify(file.roles),
            definition: JSON.stringify(file.survey),
            scoring: JSON.stringify(file.scoring),
            contentHash: hash,
            sourceFile,
            publishedAt: at,
            createdAt: at,
          })
          .run();
        return { version, created: true };
      });
    },
  };
}
