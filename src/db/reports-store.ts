import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Cell } from "../domain/benchmark/cells.ts";
import type { Db } from "./open-database.ts";
import { indicatorCells, reportSnapshots } from "./schema.ts";

export interface NewSnapshot {
  id: string;
  structureId: number;
  questionnaire: string;
  methodVersion: string;
  dataCutoff: string;
  minCell: number;
  content: unknown;
  createdBy: number;
}

export interface SnapshotRecord extends Omit<NewSnapshot, "content"> {
  createdAt: string;
}

export interface ReportsStore {
  /** The report cells of the given versions, summed across versions: individual rows never leave the database. */
  indicatorCells(versionIds: number[]): Promise<Cell[]>;
  createSnapshot(snapshot: NewSnapshot, now: Date): Promise<SnapshotRecord>;
  listSnapshots(structureId: number): Promise<SnapshotRecord[]>;
  getSnapshot(structureId: number, id: string): Promise<(SnapshotRecord & { content: unknown }) | undefined>;
}

const snapshotColumns = {
  id: reportSnapshots.id,
  structureId: reportSnapshots.structureId,
  questionnaire: reportSnapshots.questionnaire,
  methodVersion: reportSnapshots.methodVersion,
  dataCutoff: reportSnapshots.dataCutoff,
  minCell: reportSnapshots.minCell,
  createdBy: reportSnapshots.createdBy,
  createdAt: reportSnapshots.createdAt,
};

export function createReportsStore(db: Db): ReportsStore {
  return {
    async indicatorCells(versionIds) {
      if (versionIds.length === 0) return [];
      return db
        .select({
          structureId: indicatorCells.structureId,
          role: indicatorCells.role,
          period: indicatorCells.period,
          indicatorId: indicatorCells.indicatorId,
          n: sql<number>`sum(${indicatorCells.n})`.mapWith(Number),
          sum: sql<number>`sum(${indicatorCells.sum})`.mapWith(Number),
          sumSquares: sql<number>`sum(${indicatorCells.sumSquares})`.mapWith(Number),
        })
        .from(indicatorCells)
        .where(inArray(indicatorCells.versionId, versionIds))
        .groupBy(indicatorCells.structureId, indicatorCells.role, indicatorCells.period, indicatorCells.indicatorId)
        .all();
    },
    async createSnapshot(snapshot, now) {
      const row = db
        .insert(reportSnapshots)
        .values({ ...snapshot, content: JSON.stringify(snapshot.content), createdAt: now.toISOString() })
        .returning(snapshotColumns)
        .get();
      return { ...row, createdBy: row.createdBy! };
    },
    async listSnapshots(structureId) {
      return db
        .select(snapshotColumns)
        .from(reportSnapshots)
        .where(eq(reportSnapshots.structureId, structureId))
        .orderBy(desc(reportSnapshots.createdAt))
        .all()
        .map((row) => ({ ...row, createdBy: row.createdBy! }));
    },
    async getSnapshot(structureId, id) {
      const row = db
        .select({ ...snapshotColumns, content: reportSnapshots.content })
        .from(reportSnapshots)
        .where(and(eq(reportSnapshots.structureId, structureId), eq(reportSnapshots.id, id)))
        .get();
      return row && { ...row, createdBy: row.createdBy!, content: JSON.parse(row.content) as unknown };
    },
  };
}
