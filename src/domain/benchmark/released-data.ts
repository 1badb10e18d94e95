import { RESPONDENT_ROLES, type RespondentRole } from "../questionnaire/types.ts";
import { combine, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import type { Cell } from "./cells.ts";
import type { BenchmarkStructure } from "./comparison-groups.ts";
import { isEligible, type QuarterStatistics, releaseBefore, type ReleasedSeries } from "./disclosure.ts";
import { quarterOf } from "./periods.ts";

/**
 * The released part (disclosure rule R2) of every structure's series, computed once per report from the
 * stored cells: the only data any figure is computed from.
 */

export interface ReleasedData {
  /** The released series of a structure for a role and an indicator (empty when nothing is released). */
  series(structureId: number, role: RespondentRole, indicatorId: string): ReleasedSeries;
  /** Eligible structures (R4) of a role and an indicator, with their released totals, by ascending id. */
  eligible(role: RespondentRole, indicatorId: string): { structureId: number; stats: SufficientStatistics }[];
  /** Roles with released data in some structure, in the canonical order of RESPONDENT_ROLES. */
  roles: RespondentRole[];
}

const NOTHING_RELEASED: ReleasedSeries = Object.freeze({ quarters: [], steps: [], total: { n: 0, sum: 0, sumSquares: 0 }, cutoff: null });

/**
 * @example
 * const released = releaseCells(cells, "2026-05-14", 11);
 * released.series(7, "patient", "hope").cutoff // → "2025-12-31"
 */
export function releaseCells(cells: readonly Cell[], today: string, minCell: number): ReleasedData {
  const current = quarterOf(today);
  // Series by structure, role and indicator (nested maps: no key string to build per cell). Only completed
  // quarters can be released: the rest is left out here.
  const grouped = new Map<number, Map<RespondentRole, Map<string, Cell[]>>>();
  for (const cell of cells) {
    if (cell.period >= current) continue;
    const byStructure = grouped.get(cell.structureId) ?? grouped.set(cell.structureId, new Map()).get(cell.structureId)!;
    const byRole = byStructure.get(cell.role) ?? byStructure.set(cell.role, new Map()).get(cell.role)!;
    const list = byRole.get(cell.indicatorId);
    if (list) list.push(cell);
    else byRole.set(cell.indicatorId, [cell]);
  }
  const series = new Map<number, Map<RespondentRole, Map<string, ReleasedSeries>>>();
  const eligible = new Map<RespondentRole, Map<string, { structureId: number; stats: SufficientStatistics }[]>>();
  for (const [structureId, byStructure] of grouped) {
    const releasedByRole = new Map<RespondentRole, Map<string, ReleasedSeries>>();
    series.set(structureId, releasedByRole);
    for (const [role, byRole] of byStructure) {
      const releasedByIndicator = new Map<string, ReleasedSeries>();
      releasedByRole.set(role, releasedByIndicator);
      for (const [indicatorId, list] of byRole) {
        const released = releaseBefore(quartersOf(list), current, minCell);
        releasedByIndicator.set(indicatorId, released);
        if (!isEligible(released.total, minCell)) continue;
        const members = eligible.get(role) ?? eligible.set(role, new Map()).get(role)!;
        const entry = { structureId, stats: released.total };
        const list2 = members.get(indicatorId);
        if (list2) list2.push(entry);
        else members.set(indicatorId, [entry]);
      }
    }
  }
  for (const byIndicator of eligible.values()) for (const list of byIndicator.values()) list.sort((a, b) => a.structureId - b.structureId);
  return {
    series: (structureId, role, indicatorId) => series.get(structureId)?.get(role)?.get(indicatorId) ?? NOTHING_RELEASED,
    eligible: (role, indicatorId) => eligible.get(role)?.get(indicatorId) ?? [],
    roles: RESPONDENT_ROLES.filter((role) => eligible.has(role)),
  };
}

/** One entry per quarter: the store keeps one cell per quarter, but cells given twice are added up. */
function quartersOf(cells: readonly Cell[]): QuarterStatistics[] {
  const byPeriod = new Map<string, QuarterStatistics>();
  for (const cell of cells) {
    const previous = byPeriod.get(cell.period);
    byPeriod.set(cell.period, {
      period: cell.period,
      stats: previous ? combine(previous.stats, cell) : { n: cell.n, sum: cell.sum, sumSquares: cell.sumSquares },
    });
  }
  return [...byPeriod.values()];
}

/**
 * The eligible structures of a role and indicator among the structures known to the report, with their
 * released totals (cells of an unknown structure are never compared).
 * @example
 * eligibleStructures(released, structures, "patient", "hope") // → [{ structure: { id: 2, … }, member: { structureId: 2, stats } }, …]
 */
export function eligibleStructures(
  released: ReleasedData,
  structures: readonly BenchmarkStructure[],
  role: RespondentRole,
  indicatorId: string,
) {
  const byId = new Map(structures.map((s) => [s.id, s]));
  return released.eligible(role, indicatorId).flatMap((member) => {
    const structure = byId.get(member.structureId);
    return structure ? [{ structure, member }] : [];
  });
}
