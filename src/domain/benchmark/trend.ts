import { combine } from "../statistics/sufficient-statistics.ts";
import { complementarySuppression, holdsWholeSteps, type PeriodSuppressionReason, type ReleasedSeries } from "./disclosure.ts";
import { shownCell, type IndicatorKind, type ShownCell } from "./figures.ts";
import { periodOfQuarter, quartersBetween, type Granularity } from "./periods.ts";

/**
 * A structure's figures period by period (quarters or years), from its released data only, under disclosure
 * rules R1, R3 and R5 (see disclosure.ts). Periods run from the first one holding released respondents to the
 * one holding the cut-off, empty ones included, so that a gap reads as suppressed rather than as "zero".
 */

export type TrendPoint = ({ period: string } & ShownCell) | { period: string; suppressed: true; reason: PeriodSuppressionReason };

/**
 * @example
 * buildTrend(series, "year", "score", 11)
 * // → [{ period: "2025", n: 24, value: 71.2, ci: [66.0, 76.4] }, { period: "2026", suppressed: true, reason: "small_cell" }]
 */
export function buildTrend(series: ReleasedSeries, granularity: Granularity, kind: IndicatorKind, minCell: number): TrendPoint[] {
  const first = series.quarters[0];
  const last = series.quarters[series.quarters.length - 1];
  if (!first || !last) return [];
  const periods = [...new Set(quartersBetween(first.period, last.period).map((q) => periodOfQuarter(q, granularity)))];
  const cells = periods.map((period) => {
    const quarters = series.quarters.filter((q) => periodOfQuarter(q.period, granularity) === period);
    return { period, quarters: quarters.map((q) => q.period), stats: combine(...quarters.map((q) => q.stats)) };
  });
  const reasons: (PeriodSuppressionReason | null)[] = cells.map((cell) =>
    cell.stats.n < minCell ? "small_cell" : holdsWholeSteps(series, cell.quarters) ? null : "complementary",
  );
  const suppressed = complementarySuppression(
    cells.map((c) => c.stats.n),
    reasons.map((r) => r !== null),
    minCell,
  );
  return cells.map((cell, i) => {
    const reason = reasons[i] ?? (suppressed[i] ? "complementary" : null);
    return reason ? { period: cell.period, suppressed: true, reason } : { period: cell.period, ...shownCell(kind, cell.stats) };
  });
}
