import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import { dataUseRequests, questionnaires, questionnaireVersions } from "./schema.ts";
import type { DataUseRequest, NewDataUseRequest } from "../domain/release/data-use.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";

/** A response as the microdata export reads it: no id, no campaign, no locale. */
export interface MicrodataResponse {
  role: RespondentRole;
  structureId: number;
  submittedOn: string;
  answers: Record<string, unknown>;
}

export interface DataUseStore {
  create(input: NewDataUseRequest, now: Date): Promise<DataUseRequest>;
  get(id: number): Promise<DataUseRequest | undefined>;
  /** A project's requests, newest first. */
  list(projectId: number): Promise<DataUseRequest[]>;
  /** Records the decision on a pending request; false if it was no longer pending. */
  decide(id: number, decision: { status: "approved" | "refused"; decidedBy: number }, now: Date): Promise<boolean>;
  /** The published versions of the questionnaires a project wrote, newest first. */
  projectVersions(projectId: number): Promise<{ id: number; slug: string; version: number }[]>;
  /** Every response to one version (demo data left out). */
  responsesOf(versionId: number): Promise<MicrodataResponse[]>;
}

const columns = {
  id: dataUseRequests.id,
  projectId: dataUseRequests.projectId,
  requestedBy: dataUseRequests.requestedBy,
  purpose: dataUseRequests.purpose,
  people: dataUseRequests.people,
  retainUntil: dataUseRequests.retainUntil,
  freeText: dataUseRequests.freeText,
  status: dataUseRequests.status,
  decidedBy: dataUseRequests.decidedBy,
  decidedAt: dataUseRequests.decidedAt,
  createdAt: dataUseRequests.createdAt,
};

const toRequest = (row: Omit<DataUseRequest, "people"> & { people: string }): DataUseRequest => ({
  ...row,
  people: JSON.parse(row.people) as string[],
});

export function createDataUseStore(db: Db): DataUseStore {
  const responsesOf = db.$client.prepare<[number], { role: RespondentRole; structureId: number; submittedOn: string; answers: string }>(
    `SELECT role, structure_id AS structureId, submitted_on AS submittedOn, answers FROM responses WHERE version_id = ? AND is_demo = 0`,
  );
  return {
    async create(input, now) {
      const row = db
        .insert(dataUseRequests)
        .values({ ...input, people: JSON.stringify(input.people), createdAt: now.toISOString() })
        .returning(columns)
        .get();
      return toRequest(row);
    },
    async get(id) {
      const row = db.select(columns).from(dataUseRequests).where(eq(dataUseRequests.id, id)).get();
      return row && toRequest(row);
    },
    async list(projectId) {
      return db
        .select(columns)
        .from(dataUseRequests)
        .where(eq(dataUseRequests.projectId, projectId))
        .orderBy(desc(dataUseRequests.id))
        .all()
        .map(toRequest);
    },
    async decide(id, { status, decidedBy }, now) {
      const result = db
        .update(dataUseRequests)
        .set({ status, decidedBy, decidedAt: now.toISOString() })
        .where(and(eq(dataUseRequests.id, id), eq(dataUseRequests.status, "pending")))
        .run();
      return result.changes > 0;
    },
    async projectVersions(projectId) {
      return db
        .select({ id: questionnaireVersions.id, slug: questionnaires.slug, version: questionnaireVersions.version })
        .from(questionnaireVersions)
        .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
        .where(and(eq(questionnaires.projectId, projectId), eq(questionnaireVersions.status, "published")))
        .orderBy(desc(questionnaireVersions.id))
        .all();
    },
    async responsesOf(versionId) {
      return responsesOf.all(versionId).map((r) => ({ ...r, answers: JSON.parse(r.answers) as Record<string, unknown> }));
    },
  };
}
