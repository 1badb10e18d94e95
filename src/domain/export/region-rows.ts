import type { RegionView, PublicGroup } from "../release/views/region-view.ts";
import { SETTINGS, STRUCTURE_KINDS } from "../structures.ts";
import type { CsvValue } from "./csv.ts";

/**
 * A region's open figures as tidy rows (one observation a row, one variable a column: Wickham, "Tidy Data",
 * J Stat Softw 2014;59(10)), copied field by field from the region's public report as served, which reads the
 * release ledger. Suppressed groups are rows too, with their reason and no figure, so that a gap reads as
 * suppressed rather than as missing.
 */

/** Each column with its Table Schema type and what it holds: the CSV's header and its data package's schema. */
export const REGION_FIELDS = [
  { name: "region", type: "string", title: "INSEE region code" },
  { name: "questionnaire", type: "string", title: "Questionnaire (slug)" },
  { name: "role", type: "string", title: "Respondent role" },
  { name: "indicator", type: "string", title: "Indicator id" },
  { name: "label_fr", type: "string", title: "Indicator (French)" },
  { name: "label_en", type: "string", title: "Indicator (English)" },
  { name: "kind", type: "string", title: "score (mean, 0–100) or proportion (%)", enum: ["score", "proportion"] },
  { name: "higher_is_better", type: "boolean", title: "Whether a higher value is the better one" },
  { name: "group_type", type: "string", title: "region, kind of structure, or setting", enum: ["region", "kind", "setting"] },
  { name: "group", type: "string", title: "The group within its type (all, gem, urban…)" },
  { name: "structures", type: "integer", title: "Structures in the group" },
  { name: "respondents", type: "integer", title: "Respondents in the group" },
  { name: "value", type: "number", title: "Value, one decimal" },
  { name: "ci_low", type: "number", title: "95 % interval, lower bound" },
  { name: "ci_high", type: "number", title: "95 % interval, upper bound" },
  { name: "median", type: "number", title: "Median of the structures' values" },
  { name: "p25", type: "number", title: "First quartile of the structures' values" },
  { name: "p75", type: "number", title: "Third quartile of the structures' values" },
  { name: "p10", type: "number", title: "10th percentile of the structures' values" },
  { name: "p90", type: "number", title: "90th percentile of the structures' values" },
  { name: "suppressed", type: "boolean", title: "Held back by disclosure control" },
  { name: "reason", type: "string", title: "Why it was held back" },
  { name: "min_structures", type: "integer", title: "Structures needed for the group to be shown" },
  { name: "cutoff", type: "date", title: "Last day of the data" },
  { name: "method", type: "string", title: "Method version" },
  { name: "threshold", type: "integer", title: "Respondents needed for any figure (MIN_CELL)" },
] as const;

export type RegionColumn = (typeof REGION_FIELDS)[number]["name"];
export type RegionRow = Partial<Record<RegionColumn, CsvValue>>;

export interface RegionReportForExport extends RegionView {
  questionnaire: { slug: string };
  method: string;
  threshold: number;
}

/**
 * @example
 * regionRows(report)[0]
 * // → { region: "84", role: "patient", indicator: "hope_recovery_score", group_type: "region", group: "all", structures: 5, … }
 */
export function regionRows(report: RegionReportForExport): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const { role, indicators } of report.roles)
    for (const indicator of indicators) {
      const head: RegionRow = {
        region: report.region,
        questionnaire: report.questionnaire.slug,
        role,
        indicator: indicator.id,
        label_fr: indicator.label.fr,
        label_en: indicator.label.en,
        kind: indicator.kind,
        higher_is_better: indicator.higherIsBetter,
        method: report.method,
        threshold: report.threshold,
      };
      rows.push({ ...head, group_type: "region", group: "all", ...groupFields(indicator.overall, report.horizon) });
      for (const k of STRUCTURE_KINDS)
        rows.push({ ...head, group_type: "kind", group: k, ...groupFields(indicator.byKind[k], report.horizon) });
      for (const s of SETTINGS)
        rows.push({ ...head, group_type: "setting", group: s, ...groupFields(indicator.bySetting[s], report.horizon) });
    }
  return rows;
}

export function regionRowValues(rows: readonly RegionRow[]): CsvValue[][] {
  return rows.map((row) => REGION_FIELDS.map((f) => row[f.name]));
}

function groupFields(group: PublicGroup, horizon: string): RegionRow {
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
    suppressed: false,
    cutoff: group.cutoff ?? horizon,
  };
}
