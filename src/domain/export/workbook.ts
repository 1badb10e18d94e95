import ExcelJS from "exceljs";
import type { CsvValue } from "./csv.ts";

/**
 * Spreadsheets (.xlsx) with exceljs: maintained on npm under the MIT licence, writes and reads Office Open XML
 * without native code. (SheetJS's community build is no longer published on npm: its npm package is frozen at
 * a version with known advisories.)
 */

export interface Sheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
}

/**
 * @example
 * await workbook([{ name: "patient", header: ["a"], rows: [[1]] }]) // → Uint8Array (PK…)
 */
export async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Repères";
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheetName(sheet.name));
    ws.addRow([...sheet.header]).font = { bold: true };
    // Formula-looking text stays text: exceljs writes strings as strings, never as formulas.
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === undefined ? null : v)));
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
