import type { ShownCell } from "../benchmark/figures.ts";
import type { TrendPoint } from "../benchmark/trend.ts";
import type { RespondentRole } from "../questionnaire/types.ts";
import type { IndicatorView, ReaderGroup, StructureView } from "../release/views/structure-view.ts";
import type { OwnSuppression } from "../release/build-release.ts";
import type { CsvValue } from "./csv.ts";

/**
 * A structure's report as tidy rows, one figure a row: the structure's own figure, each of its trend periods,
 * and each comparison group. Every row is copied from the report as served, field by field, so an export
 * shows exactly what the report shows and nothing more (the report itself reads the release ledger).
 */

export const STRUCTURE_COLUMNS = [
  "role",
  "indicator",
  "label_fr",
  "label_en",
  "kind",
  "higher_is_better",
  "group",
  "period",
  "structures",
  "respondents",
  "value",
  "ci_low",
  "ci_high",
  "median",
  "p25",
  "p75",
  "p10",
  "p90",
  "percentile",
  "above",
  "below",
  "suppressed",
  "reason",
  "n_below",
  "min_structures",
  "cutoff",
  "method",
  "threshold",
] as const;

export type StructureColumn = (typeof STRUCTURE_COLUMNS)[number];
export type ExportRow = Partial<Record<StructureColumn, CsvValue>>;

/** The groups of a structure's report, in the order the dashboard shows them. */
export const REPORT_GROUPS = ["structure", "region", "kind", "setting", "national"] as const;

export interface StructureReportForExport {
  method: string;
  threshold: number;
  horizon: string;
  roles: StructureView["roles"];
}

/**
 * @example
 * structureRows(report)[0]
 * // → { role: "patient", indicator: "hope_recovery_score", group: "structure", period: "all", respondents: 24, value: 71.2, … }
 */
export function structureRows(report: StructureReportForExport): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const { role, indicators } of report.roles)
    for (const indicator of indicators) {
      const head = headOf(role, indicator, report);
      rows.push({
        ...head,
        group: "structure",
        period: "all",
        ...ownFields(indicator.structure),
        cutoff: indicator.cutoff ?? report.horizon,
      });
      for (const point of indicator.trend) rows.push({ ...head, group: "structure", ...trendFields(point), cutoff: indicator.cutoff });
      for (const group of REPORT_GROUPS.slice(1) as readonly Exclude<(typeof REPORT_GROUPS)[number], "structure">[])
        rows.push({ ...head, group, period: "all", ...groupFields(indicator.groups[group], report.horizon) });
    }
  return rows;
}

/** Rows as the columns' values, in column order. */
export function rowValues(rows: readonly ExportRow[]): CsvValue[][] {
  return rows.map((row) => STRUCTURE_COLUMNS.map((column) => row[column]));
}

function headOf(role: RespondentRole, indicator: IndicatorView, report: StructureReportForExport): ExportRow {
  return {
    role,
    indicator: indicator.id,
    label_fr: indicator.label.fr,
    label_en: indicator.label.en,
    kind: indicator.kind,
    higher_is_better: indicator.higherIsBetter,
    method: report.method,
    threshold: report.threshold,
  };
}

function ownFields(figure: ShownCell | OwnSuppression): ExportRow {
  if ("suppressed" in figure) return { suppressed: true, reason: figure.reason, n_below: "nBelow" in figure ? figure.nBelow : undefined };
  return { respondents: figure.n, value: figure.value, ci_low: figure.ci[0], ci_high: figure.ci[1], suppressed: false };
}

function trendFields(point: TrendPoint): ExportRow {
  if ("suppressed" in point) return { period: point.period, suppressed: true, reason: point.reason };
  return { period: point.period, respondents: point.n, value: point.value, ci_low: point.ci[0], ci_high: point.ci[1], suppressed: false };
}

function groupFields(group: ReaderGroup, horizon: string): ExportRow {
  if ("suppressed" in group) return { suppressed: true, reason: group.reason, min_structures: group.minStructures, cutoff: horizon };
  return {
    structures: group.structures,
    respondents: group.respondents,
    value: group.value,
    ci_low: group.ci[0],
    ci_high: group.ci[1],
    median: group.median,
    p25: group.p25,
    p75: group.p75,
    p10: group.p10,
    p90: group.p90,
    percentile: group.percentile,
    above: group.above,
    below: group.below,
    suppressed: false,
    cutoff: group.cutoff ?? horizon,
  };
}
