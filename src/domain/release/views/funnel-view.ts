import { funnelGrid } from "../../benchmark/funnel-grid.ts";
import { indicatorHeader, indicatorValue, round1, type IndicatorHeader, type IndicatorKind } from "../../benchmark/figures.ts";
import type { Dimension, Indicator, RespondentRole } from "../../questionnaire/types.ts";
import { CONTROL_LEVELS, meanControlLimits, proportionControlLimits } from "../../statistics/funnel-limits.ts";
import { meanOf, pooledStandardDeviation } from "../../statistics/sufficient-statistics.ts";
import type { SuppressedGroupFigure } from "../build-release.ts";
import { pickGroup, rolesOf, type LedgerRows } from "./ledger-rows.ts";

/**
 * Funnel-plot data (Spiegelhalter, Stat Med 2005;24:1185–1202), read from the ledger: the released points of
 * the reader's region — one frame per indicator, never a second one whose difference would isolate a point
 * (rules.ts, "Funnel") — with 95 % and 99.8 % control limits around the region's value. Other structures'
 * points are rounded (n to 5, value to a whole number): a funnel needs their shape, not their exact figures,
 * and exact pairs would let a reader match sums of points to the group figures. The reader's own point is
 * exact and marked. Points are sorted by n then value, never in an order that could name them. Peer workers' frames
 * have no points at all: their answers are never one structure's figure (rules.ts, "Peer workers").
 */

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

export type FunnelFrame =
  | {
      target: number;
      limits: FunnelLimits[];
      points: FunnelPoint[];
      /** Other structures' n are rounded to this step (5, or coarser when the exact total would pin one). */
      nStep: number;
      cutoff?: string;
    }
  | SuppressedGroupFigure;

/** The one frame is the region; the other keys say so, for clients that offered several frames. */
type OtherFrame = { suppressed: true; reason: "one_frame"; minStructures: number };

export interface FunnelIndicatorView extends IndicatorHeader {
  groups: { region: FunnelFrame; kind: OtherFrame; setting: OtherFrame; national: OtherFrame };
}

export interface FunnelView {
  minCell: number;
  horizon: string;
  roles: { role: RespondentRole; indicators: FunnelIndicatorView[] }[];
}

const ONE_FRAME: OtherFrame = { suppressed: true, reason: "one_frame", minStructures: 4 };

/**
 * @example
 * funnelView({ ledger, structure, indicators: [hope], minCell: 11 }).roles[0].indicators[0].groups.region
 * // → { target: 68.4, limits: [{ n: 11, p95: [56.1, 80.7], p998: [49.0, 87.8] }, …], points: [{ n: 15, value: 61 }, { n: 32, value: 70.3, own: true }, …] }
 */
export function funnelView(input: {
  ledger: LedgerRows;
  structure: { id: number; region: string };
  indicators: readonly Indicator[];
  dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[];
  role?: RespondentRole;
  minCell: number;
}): FunnelView {
  const roles = input.role ? [input.role] : rolesOf(input.ledger);
  return {
    minCell: input.minCell,
    horizon: input.ledger.cutoff,
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator) => ({
        ...indicatorHeader(indicator, input.dimensions),
        groups: { region: frame(input, role, indicator.id, indicator.kind), kind: ONE_FRAME, setting: ONE_FRAME, national: ONE_FRAME },
      })),
    })),
  };
}

function frame(input: Parameters<typeof funnelView>[0], role: RespondentRole, indicatorId: string, kind: IndicatorKind): FunnelFrame {
  const picked = pickGroup(input.ledger, `group:${input.structure.region}:region`, role, indicatorId);
  if (!picked) return { suppressed: true, reason: "too_few_structures", minStructures: 4 };
  if (!("detail" in picked)) return picked.figure;
  const { pooled, members } = picked.detail;
  const target = indicatorValue(kind, pooled);
  const sigma = kind === "score" ? pooledStandardDeviation(members.map((m) => m.stats)) : 0;
  const limitsAt = (n: number) =>
    CONTROL_LEVELS.map((level) => {
      if (kind === "score") return meanControlLimits(target, sigma, n, level.z).map((v) => round1(Math.min(100, Math.max(0, v))));
      return proportionControlLimits(meanOf(pooled), n, level).map((p) => round1(100 * p));
    }) as [[number, number], [number, number]];
  // Peer workers are a handful per structure: no structure's point, its own included (rules.ts, "Peer workers").
  const shown = role === "peer_worker" ? [] : members;
  // The coarsest step needed so that the exact total of the region's respondents pins no other point's n.
  const step = [5, 10, 25].find((candidate) => !pinsAPoint(shown, input.structure.id, pooled.n, candidate, input.minCell));
  if (step === undefined) return { suppressed: true, reason: "complementary", minStructures: 4 };
  const points = shown
    .map((m): FunnelPoint => {
      const value = indicatorValue(kind, m.stats);
      if (m.id === input.structure.id) return { n: m.stats.n, value: round1(value), own: true };
      return { n: roundTo(m.stats.n, step), value: Math.round(value) };
    })
    .sort((a, b) => a.n - b.n || a.value - b.value || Number(a.own ?? false) - Number(b.own ?? false));
  const largest = Math.max(...members.map((m) => m.stats.n));
  return {
    target: round1(target),
    limits: funnelGrid(input.minCell, largest).map((n) => {
      const [p95, p998] = limitsAt(n);
      return { n, p95, p998 };
    }),
    points,
    nStep: step,
    ...(picked.cutoff !== input.ledger.cutoff ? { cutoff: picked.cutoff } : {}),
  };
}

function roundTo(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}

/**
 * Whether the exact total of a frame's respondents, with the reader's own n and the other points' rounded n,
 * pins one other point's n: each rounded n says the true one lies in a range, and a point is pinned when the
 * total leaves it a single value (e.g. four points shown 10, each 11 or 12 at most, in a total of 48).
 * @example
 * pinsAPoint([{ id: 1, stats: s12 }, { id: 2, stats: s12 }, { id: 3, stats: s12 }, { id: 4, stats: s12 }], 99, 48, 5, 11) // → true
 */
export function pinsAPoint(
  members: readonly { id: number; stats: { n: number } }[],
  readerId: number,
  total: number,
  step: number,
  minCell: number,
): boolean {
  const others = members.filter((m) => m.id !== readerId);
  const own = members.find((m) => m.id === readerId)?.stats.n ?? 0;
  const ranges = others.map((m) => {
    const shown = roundTo(m.stats.n, step);
    return [Math.max(minCell, shown - Math.floor(step / 2)), shown === step ? Math.ceil(step * 1.5) - 1 : shown + Math.ceil(step / 2) - 1];
  }) as [number, number][];
  const rest = total - own;
  const sumLow = ranges.reduce((a, [lo]) => a + lo, 0);
  const sumHigh = ranges.reduce((a, [, hi]) => a + hi, 0);
  return ranges.some(([lo, hi]) => Math.max(lo, rest - (sumHigh - hi)) >= Math.min(hi, rest - (sumLow - lo)));
}
