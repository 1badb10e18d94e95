import type { Setting, StructureKind } from "../structures.ts";
import type { Dimension, Indicator, RespondentRole } from "../questionnaire/types.ts";
import type { Cell } from "./cells.ts";
import { type BenchmarkStructure, type DecidedGroup, publicGroups } from "./comparison-groups.ts";
import { checkMinCell, MIN_PUBLIC_STRUCTURES } from "./disclosure.ts";
import { indicatorHeader, type IndicatorHeader } from "./figures.ts";
import { type GroupFigure, type GroupMember, groupFigure } from "./group-figures.ts";
import { reportHorizon } from "./periods.ts";
import { eligibleStructures, releaseCells } from "./released-data.ts";

/**
 * A region's open figures, for the regional observatory: per role and indicator, the region as a whole, by
 * kind of structure and by setting — no structure named, no structure's own figure, under the same
 * disclosure rules as structures' reports, decided for any reader (disclosure.ts, R4's public threshold).
 * The same released data feed both, so the public figures and a structure's report never differ by a
 * single response.
 */

export interface RegionReportInput {
  /** INSEE region code. */
  region: string;
  structures: readonly BenchmarkStructure[];
  indicators: readonly Indicator[];
  dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[];
  cells: readonly Cell[];
  role?: RespondentRole;
  today: string;
  minCell: number;
}

export interface RegionIndicatorReport extends IndicatorHeader {
  overall: GroupFigure;
  byKind: Record<StructureKind, GroupFigure>;
  bySetting: Record<Setting, GroupFigure>;
}

export interface RegionReport {
  region: string;
  minCell: number;
  horizon: string;
  roles: { role: RespondentRole; indicators: RegionIndicatorReport[] }[];
}

/**
 * @example
 * buildRegionReport({ region: "84", structures, indicators, cells, today: "2026-05-14", minCell: 11 })
 * // → { region: "84", minCell: 11, horizon: "2026-03-31", roles: [{ role: "patient", indicators: [{ id: "hope", overall: {…}, byKind: {…}, bySetting: {…} }] }] }
 */
export function buildRegionReport(input: RegionReportInput): RegionReport {
  const minCell = checkMinCell(input.minCell);
  const released = releaseCells(input.cells, input.today, minCell);
  const roles = input.role ? [input.role] : released.roles;
  return {
    region: input.region,
    minCell,
    horizon: reportHorizon(input.today),
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator) => {
        const eligible = eligibleStructures(released, input.structures, role, indicator.id);
        const statsOf = new Map(eligible.map((e) => [e.structure.id, e.member]));
        const groups = publicGroups(
          input.region,
          eligible.map((e) => e.structure),
        );
        const figure = (group: DecidedGroup) => publicFigure(indicator.kind, group, statsOf);
        return {
          ...indicatorHeader(indicator, input.dimensions),
          overall: figure(groups.overall),
          byKind: mapValues(groups.byKind, figure),
          bySetting: mapValues(groups.bySetting, figure),
        };
      }),
    })),
  };
}

function publicFigure(kind: Indicator["kind"], group: DecidedGroup, statsOf: ReadonlyMap<number, GroupMember>): GroupFigure {
  if (!group.decision.visible) return { suppressed: true, reason: group.decision.reason, minStructures: MIN_PUBLIC_STRUCTURES };
  return groupFigure(
    kind,
    group.members.map((id) => statsOf.get(id)!),
    null,
  );
}

function mapValues<K extends string, V, W>(record: Record<K, V>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries<V>(record).map(([key, value]) => [key, f(value)])) as Record<K, W>;
}
