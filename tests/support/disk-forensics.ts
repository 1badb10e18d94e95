import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

/**
 * What someone who copies a database's files can read from them: the tools of the storage attacks
 * (tests/storage). A copy is the main file with its `-wal`, `-shm` and `-journal`, as they lie on disk.
 */
export interface DiskCopy {
  label: string;
  db: Buffer;
  wal: Buffer;
  files: string[];
}

/** Copies the files of the database at `path` as they are now (the app is between two turns of its loop). */
export function copyDatabaseFiles(path: string, label: string): DiskCopy {
  const read = (suffix: string) => (existsSync(path + suffix) ? readFileSync(path + suffix) : undefined);
  const files = ["", "-wal", "-shm", "-journal"].filter((suffix) => existsSync(path + suffix)).map((suffix) => `db${suffix}`);
  return { label, db: read("") ?? Buffer.alloc(0), wal: read("-wal") ?? Buffer.alloc(0), files };
}

export interface WalCommit {
  /** Byte range of the commit's frames in the WAL file. */
  start: number;
  end: number;
  frames: { page: number; data: Buffer }[];
  /** Database size in pages after the commit (the commit frame's field). */
  pages: number;
}

/**
 * The commits of a WAL file, in file order, as SQLite's format lays them out: a 32-byte header (page size at
 * byte 8), then frames of a 24-byte header (page number, then "database size after commit", non-zero only
 * on a transaction's last frame) and one page. Every frame is read, stale ones included: the attacker does.
 */
export function walCommits(wal: Buffer): WalCommit[] {
  if (wal.length < 32) return [];
  const rawSize = wal.readUInt32BE(8);
  const pageSize = rawSize === 1 ? 65536 : rawSize;
  const frameSize = 24 + pageSize;
  const commits: WalCommit[] = [];
  let frames: WalCommit["frames"] = [];
  let start = 32;
  for (let offset = 32; offset + frameSize <= wal.length; offset += frameSize) {
    const page = wal.readUInt32BE(offset);
    const size = wal.readUInt32BE(offset + 4);
    frames.push({ page, data: wal.subarray(offset + 24, offset + frameSize) });
    if (size !== 0) {
      commits.push({ start, end: offset + frameSize, frames, pages: size });
      frames = [];
      start = offset + frameSize;
    }
  }
  return commits;
}

/** What a database state shows of invitations and responses. */
export interface StateView {
  usedTokens: Set<string>;
  responses: Map<string, { answers: string; submittedOn: string }>;
}

export interface CommitChange {
  /** Token hashes flagged used by this commit. */
  tokensUsed: string[];
  /** Responses this commit added. */
  responsesAdded: string[];
}

/**
 * Replays a copy commit by commit: the main file, then each commit of its WAL applied on top, and what each
 * commit changed among used tokens and stored responses.
 */
export function replay(copy: DiskCopy): { base: StateView; commits: CommitChange[] } {
  const scratch = mkdtempSync(join(tmpdir(), "reperes-replay-"));
  try {
    let image = Buffer.from(copy.db);
    let previous = view(image, scratch);
    const base = previous;
    const changes: CommitChange[] = [];
    for (const commit of walCommits(copy.wal)) {
      const pageSize = commit.frames[0]!.data.length;
      const size = commit.pages * pageSize;
      if (image.length < size) image = Buffer.concat([image, Buffer.alloc(size - image.length)]);
      for (const frame of commit.frames) frame.data.copy(image, (frame.page - 1) * pageSize);
      image = image.subarray(0, size);
      const next = view(image, scratch);
      changes.push({
        tokensUsed: [...next.usedTokens].filter((t) => !previous.usedTokens.has(t)),
        responsesAdded: [...next.responses.keys()].filter((id) => !previous.responses.has(id)),
      });
      previous = next;
    }
    return { base, commits: changes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

let imageCount = 0;

/** Opens a database image (as a legacy-journal file, so that no WAL of its own is looked for) and reads it. */
function view(image: Buffer, scratch: string): StateView {
  const empty: StateView = { usedTokens: new Set(), responses: new Map() };
  if (image.length < 100) return empty;
  const file = join(scratch, `state-${imageCount++}.db`);
  const copy = Buffer.from(image);
  copy[18] = 1; // file format write version: 1 = rollback journal, 2 = WAL
  copy[19] = 1;
  writeFileSync(file, copy);
  const db = new Database(file, { readonly: true });
  try {
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    const usedTokens = tables.has("invitation_tokens")
      ? new Set(
          (db.prepare("SELECT token_hash FROM invitation_tokens WHERE used = 1").all() as { token_hash: string }[]).map(
            (t) => t.token_hash,
          ),
        )
      : new Set<string>();
    const responses = new Map<string, { answers: string; submittedOn: string }>();
    if (tables.has("responses")) {
      for (const r of db.prepare("SELECT id, answers, submitted_on FROM responses").all() as {
        id: string;
        answers: string;
        submitted_on: string;
      }[]) {
        responses.set(r.id, { answers: r.answers, submittedOn: r.submitted_on });
      }
    }
    return { usedTokens, responses };
  } finally {
    db.close();
  }
}

/** Every offset at which `needle` (UTF-8) occurs in `haystack`. */
export function occurrences(haystack: Buffer, needle: string): number[] {
  const bytes = Buffer.from(needle, "utf8");
  const found: number[] = [];
  for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) found.push(at);
  return found;
}
