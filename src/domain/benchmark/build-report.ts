import type { Dimension, Indicator, RespondentRole } from "../questionnaire/types.ts";
import type { Cell } from "./cells.ts";
import { type BenchmarkStructure, type DecidedGroup, readerGroups } from "./comparison-groups.ts";
import { checkMinCell, isEligible, MIN_OTHER_STRUCTURES, suppressedCell, type CellSuppression } from "./disclosure.ts";
import { indicatorHeader, type IndicatorHeader, type IndicatorKind, shownCell, type ShownCell } from "./figures.ts";
import { type GroupFigure, type GroupMember, groupFigure, type ShownGroup } from "./group-figures.ts";
import { type Granularity, reportHorizon } from "./periods.ts";
import { eligibleStructures, type ReleasedData, releaseCells } from "./released-data.ts";
import { buildTrend, type TrendPoint } from "./trend.ts";

/**
 * A structure's benchmark report: for each respondent role (never pooled: patients', peer workers' and
 * professionals' views side by side, each with its own n) and each indicator, the structure's value with its
 * 95 % interval, its comparison groups, its trend, and the date of its data cut-off. Every figure comes from
 * released data (disclosure rule R2) and is shown only as disclosure.ts allows. Pure: the same cells, date
 * and threshold always give the same report, byte for byte.
 */

export interface StructureReportInput {
  structure: BenchmarkStructure;
  /** Every structure the cells may belong to. */
  structures: readonly BenchmarkStructure[];
  indicators: readonly Indicator[];
  /** The questionnaire's dimensions, for indicators taking their direction from their dimension. */
  dimensions?: readonly Pick<Dimension, "id" | "higherIsBetter">[];
  /** Cells of the comparable versions pooled for this report. */
  cells: readonly Cell[];
  /** Report this role only; default every role with released data. */
  role?: RespondentRole;
  granularity: Granularity;
  /** The day the report is made, YYYY-MM-DD. */
  today: string;
  minCell: number;
}

export interface IndicatorReport extends IndicatorHeader {
  structure: ShownCell | CellSuppression;
  groups: { region: GroupFigure; kind: GroupFigure; setting: GroupFigure; national: GroupFigure };
  /** Only when the structure's own cell is suppressed (R7): the groups it may read instead, if shown. */
  rollUp?: { department?: ShownGroup; region?: ShownGroup };
  trend: TrendPoint[];
  /** Last day of the structure's released data for this role and indicator; null when none is released. */
  cutoff: string | null;
}

export interface StructureReport {
  minCell: number;
  granularity: Granularity;
  /** Last day of the last completed quarter: no figure holds a later response. */
  horizon: string;
  roles: { role: RespondentRole; indicators: IndicatorReport[] }[];
}

/**
 * @example
 * buildStructureReport({ structure, structures, indicators, cells, granularity: "year", today: "2026-05-14", minCell: 11 })
 * // → { minCell: 11, granularity: "year", horizon: "2026-03-31", roles: [{ role: "patient", indicators: [{ id: "hope", … }] }] }
 */
export function buildStructureReport(input: StructureReportInput): StructureReport {
  const minCell = checkMinCell(input.minCell);
  const released = releaseCells(input.cells, input.today, minCell);
  const roles = input.role ? [input.role] : released.roles;
  return {
    minCell,
    granularity: input.granularity,
    horizon: reportHorizon(input.today),
    roles: roles.map((role) => ({
      role,
      indicators: input.indicators.map((indicator) => indicatorReport(input, released, role, indicator, minCell)),
    })),
  };
}

function indicatorReport(
  input: StructureReportInput,
  released: ReleasedData,
  role: RespondentRole,
  indicator: Indicator,
  minCell: number,
): IndicatorReport {
  const series = released.series(input.structure.id, role, indicator.id);
  const own = isEligible(series.total, minCell);
  const eligible = eligibleStructures(released, input.structures, role, indicator.id);
  const groups = readerGroups(
    input.structure,
    eligible.map((e) => e.structure),
    !own,
  );
  const statsOf = new Map(eligible.map((e) => [e.structure.id, e.member]));
  const figure = (group: DecidedGroup | undefined): GroupFigure => readerFigure(indicator.kind, group, statsOf, input.structure.id);
  const report: IndicatorReport = {
    ...indicatorHeader(indicator, input.dimensions),
    structure: own ? shownCell(indicator.kind, series.total) : suppressedCell(minCell),
    groups: {
      region: figure(groups.region),
      kind: figure(groups.kind),
      setting: figure(groups.setting),
      national: figure(groups.national),
    },
    trend: buildTrend(series, input.granularity, indicator.kind, minCell),
    cutoff: series.cutoff,
  };
  if (!own) {
    const rollUp: NonNullable<IndicatorReport["rollUp"]> = {};
    const department = figure(groups.department);
    if (!("suppressed" in department)) rollUp.department = department;
    if (!("suppressed" in report.groups.region)) rollUp.region = report.groups.region;
    report.rollUp = rollUp;
  }
  return report;
}

function readerFigure(
  kind: IndicatorKind,
  group: DecidedGroup | undefined,
  statsOf: ReadonlyMap<number, GroupMember>,
  readerId: number,
): GroupFigure {
  if (!group || !group.decision.visible) {
    return {
      suppressed: true,
      reason: group && !group.decision.visible ? group.decision.reason : "too_few_structures",
      minStructures: MIN_OTHER_STRUCTURES,
    };
  }
  return groupFigure(
    kind,
    group.members.map((id) => statsOf.get(id)!),
    readerId,
  );
}
