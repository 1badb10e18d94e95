import type { Locale } from "../questionnaire/types.ts";
import type { Codebook, CodebookVariable } from "./codebook.ts";

/**
 * SPSS syntax that reads a microdata CSV of one questionnaire version (UTF-8 with BOM, `;`-separated, the
 * codebook's columns in the codebook's order) and sets its variable and value labels.
 */

/** An SPSS string: double quotes, a quote inside doubled. */
const spssString = (text: string) => `"${text.replace(/"/g, '""').replace(/[\r\n]+/g, " ")}"`;

/** SPSS formats: numbers F, free text long strings, categories with text values short strings. */
export function spssFormat(v: CodebookVariable): string {
  if (v.type === "text") return "A2000";
  if (v.type === "number" || v.type === "integer") return "F8.2";
  if (v.values.some((c) => typeof c.value === "string")) return "A64";
  return "F8.0";
}

const spssValue = (value: string | number) => (typeof value === "number" ? String(value) : spssString(value));

/**
 * @example
 * spssSyntax(book, "fr") // → '* Repères — experience-usagers, version 1 ….\nGET DATA /TYPE=TXT …'
 */
export function spssSyntax(book: Codebook, locale: Locale, file = "microdata.csv"): string {
  const labelled = book.variables.filter((v) => v.values.length > 0 && v.type !== "number");
  return [
    `* Repères — ${book.questionnaire}, version ${book.version} (${book.versionHash}).`,
    "* Reads a microdata CSV of this version with its labels: set the file's path below.",
    "GET DATA /TYPE=TXT",
    `  /FILE=${spssString(file)}`,
    "  /ENCODING='UTF8'",
    "  /DELCASE=LINE",
    `  /DELIMITERS=";"`,
    `  /QUALIFIER='"'`,
    "  /ARRANGEMENT=DELIMITED",
    "  /FIRSTCASE=2",
    "  /VARIABLES=",
    ...book.variables.map((v) => `    ${v.name} ${spssFormat(v)}`),
    ".",
    "VARIABLE LABELS",
    book.variables.map((v) => `  ${v.name} ${spssString(v.label[locale])}`).join("\n  /\n"),
    ".",
    ...(labelled.length > 0
      ? [
          "VALUE LABELS",
          labelled
            .map((v) => [`  ${v.name}`, ...v.values.map((c) => `    ${spssValue(c.value)} ${spssString(c.label[locale])}`)].join("\n"))
            .join("\n  /\n"),
          ".",
        ]
      : []),
    "EXECUTE.",
    "",
  ].join("\n");
}
