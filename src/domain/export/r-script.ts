import type { Locale } from "../questionnaire/types.ts";
import type { Codebook, CodebookVariable } from "./codebook.ts";

/**
 * An R script that loads a microdata CSV of one questionnaire version (UTF-8 with BOM, `;`-separated, the
 * codebook's columns) with its labels: each categorical column becomes a factor with its value labels, every
 * column carries its question's wording in the `label` attribute (the convention of Hmisc, haven and labelled).
 * Base R only, so that it runs wherever R does.
 */

/** An R string literal: JSON's escapes (\", \\, \n, \uXXXX) are R's too. */
const rString = (text: string) => JSON.stringify(text);

/**
 * @example
 * rScript(book, "fr") // → '# Repères — experience-usagers, version 1 …\ndata <- utils::read.csv(…)…'
 */
export function rScript(book: Codebook, locale: Locale): string {
  const lines = [
    `# Repères — ${book.questionnaire}, version ${book.version} (${book.versionHash})`,
    "# Loads a microdata CSV of this version with its labels. Set reperes_csv to the file's path first, e.g.",
    `#   reperes_csv <- "microdata.csv"; source("this-script.R")`,
    `if (!exists("reperes_csv")) reperes_csv <- file.choose()`,
    `if (!exists("reperes_sep")) reperes_sep <- ";"`,
    `data <- utils::read.csv(reperes_csv, sep = reperes_sep, fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE, stringsAsFactors = FALSE)`,
    "",
  ];
  for (const v of book.variables) {
    const col = `data[[${rString(v.name)}]]`;
    lines.push(`if (!is.null(${col})) {`);
    if (v.values.length > 0 && v.type !== "number") lines.push(`  ${col} <- ${factor(col, v, locale)}`);
    lines.push(`  attr(${col}, "label") <- ${rString(v.label[locale])}`);
    lines.push("}");
  }
  lines.push("");
  return lines.join("\n");
}

function factor(col: string, v: CodebookVariable, locale: Locale): string {
  const levels = v.values.map((c) => (typeof c.value === "number" ? String(c.value) : rString(c.value))).join(", ");
  const labels = v.values.map((c) => rString(c.label[locale])).join(", ");
  return `factor(${col}, levels = c(${levels}), labels = c(${labels}))`;
}
