import { deriveResponse } from "../domain/derive-response.ts";
import type { Answers } from "../domain/questionnaire/answer-validation.ts";
import type { RespondentRole, Scoring } from "../domain/questionnaire/types.ts";

/** A stored response, as much of it as its report cells depend on. */
export interface StoredResponse {
  versionId: number;
  structureId: number;
  role: RespondentRole;
  submittedOn: string;
  answers: Answers;
}

/** One report cell's sufficient statistics, keyed `version|structure|role|period|indicator`. */
export interface CellTotals {
  n: number;
  sum: number;
  sumSquares: number;
}

export const cellKey = (c: { versionId: number; structureId: number; role: string; period: string; indicatorId: string }) =>
  `${c.versionId}|${c.structureId}|${c.role}|${c.period}|${c.indicatorId}`;

/**
 * The report cells recounted from the responses themselves, with the same derivation as at submission: what
 * the incrementally kept `indicator_cells` must hold if no response was ever half written.
 * @example
 * const expected = recountCells(responses, (versionId) => scoring.get(versionId)!);
 */
export function recountCells(responses: Iterable<StoredResponse>, scoringOf: (versionId: number) => Scoring): Map<string, CellTotals> {
  const totals = new Map<string, CellTotals>();
  for (const r of responses) {
    const { cells } = deriveResponse(scoringOf(r.versionId), r.answers, { structureId: r.structureId, role: r.role, day: r.submittedOn });
    for (const cell of cells) {
      const key = cellKey({ ...r, ...cell });
      const total = totals.get(key) ?? { n: 0, sum: 0, sumSquares: 0 };
      total.n += cell.n;
      total.sum += cell.sum;
      total.sumSquares += cell.sumSquares;
      totals.set(key, total);
    }
  }
  return totals;
}

/** How many dimension scores a response must have stored beside it. */
export function expectedScoreCount(scoring: Scoring, r: StoredResponse): number {
  return deriveResponse(scoring, r.answers, { structureId: r.structureId, role: r.role, day: r.submittedOn }).scores.length;
}

/**
 * The cells that differ between what is stored and the recount (sums compared to a relative 1e-9: floating
 * additions in another order). Empty when they agree.
 */
export function cellDifferences(stored: Map<string, CellTotals>, expected: Map<string, CellTotals>): string[] {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const differences: string[] = [];
  for (const key of new Set([...stored.keys(), ...expected.keys()])) {
    const s = stored.get(key) ?? { n: 0, sum: 0, sumSquares: 0 };
    const e = expected.get(key) ?? { n: 0, sum: 0, sumSquares: 0 };
    if (s.n !== e.n || !close(s.sum, e.sum) || !close(s.sumSquares, e.sumSquares)) {
      differences.push(`${key}: stored n=${s.n} Σ=${s.sum}, recount n=${e.n} Σ=${e.sum}`);
    }
  }
  return differences;
}
