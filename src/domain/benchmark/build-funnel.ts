import type { RespondentRole } from "../questionnaire/types.ts";
import { CONTROL_LEVELS, meanControlLimits, proportionControlLimits } from "../statistics/funnel-limits.ts";
import { combine, meanOf, pooledStandardDeviation } from "../statistics/sufficient-statistics.ts";
import type { StructureReportInput } from "./build-report.ts";
import { type DecidedGroup, readerGroups } from "./comparison-groups.ts";
import { checkMinCell, MIN_OTHER_STRUCTURES } from "./disclosure.ts";
import { indicatorHeader, type IndicatorHeader, indicatorValue, type IndicatorKind, round1 } from "./figures.ts";
import type { GroupMember, SuppressedGroup } from "./group-figures.ts";
import { reportHorizon } from "./periods.ts";
import { eligibleStructures, releaseCells } from "./released-data.ts";

/**
 * Funnel-plot data (Spiegelhalter, Stat Med 2005;24:1185–1202) for a structure's comparison groups: each
 * eligible structure's value against its number of respondents, with 95 % and 99.8 % control limits around
 * the group's pooled value, so that a small structure is not called an outlier by chance. Limits are exact
 * binomial ones for a proportion and normal ones (σ: the members' pooled within-structure standard deviation)
 * for a score (funnel-limits.ts). Points are anonymous and sorted by n then value, never in an order that
 * could name them; the reader's own is marked. A group is shown exactly when the structure's report shows it.
 */

export type FunnelInput = Omit<StructureReportInput, "granularity">;

export interface FunnelLimits {
  n: number;
  p95: [number, number];
  p998: [number, number];
}

export interface FunnelPoint {
  n: number;
  value: number;
  own?: true;
}

export type FunnelGroup = { target: number; limits: FunnelLimits[]; points: FunnelPoint[] } | SuppressedGroup;

export interface FunnelIndicator extends IndicatorHeader {
  groups: { region: FunnelGroup; kind: FunnelGroup; setting: FunnelGroup; national: FunnelGroup };
}

export interface Funnel {
  minCell: number;
  horizon: string;
  roles: { role: RespondentRole; indicators: FunnelIndicator[] }[];
}

/** Sizes at which limits are given: every n up to this many values, else as many spread evenly in log n. */
export const FUNNEL_GRID_POINTS = 40;

/**
 * @example
 * buildFunnel({ structure, structures, indicators: [hope], cells, today: "2026-05-14", minCell: 11 }).roles[0].indicators[0].groups.region
 * // → { target: 68.4, limits: [{ n: 11, p95: [56.1, 80.7], p998: [49.0, 87.8] }, …], points: [{ n: 14, value: 61.2 }, { n: 30, value: 70.3, own: true }, …] }
 */
export function buildFunnel(input: FunnelInput): Funnel {
  const minCell = checkMinCell(input.minCell);
  const released = releaseCells(input.cells, input.today, minCell);
  const roles = input.role ? [input.role] : released.roles;
  return {
    minCell,
    horizon: reportHorizon(input.today),
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator) => {
        const eligible = eligibleStructures(released, input.structures, role, indicator.id);
        const own = eligible.some((e) => e.structure.id === input.structure.id);
        const groups = readerGroups(
          input.structure,
          eligible.map((e) => e.structure),
          !own,
        );
        const statsOf = new Map(eligible.map((e) => [e.structure.id, e.member]));
        const funnel = (group: DecidedGroup) => funnelGroup(indicator.kind, group, statsOf, input.structure.id, minCell);
        return {
          ...indicatorHeader(indicator, input.dimensions),
          groups: {
            region: funnel(groups.region),
            kind: funnel(groups.kind),
            setting: funnel(groups.setting),
            national: funnel(groups.national),
          },
        };
      }),
    })),
  };
}

function funnelGroup(
  kind: IndicatorKind,
  group: DecidedGroup,
  statsOf: ReadonlyMap<number, GroupMember>,
  readerId: number,
  minCell: number,
): FunnelGroup {
  if (!group.decision.visible) return { suppressed: true, reason: group.decision.reason, minStructures: MIN_OTHER_STRUCTURES };
  const members = group.members.map((id) => statsOf.get(id)!);
  const pooled = combine(...members.map((m) => m.stats));
  const target = indicatorValue(kind, pooled);
  const sigma = kind === "score" ? pooledStandardDeviation(members.map((m) => m.stats)) : 0;
  const limitsAt = (n: number): [number, number][] =>
    CONTROL_LEVELS.map((level) => {
      if (kind === "score")
        return meanControlLimits(target, sigma, n, level.z).map((v) => round1(Math.min(100, Math.max(0, v)))) as [number, number];
      return proportionControlLimits(meanOf(pooled), n, level).map((p) => round1(100 * p)) as [number, number];
    });
  const largest = Math.max(...members.map((m) => m.stats.n));
  const points = members
    .map((m): FunnelPoint => ({
      n: m.stats.n,
      value: round1(indicatorValue(kind, m.stats)),
      ...(m.structureId === readerId ? { own: true as const } : {}),
    }))
    .sort((a, b) => a.n - b.n || a.value - b.value || Number(a.own ?? false) - Number(b.own ?? false));
  return {
    target: round1(target),
    limits: funnelGrid(minCell, largest).map((n) => {
      const [p95, p998] = limitsAt(n) as [[number, number], [number, number]];
      return { n, p95, p998 };
    }),
    points,
  };
}

/**
 * Sizes from `from` to `to` (both included) at which to draw the limits.
 * @example
 * funnelGrid(11, 15) // → [11, 12, 13, 14, 15]
 */
export function funnelGrid(from: number, to: number, points = FUNNEL_GRID_POINTS): number[] {
  if (to < from) return [from];
  if (to - from + 1 <= points) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const ratio = to / from;
  return [...new Set(Array.from({ length: points }, (_, i) => Math.round(from * ratio ** (i / (points - 1)))))];
}
