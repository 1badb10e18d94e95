import type { Dimension, Indicator, Localized } from "../questionnaire/types.ts";
import { tInterval, wilsonInterval } from "../statistics/confidence-intervals.ts";
import { meanOf, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import { higherIsBetter } from "./indicator-values.ts";

/**
 * How an indicator's sufficient statistics become the figures a report shows. Scores are means on 0–100;
 * proportions are shown in %, 0–100, their values being 0/1 per respondent. Every figure is rounded to one
 * decimal, the precision of French published patient-experience indicators, and intervals are kept within
 * the scale (a t interval may overshoot a bounded scale; the Wilson interval never does).
 */

export type IndicatorKind = Indicator["kind"];

/** What every report says of an indicator before its figures. */
export interface IndicatorHeader {
  id: string;
  label: Localized;
  kind: IndicatorKind;
  higherIsBetter: boolean;
}

/**
 * @example
 * indicatorHeader({ id: "stigma", kind: "score", dimension: "stigma", title }, [{ id: "stigma", higherIsBetter: false }])
 * // → { id: "stigma", label: title, kind: "score", higherIsBetter: false }
 */
export function indicatorHeader(indicator: Indicator, dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[]): IndicatorHeader {
  return { id: indicator.id, label: indicator.title, kind: indicator.kind, higherIsBetter: higherIsBetter(indicator, dimensions) };
}

export interface ShownCell {
  n: number;
  value: number;
  ci: [number, number];
}

/**
 * The unrounded value, on the report's scale.
 * @example
 * indicatorValue("proportion", { n: 4, sum: 3, sumSquares: 3 }) // → 75
 */
export function indicatorValue(kind: IndicatorKind, stats: SufficientStatistics): number {
  return kind === "score" ? meanOf(stats) : 100 * meanOf(stats);
}

/**
 * n, value and 95 % interval (t for a score, Wilson for a proportion), rounded for display.
 * @example
 * shownCell("proportion", { n: 263, sum: 81, sumSquares: 81 }) // → { n: 263, value: 30.8, ci: [25.5, 36.6] }
 */
export function shownCell(kind: IndicatorKind, stats: SufficientStatistics): ShownCell {
  const [lo, hi] = kind === "score" ? tInterval(stats) : percent(wilsonInterval(Math.round(stats.sum), stats.n));
  return { n: stats.n, value: round1(indicatorValue(kind, stats)), ci: [round1(clamp(lo)), round1(clamp(hi))] };
}

/**
 * @example
 * round1(72.25) // → 72.3
 */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function percent([lo, hi]: [number, number]): [number, number] {
  return [100 * lo, 100 * hi];
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}
