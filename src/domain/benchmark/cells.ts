import type { RespondentRole } from "../questionnaire/types.ts";
import { combine, observe, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import type { IndicatorValue } from "./indicator-values.ts";
import { quarterOf } from "./periods.ts";

/**
 * The store's aggregate: one cell per structure, respondent role, calendar quarter and indicator, holding the
 * sufficient statistics of the indicator's values over the responses that count for it. The store adds a
 * response to its cells at submission (n += 1, sum += v, sumSquares += v²); every report is computed from
 * cells alone, never from individual responses.
 */
export interface Cell extends SufficientStatistics {
  structureId: number;
  role: RespondentRole;
  /** Calendar quarter of the response's day, e.g. "2026-Q2". */
  period: string;
  indicatorId: string;
}

/**
 * The cells one response adds to: one per indicator it counts for (null values are left out).
 * @example
 * responseCells({ structureId: 7, role: "patient", day: "2026-05-14", values: [{ indicatorId: "hope", value: 75 }] })
 * // → [{ structureId: 7, role: "patient", period: "2026-Q2", indicatorId: "hope", n: 1, sum: 75, sumSquares: 5625 }]
 */
export function responseCells(response: {
  structureId: number;
  role: RespondentRole;
  day: string;
  values: readonly IndicatorValue[];
}): Cell[] {
  const period = quarterOf(response.day);
  return response.values.flatMap(({ indicatorId, value }) =>
    value === null ? [] : [{ structureId: response.structureId, role: response.role, period, indicatorId, ...observe(value) }],
  );
}

/** Identity of a cell: what the store's primary key holds. */
export function cellKey(cell: Pick<Cell, "structureId" | "role" | "period" | "indicatorId">): string {
  return JSON.stringify([cell.structureId, cell.role, cell.period, cell.indicatorId]);
}

/**
 * Merges cells into others, adding the statistics of cells with the same identity. Pure: returns a new array
 * in first-seen order.
 * @example
 * addToCells(stored, responseCells(response))
 */
export function addToCells(cells: readonly Cell[], additions: readonly Cell[]): Cell[] {
  const merged = new Map<string, Cell>();
  for (const cell of [...cells, ...additions]) {
    const key = cellKey(cell);
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, ...combine(existing, cell) } : { ...cell });
  }
  return [...merged.values()];
}
