import type { DimensionAggregate } from "../../db/records.ts";
import type { Dimension, Localized, RespondentRole } from "../questionnaire/types.ts";
import { median, pooledMean } from "../statistics/descriptive.ts";

/**
 * A structure's first comparison with its region, dimension by dimension and respondent role by role.
 *
 * Disclosure control (the promise of anonymity):
 * - a structure's figure is shown only when it rests on at least `minCell` respondents (default 11, the
 *   French small-numbers rule for health statistics); otherwise the cell says "suppressed" and "< minCell",
 *   with neither the value nor the exact n;
 * - the regional group is built only from structures that pass that threshold themselves, so no figure of a
 *   small structure enters any aggregate from which it could be recovered by subtraction;
 * - the regional group is shown only if it holds at least 3 such structures besides the viewer's, so that no
 *   other single structure can be isolated from it.
 * Respondent roles are never pooled: patients, peer workers and professionals are reported side by side.
 */

export const MIN_OTHER_STRUCTURES = 3;

export interface ReportStructure {
  id: number;
  region: string;
}

export type Cell =
  | { suppressed: false; n: number; mean: number }
  | { suppressed: true; reason: "small_cell"; n: string };

export type GroupCell =
  | { suppressed: false; structures: number; respondents: number; mean: number; median: number }
  | { suppressed: true; reason: "too_few_structures"; minStructures: number };

export interface DimensionReport {
  dimension: string;
  title: Localized;
  /** false when a lower score is the better one (e.g. self-stigma). */
  higherIsBetter: boolean;
  structure: Cell;
  region: GroupCell;
}

export interface RoleReport {
  role: RespondentRole;
  dimensions: DimensionReport[];
}

export interface StructureReportInput {
  structure: ReportStructure;
  /** Every structure the aggregates may mention, to know their region. */
  structures: readonly ReportStructure[];
  dimensions: readonly Pick<Dimension, "id" | "title" | "higherIsBetter">[];
  aggregates: readonly DimensionAggregate[];
  minCell: number;
}

export function buildStructureReport(input: StructureReportInput): RoleReport[] {
  const regionOf = new Map(input.structures.map((s) => [s.id, s.region]));
  const roles = [...new Set(input.aggregates.map((a) => a.role))].sort();
  return roles.map((role) => ({
    role,
    dimensions: input.dimensions.map((dimension) => {
      const rows = input.aggregates.filter((a) => a.role === role && a.dimension === dimension.id);
      const own = rows.find((a) => a.structureId === input.structure.id);
      const eligible = rows.filter((a) => a.n >= input.minCell && regionOf.get(a.structureId) === input.structure.region);
      return {
        dimension: dimension.id,
        title: dimension.title,
        higherIsBetter: dimension.higherIsBetter !== false,
        structure: cell(own, input.minCell),
        region: groupCell(eligible, input.structure.id),
      };
    }),
  }));
}

function cell(own: DimensionAggregate | undefined, minCell: number): Cell {
  if (!own || own.n < minCell) return { suppressed: true, reason: "small_cell", n: `< ${minCell}` };
  return { suppressed: false, n: own.n, mean: round1(own.mean) };
}

function groupCell(eligible: DimensionAggregate[], viewerId: number): GroupCell {
  const others = eligible.filter((a) => a.structureId !== viewerId);
  if (others.length < MIN_OTHER_STRUCTURES) {
    return { suppressed: true, reason: "too_few_structures", minStructures: MIN_OTHER_STRUCTURES };
  }
  return {
    suppressed: false,
    structures: eligible.length,
    respondents: eligible.reduce((total, a) => total + a.n, 0),
    mean: round1(pooledMean(eligible)),
    median: round1(median(eligible.map((a) => a.mean))),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
