/**
 * SQLite's result codes for a storage that cannot take a write right now — the disk is full, the file or
 * its directory became read-only, the device failed — as opposed to a mistake in the request or the code.
 * The write was refused whole (its transaction rolled back), so the client may send it again once space or
 * write access is back; nothing needs repairing. Extended codes (`SQLITE_IOERR_WRITE`, `SQLITE_READONLY_DBMOVED`…)
 * share their primary code's prefix.
 * @see https://www.sqlite.org/rescode.html
 */
const STORAGE_FAULT_CODES = ["SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN"];

/**
 * The SQLite code of `error` (or of an error it wraps, as the query builder's do) when it is the storage
 * refusing a write, `undefined` otherwise.
 * @example
 * storageFault(error); // "SQLITE_FULL"
 */
export function storageFault(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && STORAGE_FAULT_CODES.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return code;
  }
  return undefined;
}
