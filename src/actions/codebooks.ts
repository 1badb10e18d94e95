import { codebook, CODEBOOK_EXTRA_COLUMNS, REDCAP_COLUMNS, redcapRows } from "../domain/export/codebook.ts";
import { toCsv, type CsvSeparator } from "../domain/export/csv.ts";
import { rScript } from "../domain/export/r-script.ts";
import { spssSyntax } from "../domain/export/spss-syntax.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { Locale } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import type { UserRecord } from "../domain/accounts.ts";
import { CSV_TYPE, fileSlug, type ExportFile } from "./exports.ts";

/**
 * The codebook of a questionnaire version, public like the questionnaire itself (it holds no response): as
 * JSON, as a REDCap data dictionary (CSV), or as an R script or SPSS syntax that load a microdata CSV of the
 * version with its labels. Each download is audited like every export: who (if signed in), what, when.
 */

type CodebookContext = Pick<ActionContext, "store" | "clock">;

async function audited(ctx: CodebookContext, user: UserRecord | undefined, slug: string, version: number, format: string) {
  const entry = { userId: user?.id ?? null, action: "codebook.export", targetType: "questionnaire", targetId: slug };
  await ctx.store.audit.record({ ...entry, details: { version, format } }, ctx.clock());
}

/** The codebook as JSON, audited. */
export async function codebookRead(ctx: CodebookContext, user: UserRecord | undefined, slug: string, version: number) {
  const book = await codebookOf(ctx, slug, version);
  await audited(ctx, user, slug, version, "json");
  return book;
}

export async function codebookOf({ store }: Pick<ActionContext, "store">, slug: string, version: number) {
  const record = await store.questionnaires.getVersion(slug, version);
  if (!record) throw new DomainError("version_not_found");
  return codebook(record);
}

export async function codebookFile(
  ctx: CodebookContext,
  user: UserRecord | undefined,
  slug: string,
  version: number,
  query: { format: "csv" | "r" | "sps"; separator: CsvSeparator; lang: Locale },
): Promise<ExportFile> {
  const book = await codebookOf(ctx, slug, version);
  await audited(ctx, user, slug, version, query.format);
  const name = `reperes-${fileSlug(slug)}-v${version}`;
  switch (query.format) {
    case "csv":
      return {
        body: toCsv([...REDCAP_COLUMNS, ...CODEBOOK_EXTRA_COLUMNS], redcapRows(book), query.separator),
        contentType: CSV_TYPE,
        filename: `${name}-codebook.csv`,
      };
    case "r":
      return { body: rScript(book, query.lang), contentType: "text/plain; charset=utf-8", filename: `${name}.R` };
    case "sps":
      return {
        body: spssSyntax(book, query.lang, `${name}-microdata.csv`),
        contentType: "text/plain; charset=utf-8",
        filename: `${name}.sps`,
      };
  }
}
