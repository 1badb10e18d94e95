import type { UserRecord } from "../domain/accounts.ts";
import type { Granularity } from "../domain/benchmark/periods.ts";
import { toCsv, type CsvSeparator } from "../domain/export/csv.ts";
import { rowValues, STRUCTURE_COLUMNS, structureRows } from "../domain/export/structure-rows.ts";
import { workbook, XLSX_TYPE } from "../domain/export/workbook.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import { readableStructure } from "./report-readings.ts";
import { readStructureReport } from "./reports.ts";
import { readStructureComments } from "./structure-comments.ts";
import { COMMENT_COLUMNS, commentRows } from "../domain/export/comment-rows.ts";

/**
 * Files taken out of Repères. Each is built from the very figures a report serves (read from the release
 * ledger), under the report's rights, and each is audited: who, what, when — never the content.
 */

type ExportContext = Pick<ActionContext, "store" | "config" | "clock" | "reportPools" | "versions">;

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

export const CSV_TYPE = "text/csv; charset=utf-8";

/** A file name safe in every browser and file system: ASCII letters, digits, - and _. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "export"
  );
}

/** A structure's released figures, one row a figure, as CSV or as a workbook with one sheet per respondent role. */
export async function exportStructureReport(
  ctx: ExportContext,
  user: UserRecord,
  id: number,
  query: {
    questionnaire: string;
    role?: RespondentRole | undefined;
    period: Granularity;
    format: "csv" | "xlsx";
    separator: CsvSeparator;
    part?: "figures" | "comments" | undefined;
  },
): Promise<ExportFile> {
  const structure = await readableStructure(ctx, user, id);
  const part = query.part ?? "figures";
  const report = await readStructureReport(ctx, structure, query);
  const rows = structureRows(report);
  const name = `reperes-${fileSlug(report.questionnaire.slug)}-structure-${structure.id}-${report.horizon}`;
  let file: ExportFile;
  const comments = part === "comments" || query.format === "xlsx" ? (await readStructureComments(ctx, structure, query)).questions : [];
  if (query.format === "csv" && part === "comments") {
    const body = toCsv(COMMENT_COLUMNS, commentRows(comments), query.separator);
    file = { body, contentType: CSV_TYPE, filename: `${name}-comments.csv` };
  } else if (query.format === "csv") {
    file = { body: toCsv(STRUCTURE_COLUMNS, rowValues(rows), query.separator), contentType: CSV_TYPE, filename: `${name}.csv` };
  } else {
    const about = {
      name: "about",
      header: ["field", "value"],
      rows: [
        ["structure", structure.name],
        ["questionnaire", report.questionnaire.slug],
        ["versions", report.versions.map((v) => `${v.questionnaire} v${v.version}`).join(", ")],
        ["method", report.method],
        ["threshold", report.threshold],
        ["cutoff", report.horizon],
        ["release", report.release?.quarter ?? null],
      ],
    };
    const sheets = report.roles.map(({ role }) => ({
      name: role,
      header: STRUCTURE_COLUMNS,
      rows: rowValues(rows.filter((r) => r.role === role)),
    }));
    const commentSheet = { name: "comments", header: COMMENT_COLUMNS, rows: commentRows(comments) };
    file = { body: await workbook([...sheets, commentSheet, about]), contentType: XLSX_TYPE, filename: `${name}.xlsx` };
  }
  const entry = { userId: user.id, action: "report.export", targetType: "structure", targetId: structure.id, region: structure.region };
  await ctx.store.audit.record({ ...entry, details: { questionnaire: query.questionnaire, format: query.format, part } }, ctx.clock());
  return file;
}
