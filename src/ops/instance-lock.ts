import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The file beside the database that says which process serves it: `<database>.pid`. */
export const lockPath = (databasePath: string) => `${databasePath}.pid`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The process serving `databasePath`, if one is running: its pid file names a live process other than this
 * one. A pid file left by a killed server (or by a container's previous life, where the server was pid 1 as
 * it may be now) is stale and says nothing.
 */
export function runningInstance(databasePath: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(lockPath(databasePath), "utf8").trim());
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

export class InstanceRunningError extends Error {
  override name = "InstanceRunningError";
  constructor(
    databasePath: string,
    readonly pid: number,
  ) {
    super(`a Repères server (pid ${pid}) is using ${databasePath}: stop it first`);
  }
}

/**
 * Marks `databasePath` as served by this process until `release()`: a second server refuses to start on it,
 * and a restore refuses to replace it. An in-memory database needs no mark.
 * @example
 * const lock = acquireInstanceLock(config.databasePath);
 * // … serve …
 * lock.release();
 */
export function acquireInstanceLock(databasePath: string): { release(): void } {
  if (databasePath === ":memory:") return { release() {} };
  const other = runningInstance(databasePath);
  if (other !== undefined) throw new InstanceRunningError(databasePath, other);
  mkdirSync(dirname(resolve(databasePath)), { recursive: true });
  writeFileSync(lockPath(databasePath), `${process.pid}\n`);
  return {
    release() {
      if (runningInstance(databasePath) === undefined) rmSync(lockPath(databasePath), { force: true });
    },
  };
}
