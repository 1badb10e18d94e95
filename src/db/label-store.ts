import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import { labelCertificates, labelFinalMarks, responses } from "./schema.ts";

/**
 * The regional label's storage: structures' self-assessments (their `institution` responses, attributable to
 * the structure by design), the manager's final marks, and frozen certificates.
 */

export interface StoredAssessment {
  id: string;
  structureId: number;
  versionId: number;
  submittedOn: string;
  answers: Record<string, unknown>;
}

export interface StoredMark {
  structureId: number;
  responseId: string;
  markedBy: number | null;
  markedAt: string;
}

export interface NewCertificate {
  id: string;
  structureId: number;
  criteriaVersion: number;
  criteriaHash: string;
  methodVersion: string;
  dataCutoff: string;
  assessedOn: string;
  level: string;
  content: unknown;
  createdBy: number;
}

export interface CertificateRecord extends Omit<NewCertificate, "content" | "createdBy"> {
  createdBy: number | null;
  createdAt: string;
}

export interface LabelStore {
  /** The `institution` responses of these structures to these versions. */
  assessments(structureIds: readonly number[], versionIds: readonly number[]): Promise<StoredAssessment[]>;
  marks(structureIds: readonly number[]): Promise<StoredMark[]>;
  addMark(mark: Omit<StoredMark, "markedAt">, now: Date): Promise<StoredMark>;
  createCertificate(certificate: NewCertificate, now: Date): Promise<CertificateRecord>;
  listCertificates(structureIds: readonly number[]): Promise<CertificateRecord[]>;
  getCertificate(structureId: number, id: string): Promise<(CertificateRecord & { content: unknown }) | undefined>;
}

const certificateColumns = {
  id: labelCertificates.id,
  structureId: labelCertificates.structureId,
  criteriaVersion: labelCertificates.criteriaVersion,
  criteriaHash: labelCertificates.criteriaHash,
  methodVersion: labelCertificates.methodVersion,
  dataCutoff: labelCertificates.dataCutoff,
  assessedOn: labelCertificates.assessedOn,
  level: labelCertificates.level,
  createdBy: labelCertificates.createdBy,
  createdAt: labelCertificates.createdAt,
};

export function createLabelStore(db: Db): LabelStore {
  return {
    async assessments(structureIds, versionIds) {
      if (structureIds.length === 0 || versionIds.length === 0) return [];
      return db
        .select({
          id: responses.id,
          structureId: responses.structureId,
          versionId: responses.versionId,
          submittedOn: responses.submittedOn,
          answers: responses.answers,
        })
        .from(responses)
        .where(
          and(
            inArray(responses.structureId, [...structureIds]),
            inArray(responses.versionId, [...versionIds]),
            eq(responses.role, "institution"),
          ),
        )
        .all()
        .map((row) => ({ ...row, answers: JSON.parse(row.answers) as Record<string, unknown> }));
    },
    async marks(structureIds) {
      if (structureIds.length === 0) return [];
      return db
        .select({
          structureId: labelFinalMarks.structureId,
          responseId: labelFinalMarks.responseId,
          markedBy: labelFinalMarks.markedBy,
          markedAt: labelFinalMarks.markedAt,
        })
        .from(labelFinalMarks)
        .where(inArray(labelFinalMarks.structureId, [...structureIds]))
        .all();
    },
    async addMark(mark, now) {
      const row = { ...mark, markedAt: now.toISOString() };
      db.insert(labelFinalMarks).values(row).run();
      return row;
    },
    async createCertificate(certificate, now) {
      return db
        .insert(labelCertificates)
        .values({ ...certificate, content: JSON.stringify(certificate.content), createdAt: now.toISOString() })
        .returning(certificateColumns)
        .get();
    },
    async listCertificates(structureIds) {
      if (structureIds.length === 0) return [];
      return db
        .select(certificateColumns)
        .from(labelCertificates)
        .where(inArray(labelCertificates.structureId, [...structureIds]))
        .orderBy(desc(labelCertificates.createdAt))
        .all();
    },
    async getCertificate(structureId, id) {
      const row = db
        .select({ ...certificateColumns, content: labelCertificates.content })
        .from(labelCertificates)
        .where(and(eq(labelCertificates.structureId, structureId), eq(labelCertificates.id, id)))
        .get();
      return row && { ...row, content: JSON.parse(row.content) as unknown };
    },
  };
}
