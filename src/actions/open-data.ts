import type { UserRecord } from "../domain/accounts.ts";
import { toCsv, type CsvSeparator } from "../domain/export/csv.ts";
import { dataPackage, OPEN_LICENCE } from "../domain/export/datapackage.ts";
import { REGION_FIELDS, regionRows, regionRowValues } from "../domain/export/region-rows.ts";
import { regionName } from "../domain/territory.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import { CSV_TYPE, fileSlug, type ExportFile } from "./exports.ts";
import { readRegionReport } from "./reports.ts";

/**
 * The observatory's open data: a region's public figures — the very figures of its public report, read from
 * the release ledger — as tidy rows, in CSV or JSON, with a Frictionless data package describing them. No
 * sign-in; each export is audited (who, if signed in; what; when).
 */

type OpenDataContext = Pick<ActionContext, "store" | "config" | "clock" | "reportPools">;
type OpenDataQuery = { questionnaire: string; role?: RespondentRole | undefined };

async function audited(ctx: OpenDataContext, user: UserRecord | undefined, region: string, details: Record<string, string>) {
  const entry = { userId: user?.id ?? null, action: "open_data.export", targetType: "region", targetId: region, region };
  await ctx.store.audit.record({ ...entry, details }, ctx.clock());
}

export async function openDataRows(ctx: OpenDataContext, user: UserRecord | undefined, region: string, query: OpenDataQuery) {
  const report = await readRegionReport(ctx, region, query);
  await audited(ctx, user, region, { questionnaire: query.questionnaire, format: "json" });
  return {
    region: { code: region, name: regionName(region) },
    questionnaire: report.questionnaire,
    versions: report.versions,
    release: report.release,
    method: report.method,
    threshold: report.threshold,
    cutoff: report.horizon,
    licence: OPEN_LICENCE,
    rows: regionRows(report),
  };
}

export async function openDataCsv(
  ctx: OpenDataContext,
  user: UserRecord | undefined,
  region: string,
  query: OpenDataQuery & { separator: CsvSeparator },
): Promise<ExportFile> {
  const report = await readRegionReport(ctx, region, query);
  await audited(ctx, user, region, { questionnaire: query.questionnaire, format: "csv" });
  return {
    body: toCsv(
      REGION_FIELDS.map((f) => f.name),
      regionRowValues(regionRows(report)),
      query.separator,
    ),
    contentType: CSV_TYPE,
    filename: `reperes-${fileSlug(report.questionnaire.slug)}-region-${region}-${report.horizon}.csv`,
  };
}

/** The data package of a region's figures; `csvUrl` is where this server serves its `,`-separated CSV. */
export async function openDataPackage(ctx: OpenDataContext, region: string, query: OpenDataQuery, csvUrl: string) {
  const report = await readRegionReport(ctx, region, query);
  return dataPackage({
    region,
    regionName: regionName(region) ?? region,
    questionnaire: report.questionnaire.slug,
    title: report.questionnaire.title.fr,
    method: report.method,
    cutoff: report.horizon,
    threshold: report.threshold,
    csvUrl,
  });
}
