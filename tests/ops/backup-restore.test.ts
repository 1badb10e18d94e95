import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, takeBackup } from "@/ops/backup.ts";
import { countRows } from "@/ops/database-check.ts";
import { acquireInstanceLock, InstanceRunningError, lockPath, runningInstance } from "@/ops/instance-lock.ts";
import { RestoreError, restoreBackup } from "@/ops/restore.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp } from "../support/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database file holding a campaign and responses, as a stopped server leaves it (WAL mode). */
let live: string;
beforeAll(async () => {
  const t = await createTestApp();
  const { code } = await openCampaign(t);
  for (let i = 0; i < 12; i++) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, {
      answers: await validAnswers(t, "experience-usagers", 1, 0.1 + i * 0.07, i),
    });
    expect(res.status).toBe(201);
  }
  live = join(dir, "live.db");
  t.store.db.$client.exec(`VACUUM INTO '${live}'`);
  const db = new Database(live);
  db.pragma("journal_mode = WAL");
  db.close();
});

const rows = (path: string, table = "responses") => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe("npm run backup — the copy", () => {
  it("Should be one compact, checked file with the live database's rows", async () => {
    const target = join(dir, "copy.db");
    const summary = await takeBackup(live, target);
    expect(summary.counts.responses).toBe(12);
    expect(summary.counts.response_scores).toBeGreaterThan(12);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(copy.pragma("freelist_count", { simple: true })).toBe(0);
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const liveDb = new Database(live, { readonly: true });
    expect(countRows(copy)).toEqual(countRows(liveDb));
    liveDb.close();
    copy.close();
    // Nothing beside it: no WAL, no journal, no partial file.
    expect(readdirSync(dir).filter((f) => f.startsWith("copy.db"))).toEqual(["copy.db"]);
  });

  it("Should never replace an existing file", async () => {
    const target = join(dir, "taken.db");
    writeFileSync(target, "an older backup");
    await expect(takeBackup(live, target)).rejects.toThrow(BackupError);
    await expect(takeBackup(join(dir, "nothing-here.db"), join(dir, "never.db"))).rejects.toThrow(/no database at/);
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  });
});

describe("npm run restore — installing a backup", () => {
  it("Should refuse while a server serves the database, and leave it as it is", async () => {
    const backup = join(dir, "for-running.db");
    await takeBackup(live, backup);
    const target = join(dir, "running.db");
    await takeBackup(live, target);
    // A live process other than this one named in the pid file: the server that holds it.
    writeFileSync(lockPath(target), `${process.ppid}\n`);
    expect(() => restoreBackup(backup, target, new Date())).toThrow(/a Repères server \(pid \d+\) is using .*: stop it first/);
    expect(rows(target)).toBe(12);
    // The pid file of a server that is gone (killed) does not block.
    writeFileSync(lockPath(target), "999999999\n");
    expect(restoreBackup(backup, target, new Date()).counts.responses).toBe(12);
  });

  it("Should install a checked backup and keep the database it replaces aside", async () => {
    const backup = join(dir, "older.db");
    await takeBackup(live, backup);
    const db = join(dir, "instance.db");
    await takeBackup(live, db);
    const open = new Database(db);
    open.pragma("journal_mode = WAL");
    open.exec("DELETE FROM response_scores; DELETE FROM responses; DELETE FROM indicator_cells");
    open.close();

    const summary = restoreBackup(backup, db, new Date("2026-06-15T10:30:00Z"));
    expect(summary.counts.responses).toBe(12);
    expect(rows(db)).toBe(12);
    expect(summary.keptAside).toEqual([join(dir, "instance.db.before-restore-2026-06-15T10-30-00-000Z")]);
    expect(rows(summary.keptAside[0]!)).toBe(0);
    expect(existsSync(`${db}.restoring`)).toBe(false);
  });

  it("Should refuse a backup whose report counters disagree with its responses, or that is not a Repères database", async () => {
    const tampered = join(dir, "tampered.db");
    await takeBackup(live, tampered);
    const t = new Database(tampered);
    t.exec("UPDATE indicator_cells SET n = n + 1 WHERE rowid IN (SELECT rowid FROM indicator_cells LIMIT 1)");
    t.close();
    const db = join(dir, "kept.db");
    await takeBackup(live, db);
    expect(() => restoreBackup(tampered, db, new Date())).toThrow(/failed its check:\n {2}ok\n {2}report cell .*stored n=/);

    const stranger = join(dir, "stranger.db");
    new Database(stranger).exec("CREATE TABLE notes (text TEXT)");
    expect(() => restoreBackup(stranger, db, new Date())).toThrow(RestoreError);
    expect(() => restoreBackup(stranger, db, new Date())).toThrow(/is not a Repères backup/);
    expect(rows(db)).toBe(12);
    expect(readdirSync(dir).filter((f) => f.startsWith("kept.db"))).toEqual(["kept.db"]);
  });
});

describe("The instance mark beside the database", () => {
  it("Should refuse a second server on a database a live process serves, and not be blocked by a dead one's mark", () => {
    const path = join(dir, "served.db");
    writeFileSync(lockPath(path), `${process.ppid}\n`);
    expect(() => acquireInstanceLock(path)).toThrow(InstanceRunningError);
    writeFileSync(lockPath(path), "999999999\n");
    const lock = acquireInstanceLock(path);
    expect(runningInstance(path)).toBeUndefined(); // this process's own mark: not "another server"
    lock.release();
    expect(existsSync(lockPath(path))).toBe(false);
  });
});
