import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { checkDatabase, countRows, MAIN_TABLES, type TableCounts } from "./database-check.ts";

export interface BackupSummary {
  file: string;
  bytes: number;
  /** Rows of the main tables in the copy, equal to the live database's at the moment of the copy. */
  counts: TableCounts;
  /** How long the live database was held in one read (its truncating checkpoints wait meanwhile). */
  readMs: number;
}

export class BackupError extends Error {
  override name = "BackupError";
}

/** Pages copied per step of the online copy (16 MB at 4 KiB pages): other work on this process runs between steps. */
const PAGES_PER_STEP = 4096;

/**
 * An online, consistent copy of the live database into `target`, while the server keeps writing.
 *
 * 1. One short read of the live file, from a connection of our own: the main tables are counted and the pages
 *    copied (SQLite's backup API) in the same read transaction, so the counts are those of the copy's moment.
 *    Writers go on meanwhile (WAL); only the server's truncating checkpoints wait for this read to end.
 * 2. Then, away from the live file, the copy is turned into one self-contained file (rollback journal, no
 *    WAL) and vacuumed: no free page, nothing that the live database no longer holds.
 * 3. The copy is checked — SQLite's integrity check, every response whole with its scores, report counters
 *    equal to a recount, the same row counts as the live database at its moment — and only then named
 *    `target`. A failed backup leaves no file behind.
 * @example
 * const summary = await takeBackup("./data/reperes.db", "/backups/reperes-2026-06-15.db");
 */
export async function takeBackup(databasePath: string, target: string): Promise<BackupSummary> {
  if (!existsSync(databasePath)) throw new BackupError(`no database at ${databasePath}`);
  if (existsSync(target)) throw new BackupError(`${target} exists already: a backup never replaces another one`);
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    const source = new Database(databasePath, { fileMustExist: true });
    let live: TableCounts;
    const started = performance.now();
    try {
      source.pragma("query_only = ON");
      source.pragma("busy_timeout = 5000");
      source.exec("BEGIN");
      live = countRows(source);
      await source.backup(partial, { progress: () => PAGES_PER_STEP });
      source.exec("COMMIT");
    } finally {
      source.close();
    }
    const readMs = performance.now() - started;

    const copy = new Database(partial);
    let check;
    try {
      copy.pragma("journal_mode = DELETE");
      copy.exec("VACUUM");
      check = checkDatabase(copy);
    } finally {
      copy.close();
    }
    const failures = [
      ...(check.integrity.length === 1 && check.integrity[0] === "ok" ? [] : check.integrity.map((line) => `integrity: ${line}`)),
      ...check.problems,
      ...MAIN_TABLES.filter((table) => check.counts[table] !== live[table]).map(
        (table) => `${table}: ${check.counts[table]} rows in the copy, ${live[table]} in the live database at its moment`,
      ),
    ];
    if (failures.length > 0) throw new BackupError(`the copy failed its check:\n  ${failures.join("\n  ")}`);
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, counts: check.counts, readMs };
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
}
