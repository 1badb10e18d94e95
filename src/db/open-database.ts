import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

/**
 * Opens (creating if needed) and migrates the SQLite database.
 *
 * - WAL lets reports read while responses are written.
 * - `synchronous = FULL` fsyncs the WAL at every commit: a response acknowledged with 201 survives a power
 *   cut. Its cost (one fsync per commit) is paid once per batch by the response writer's group commit.
 * - foreign keys are off by default in SQLite and must be asked for on every connection.
 * - a busy timeout makes a second process (a backup, a migration) wait instead of failing at once.
 * - `secure_delete` overwrites with zeros what a change or a deletion frees — a row's old bytes in its page,
 *   a page put on the free list — so that the file keeps no earlier state of a row: an invitation's flag
 *   before it was used, a response erased with its structure's data. Its cost is the writing of those
 *   zeros, in pages that are written anyway. The write-ahead log keeps no history either: the response
 *   writer truncates it after each of its commits (responses-store.ts, wal-truncation.ts).
 *
 * @example
 * const db = openDatabase(":memory:");
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("secure_delete = ON");
  const db = drizzle(sqlite, { schema, casing: "snake_case" }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}
