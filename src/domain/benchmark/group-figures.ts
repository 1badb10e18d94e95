import { quantile } from "../statistics/descriptive.ts";
import { percentileRank } from "../statistics/percentile-rank.ts";
import { combine, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import { MIN_STRUCTURES_FOR_DECILES, type GroupSuppressionReason } from "./disclosure.ts";
import { indicatorValue, round1, type IndicatorKind } from "./figures.ts";

/**
 * The figures of a comparison group, from its eligible members' released data:
 * - structures and respondents: how many of each it holds;
 * - value: the pooled value over all its respondents (Σ sum / Σ n), so each respondent weighs the same;
 * - median, p25, p75 (and p10, p90 from 10 structures, disclosure rule R4): the distribution of the members'
 *   own values, each structure weighing the same, by Hyndman & Fan's definition 7 (descriptive.ts);
 * - percentile: the reader's percentile rank among the members' values (mid-rank convention,
 *   percentile-rank.ts), compared at the one decimal shown so that equal-looking values tie; null when the
 *   reader is not a member.
 */

export interface GroupMember {
  structureId: number;
  stats: SufficientStatistics;
}

export interface ShownGroup {
  structures: number;
  respondents: number;
  value: number;
  median: number;
  p25: number;
  p75: number;
  p10?: number;
  p90?: number;
  percentile: number | null;
}

export type SuppressedGroup = { suppressed: true; reason: GroupSuppressionReason; minStructures: number };

export type GroupFigure = ShownGroup | SuppressedGroup;

/**
 * @example
 * groupFigure("score", [{ structureId: 1, stats: a }, …], 1) // → { structures: 5, respondents: 80, value: 68.4, median: 70.1, …, percentile: 30 }
 */
export function groupFigure(kind: IndicatorKind, members: readonly GroupMember[], readerId: number | null): ShownGroup {
  if (members.length === 0) throw new RangeError("a group figure needs members");
  const values = members.map((m) => indicatorValue(kind, m.stats));
  const pooled = combine(...members.map((m) => m.stats));
  const at = (p: number) => round1(quantile(values, p));
  const figure: ShownGroup = {
    structures: members.length,
    respondents: pooled.n,
    value: round1(indicatorValue(kind, pooled)),
    median: at(0.5),
    p25: at(0.25),
    p75: at(0.75),
    percentile: null,
  };
  if (members.length >= MIN_STRUCTURES_FOR_DECILES) {
    figure.p10 = at(0.1);
    figure.p90 = at(0.9);
  }
  const own = members.findIndex((m) => m.structureId === readerId);
  if (own >= 0) figure.percentile = round1(percentileRank(values.map(round1), round1(values[own]!)));
  return figure;
}

export function isShownGroup(figure: GroupFigure): figure is ShownGroup {
  return !("suppressed" in figure);
}
