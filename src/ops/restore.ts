import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { checkDatabase, type TableCounts } from "./database-check.ts";
import { InstanceRunningError, runningInstance } from "./instance-lock.ts";

export interface RestoreSummary {
  /** Where the database it replaced now lies (with its -wal and -shm, if it had them); none for a first install. */
  keptAside: string[];
  counts: TableCounts;
}

export class RestoreError extends Error {
  override name = "RestoreError";
}

/**
 * Checks a backup and installs it as the database of a stopped instance. Refused while a server serves
 * `databasePath` (its pid file, instance-lock.ts). The database it replaces is kept aside, renamed
 * `<database>.before-restore-<time>` together with its WAL, so that nothing committed is lost if the wrong
 * backup was chosen. The next start migrates a backup taken by an older version.
 * @example
 * restoreBackup("/backups/reperes-2026-06-15.db", "./data/reperes.db", new Date());
 */
export function restoreBackup(backupFile: string, databasePath: string, now: Date): RestoreSummary {
  const pid = runningInstance(databasePath);
  if (pid !== undefined) throw new InstanceRunningError(databasePath, pid);
  if (!existsSync(backupFile)) throw new RestoreError(`no backup at ${backupFile}`);

  const staging = `${databasePath}.restoring`;
  rmSync(staging, { force: true });
  // The check runs on the staged copy, so that what is installed is exactly what was checked.
  copyFileSync(backupFile, staging);
  let counts: TableCounts;
  try {
    const copy = new Database(staging, { fileMustExist: true });
    try {
      const check = (() => {
        try {
          return checkDatabase(copy);
        } catch (error) {
          throw new RestoreError(`${backupFile} is not a Repères backup (${error instanceof Error ? error.message : String(error)})`);
        }
      })();
      const integrityOk = check.integrity.length === 1 && check.integrity[0] === "ok";
      if (!integrityOk || check.problems.length > 0) {
        throw new RestoreError(`${backupFile} failed its check:\n  ${[...check.integrity, ...check.problems].join("\n  ")}`);
      }
      counts = check.counts;
    } finally {
      copy.close();
    }
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }

  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const keptAside: string[] = [];
  for (const suffix of ["", "-wal", "-shm"]) {
    if (!existsSync(databasePath + suffix)) continue;
    const aside = `${databasePath}.before-restore-${stamp}${suffix}`;
    renameSync(databasePath + suffix, aside);
    keptAside.push(aside);
  }
  renameSync(staging, databasePath);
  return { keptAside, counts };
}
