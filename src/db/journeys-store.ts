import { eq, lt } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import { journeys } from "./schema.ts";
import { retryUntil, STORAGE_WAIT_MS, truncateWal } from "./wal-truncation.ts";

/**
 * Respondents' encrypted histories, by look-up key. Each write is a commit of its own, made once the
 * write-ahead log is empty and followed by emptying it again — as the response writer does — so that the log
 * never holds a history's write next to a response's: their order on disk says nothing of who wrote both.
 * Never part of a transaction with anything else (store.ts keeps it out of `TransactionStore`).
 */
export interface JourneysStore {
  /** Stores or replaces; first deletes every history not stored since before `expiredBefore` (YYYY-MM-DD). */
  put(lookupKey: string, sealed: Uint8Array, day: string, expiredBefore: string): Promise<boolean>;
  get(lookupKey: string): Promise<Uint8Array | undefined>;
  delete(lookupKey: string): Promise<boolean>;
}

export function createJourneysStore(db: Db, storageWaitMs: number = STORAGE_WAIT_MS): JourneysStore {
  const sqlite = db.$client;
  /** A commit made on an empty log, the log emptied after it; false if the log could not be emptied in time. */
  const alone = async (write: () => void) => {
    const deadline = Date.now() + storageWaitMs;
    if (!(await retryUntil(sqlite, () => truncateWal(sqlite) && (write(), true), deadline))) return false;
    await retryUntil(sqlite, () => truncateWal(sqlite), deadline);
    return true;
  };
  return {
    put(lookupKey, sealed, day, expiredBefore) {
      return alone(() =>
        db.transaction((tx) => {
          tx.delete(journeys).where(lt(journeys.storedOn, expiredBefore)).run();
          tx.insert(journeys)
            .values({ lookupKey, sealed: Buffer.from(sealed), storedOn: day })
            .onConflictDoUpdate({ target: journeys.lookupKey, set: { sealed: Buffer.from(sealed), storedOn: day } })
            .run();
        }),
      );
    },
    async get(lookupKey) {
      const row = db.select({ sealed: journeys.sealed }).from(journeys).where(eq(journeys.lookupKey, lookupKey)).get();
      return row ? new Uint8Array(row.sealed) : undefined;
    },
    delete(lookupKey) {
      return alone(() => db.delete(journeys).where(eq(journeys.lookupKey, lookupKey)).run());
    },
  };
}
