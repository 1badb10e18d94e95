import type Database from "better-sqlite3";

/**
 * How long a write waits for the WAL to be emptied before it is refused: long enough for a backup's read
 * of the database to end, short enough for a respondent's request not to time out first.
 */
export const STORAGE_WAIT_MS = 30_000;

/**
 * Copies every commit of the write-ahead log into the main file and truncates the log to zero bytes, so
 * that the log keeps no history: an un-truncated WAL holds every commit since the last checkpoint, page by
 * page, in the order they were made — enough to replay them one by one. Never waits: another process's read
 * transaction (a backup reading a snapshot) keeps the log from being emptied, and waiting for it here would
 * stall the event loop; callers retry on a timer instead (`retryUntil`).
 * @returns whether the log is now empty (always true for an in-memory database, which has no log)
 */
export function truncateWal(sqlite: Database.Database): boolean {
  const timeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    const [result] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
    // log is -1 outside WAL mode; 0 once truncated.
    return result !== undefined && result.busy === 0 && result.log <= 0;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Runs `attempt` until it returns true, on a backing-off timer (5 → 100 ms) that never blocks the event loop,
 * and never while a transaction is open on the connection (another writer's, see transaction-gate.ts: a
 * checkpoint or a write there would join it). Resolves false once `deadline` (epoch ms) has passed.
 */
export async function retryUntil(sqlite: Database.Database, attempt: () => boolean, deadline: number): Promise<boolean> {
  let wait = 0;
  for (;;) {
    if (!sqlite.inTransaction && attempt()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(Math.max(wait * 2, 5), 100);
  }
}
