/**
 * CSV as spreadsheets read it. French spreadsheet software (Excel with a French locale, LibreOffice) expects
 * `;` between fields, since `,` is the decimal mark, and opens UTF-8 correctly only after a byte-order mark;
 * the `,` variant is for tools that follow RFC 4180 to the letter (R's read.csv, pandas, open-data portals).
 * Numbers are written with a `.` decimal point in both, so that no reader has to guess a locale.
 */

export const CSV_SEPARATORS = { semicolon: ";", comma: "," } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field, quoted when it holds the separator, a quote or a line break (RFC 4180 §2.6–2.7). A field that a
 * spreadsheet would run as a formula (starting with =, +, - or @ and not a number) is prefixed with `'`
 * (OWASP, CSV injection), since free text and labels reach these files.
 * @example
 * csvField('a;b', ";") // → '"a;b"'
 */
export function csvField(value: CsvValue, separator: string): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? numberText(value) : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

/**
 * A whole file: BOM, header, rows, CRLF line ends (RFC 4180 §2.1).
 * @example
 * toCsv(["a", "b"], [[1, "x"]], "semicolon") // → "\uFEFFa;b\r\n1;x\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], separator: CsvSeparator): string {
  const sep = CSV_SEPARATORS[separator];
  const line = (fields: readonly CsvValue[]) => fields.map((f) => csvField(f, sep)).join(sep);
  return BOM + [header, ...rows].map(line).join("\r\n") + "\r\n";
}

/**
 * Reads back what toCsv writes (and any RFC 4180 text): the header and the rows as strings.
 * @example
 * parseCsv("\uFEFFa;b\r\n1;\"x;y\"\r\n", ";") // → { header: ["a", "b"], rows: [["1", "x;y"]] }
 */
export function parseCsv(text: string, separator: string): { header: string[]; rows: string[][] } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records;
  return { header, rows };
}
