import { and, avg, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import type { DimensionAggregate } from "./records.ts";
import { responses, responseScores } from "./schema.ts";

export interface ReportsStore {
  /**
   * Per structure, respondent role and dimension: n, mean and sum of squares of the scored responses to the
   * given versions. Individual rows never leave the database.
   */
  dimensionAggregates(versionIds: number[]): Promise<DimensionAggregate[]>;
}

export function createReportsStore(db: Db): ReportsStore {
  return {
    async dimensionAggregates(versionIds) {
      if (versionIds.length === 0) return [];
      return db
        .select({
          structureId: responses.structureId,
          role: responses.role,
          dimension: responseScores.dimension,
          n: count(responseScores.score),
          mean: sql<number>`${avg(responseScores.score)}`.mapWith(Number),
          sumSquares: sql<number>`sum(${responseScores.score} * ${responseScores.score})`.mapWith(Number),
        })
        .from(responseScores)
        .innerJoin(responses, eq(responses.id, responseScores.responseId))
        .where(and(inArray(responses.versionId, versionIds), isNotNull(responseScores.score)))
        .groupBy(responses.structureId, responses.role, responseScores.dimension)
        .all();
    },
  };
}
