import type Database from "better-sqlite3";
import type { RespondentRole, Scoring } from "../domain/questionnaire/types.ts";
import { cellDifferences, cellKey, expectedScoreCount, recountCells, type CellTotals, type StoredResponse } from "./cell-recount.ts";

/** The tables whose row counts a backup's summary gives and compares with the live database. */
export const MAIN_TABLES = [
  "structures",
  "questionnaire_versions",
  "campaigns",
  "invitation_tokens",
  "responses",
  "response_scores",
  "indicator_cells",
  "users",
  "audit_log",
  "releases",
] as const;

export type TableCounts = Record<(typeof MAIN_TABLES)[number], number>;

export interface DatabaseCheck {
  /** `["ok"]`, or what SQLite's integrity check found. */
  integrity: string[];
  counts: TableCounts;
  /** Everything that says a write was only half done: an empty list when the database is whole. */
  problems: string[];
}

/** Row counts of the main tables, read in whatever transaction the connection is in. */
export function countRows(sqlite: Database.Database): TableCounts {
  const counts = {} as TableCounts;
  for (const table of MAIN_TABLES) counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return counts;
}

/**
 * Checks a Repères database as a whole: SQLite's own integrity check, then what no half-written response may
 * leave behind — a response without all its dimension scores, scores without their response, report counters
 * (`indicator_cells`) that differ from a full recount of the responses. Used on a backup before it is kept or
 * restored, and by the crash tests after a kill.
 * @example
 * const check = checkDatabase(new Database(path, { readonly: true }));
 * if (check.integrity[0] !== "ok" || check.problems.length > 0) throw …
 */
export function checkDatabase(sqlite: Database.Database): DatabaseCheck {
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  const counts = countRows(sqlite);
  const problems: string[] = [];

  const scorings = new Map(
    (sqlite.prepare("SELECT id, scoring FROM questionnaire_versions").all() as { id: number; scoring: string }[]).map((v) => [
      v.id,
      JSON.parse(v.scoring) as Scoring,
    ]),
  );
  const scoringOf = (versionId: number) => {
    const scoring = scorings.get(versionId);
    if (!scoring) throw new Error(`a response points at version ${versionId}, which does not exist`);
    return scoring;
  };
  const rows = sqlite
    .prepare(
      `SELECT r.id, r.version_id AS versionId, r.structure_id AS structureId, r.role, r.submitted_on AS submittedOn, r.answers,
              (SELECT count(*) FROM response_scores s WHERE s.response_id = r.id) AS scoreCount
       FROM responses r`,
    )
    .all() as {
    id: string;
    versionId: number;
    structureId: number;
    role: RespondentRole;
    submittedOn: string;
    answers: string;
    scoreCount: number;
  }[];
  const responses: StoredResponse[] = rows.map((r) => ({ ...r, answers: JSON.parse(r.answers) as Record<string, unknown> }));
  responses.forEach((r, i) => {
    const expected = expectedScoreCount(scoringOf(r.versionId), r);
    if (rows[i]!.scoreCount !== expected)
      problems.push(`response ${rows[i]!.id}: ${rows[i]!.scoreCount} scores stored, ${expected} expected`);
  });
  const orphans = (
    sqlite.prepare("SELECT count(*) AS n FROM response_scores WHERE response_id NOT IN (SELECT id FROM responses)").get() as { n: number }
  ).n;
  if (orphans > 0) problems.push(`${orphans} dimension scores without their response`);

  const stored = new Map<string, CellTotals>();
  for (const c of sqlite
    .prepare(
      "SELECT version_id AS versionId, structure_id AS structureId, role, period, indicator_id AS indicatorId, n, sum, sum_squares AS sumSquares FROM indicator_cells",
    )
    .all() as {
    versionId: number;
    structureId: number;
    role: string;
    period: string;
    indicatorId: string;
    n: number;
    sum: number;
    sumSquares: number;
  }[]) {
    stored.set(cellKey(c), { n: c.n, sum: c.sum, sumSquares: c.sumSquares });
  }
  for (const difference of cellDifferences(stored, recountCells(responses, scoringOf))) problems.push(`report cell ${difference}`);
  return { integrity, counts, problems };
}
