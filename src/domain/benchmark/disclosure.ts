import { combine, NO_OBSERVATIONS, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import { quarterEnd, quarterOf } from "./periods.ts";

/**
 * Disclosure control: every rule deciding whether a figure may be shown, in one place.
 *
 * Repères promises respondents that nothing they answer can be traced back to them, and structures that no
 * other structure's figures can be singled out. Anonymised statistics must resist singling out, linkability
 * and inference (Article 29 Working Party, Opinion 05/2014 on anonymisation techniques, WP216); for tables
 * that means suppressing small cells and every cell from which a small one can be derived by subtraction
 * (Hundepool et al., Statistical Disclosure Control, Wiley 2012, ch. 4, primary and secondary suppression),
 * including by differencing successive states of the same statistics (the "tracker" of Denning, Denning &
 * Schwartz, ACM TODS 1979;4:76–96; Denning & Schlörer, "A fast procedure for finding a tracker in a
 * statistical database", ACM TODS 1980;5:88–102).
 *
 * R1 Small cells. No figure rests on fewer than `minCell` respondents: 11 by default, the small-numbers rule
 *    applied to French health data (SNDS: no statistic on fewer than 11 people), configurable but never
 *    below 5. A suppressed cell says why and "< minCell", never its value or exact n.
 * R2 Release steps. For each structure, role and indicator, only completed calendar quarters can be
 *    released, and the released cut-off moves from one quarter's end to a later one only once the
 *    respondents since the previous cut-off number at least `minCell`. Every figure, the structure's and
 *    every group's, is computed from released data only, so two states ever shown differ by whole steps of
 *    ≥ minCell respondents of a structure: one more response never changes any figure. The walk is
 *    stateless (re-run from the first quarter at each report) and stable, since responses carry the day
 *    they arrive and completed quarters never change. A consequence: no report changes at all within a
 *    calendar quarter, so reports can be cached until the next quarter begins.
 * R3 Trend periods. A period is shown only if it holds whole release steps. Successive cut-offs expose each
 *    step's total; a period cutting a step in two would let one subtract the other part, however large the
 *    period itself. Whole steps hold ≥ minCell, so R1 follows, and whatever the shown periods leave out of
 *    the structure's overall figure is also made of whole steps. Complementary suppression (R5) over the
 *    periods is then applied as stated, and finds nothing more to suppress.
 * R4–R7 (groups, their partitions, nested groups, roll-up) were decided here view by view; they are now
 *    decided once per release, for every view and against every earlier release, by the release auditor
 *    (../release/rules.ts and ../release/audit-release.ts).
 */

export const DEFAULT_MIN_CELL = 11;
export const MIN_CELL_FLOOR = 5;

export type CellSuppression = { suppressed: true; reason: "small_cell"; nBelow: string };
export type PeriodSuppressionReason = "small_cell" | "complementary";

/**
 * R1: the threshold in force.
 * @example
 * checkMinCell(11) // → 11
 * checkMinCell(3)  // throws: never below 5
 */
export function checkMinCell(minCell: number): number {
  if (!Number.isInteger(minCell) || minCell < MIN_CELL_FLOOR) throw new RangeError(`minCell must be an integer ≥ ${MIN_CELL_FLOOR}`);
  return minCell;
}

/**
 * R1: how a suppressed cell reads.
 * @example
 * suppressedCell(11) // → { suppressed: true, reason: "small_cell", nBelow: "< 11" }
 */
export function suppressedCell(minCell: number): CellSuppression {
  return { suppressed: true, reason: "small_cell", nBelow: `< ${minCell}` };
}

export interface QuarterStatistics {
  /** Calendar quarter, e.g. "2026-Q1". */
  period: string;
  stats: SufficientStatistics;
}

export interface ReleasedQuarter extends QuarterStatistics {
  /** Index of the release step the quarter belongs to. */
  step: number;
}

export interface ReleasedSeries {
  /** Released quarters holding respondents, in chronological order. */
  quarters: ReleasedQuarter[];
  /** Totals of the release steps, in order: each holds ≥ minCell respondents. */
  steps: SufficientStatistics[];
  /** Everything released: the data behind the structure's own figure. */
  total: SufficientStatistics;
  /** Last day of released data (a quarter's end), or null when nothing is released yet. */
  cutoff: string | null;
}

/**
 * R2: the released part of one structure's series (one role, one indicator), walking its quarters from the
 * first: a quarter joins the pending step, and the step is released, its last quarter's end becoming the
 * cut-off, as soon as it holds ≥ minCell respondents. The current quarter and any later one are never
 * released; what is pending after the last step is not released either.
 * @example
 * releaseSeries([{ period: "2025-Q3", stats: s6 }, { period: "2025-Q4", stats: s7 }, { period: "2026-Q1", stats: s4 }], "2026-05-14", 11)
 * // → one step (Q3 + Q4, 13 respondents), cutoff "2025-12-31"; 2026-Q1 (4) waits for more
 */
export function releaseSeries(quarters: readonly QuarterStatistics[], today: string, minCell: number): ReleasedSeries {
  return releaseBefore(quarters, quarterOf(today), minCell);
}

/** releaseSeries, given the current quarter rather than the day (to parse it once per report). */
export function releaseBefore(quarters: readonly QuarterStatistics[], current: string, minCell: number): ReleasedSeries {
  checkMinCell(minCell);
  const completed = quarters
    .filter((q) => q.period < current && q.stats.n > 0)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const released: ReleasedQuarter[] = [];
  const steps: SufficientStatistics[] = [];
  let first = 0;
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < completed.length; i++) {
    const { stats } = completed[i]!;
    n += stats.n;
    sum += stats.sum;
    sumSquares += stats.sumSquares;
    if (n < minCell) continue;
    for (let j = first; j <= i; j++) released.push({ period: completed[j]!.period, stats: completed[j]!.stats, step: steps.length });
    steps.push({ n, sum, sumSquares });
    n = sum = sumSquares = 0;
    first = i + 1;
  }
  const last = released[released.length - 1];
  return {
    quarters: released,
    steps,
    total: steps.length ? combine(...steps) : NO_OBSERVATIONS,
    cutoff: last ? quarterEnd(last.period) : null,
  };
}

/**
 * R3: whether a set of released quarters holds whole release steps (each step entirely in, or entirely out).
 * @example
 * holdsWholeSteps(series, ["2025-Q3"]) // → false when 2025-Q3 shares its step with 2025-Q4
 */
export function holdsWholeSteps(series: ReleasedSeries, periods: Iterable<string>): boolean {
  const inside = new Set(periods);
  const counted = new Map<number, number>();
  for (const quarter of series.quarters) {
    if (inside.has(quarter.period)) counted.set(quarter.step, (counted.get(quarter.step) ?? 0) + quarter.stats.n);
  }
  return [...counted].every(([step, n]) => n === series.steps[step]!.n);
}

/**
 * R5: complementary suppression over the parts of an additive set whose total is shown. Parts already
 * suppressed stay so; while the suppressed parts together hold more than 0 and less than `threshold`, the
 * smallest part still shown (first in order among equals, never a `locked` one) is suppressed too.
 * @returns the suppression flag of each part.
 * @example
 * complementarySuppression([3, 12, 20], [true, false, false], 11) // → [true, true, false]
 * complementarySuppression([0, 12, 20], [true, false, false], 11) // → [true, false, false]
 */
export function complementarySuppression(
  sizes: readonly number[],
  suppressed: readonly boolean[],
  threshold: number,
  locked: readonly boolean[] = [],
): boolean[] {
  const result = sizes.map((_, i) => suppressed[i] === true);
  for (;;) {
    const hidden = sizes.reduce((total, size, i) => total + (result[i] ? size : 0), 0);
    if (hidden === 0 || hidden >= threshold) return result;
    let smallest = -1;
    sizes.forEach((size, i) => {
      if (!result[i] && !locked[i] && (smallest < 0 || size < sizes[smallest]!)) smallest = i;
    });
    // Nothing left to suppress: the caller must withhold the total itself.
    if (smallest < 0) return result;
    result[smallest] = true;
  }
}

/**
 * R4: a structure may enter a group only if its released data hold ≥ minCell respondents. By R2 that is
 * "anything released", but the rule is stated as it is meant.
 */
export function isEligible(released: SufficientStatistics, minCell: number): boolean {
  return released.n >= minCell;
}

/** R4–R6: who reads, for counting "structures besides the reader's": a structure, or anyone (public). */
