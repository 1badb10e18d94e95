import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkDatabase } from "@/ops/database-check.ts";
import {
  killStartedServers,
  letters,
  markedBody,
  openCampaign,
  ROOT,
  startServer,
  submitAll,
  type Outcome,
} from "./support/server-process.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-backup-load-"));
afterAll(() => {
  killStartedServers();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run backup|restore -- <file>` as an operator runs it (tsx, DATABASE_PATH in the environment). */
function operatorCommand(command: "backup" | "restore", file: string, databasePath: string) {
  return new Promise<{ code: number; output: string }>((resolve) =>
    execFile(
      process.execPath,
      ["--import", "tsx", `src/ops/${command}-cli.ts`, file],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: databasePath } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    ),
  );
}

const markersIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return new Set(
      (db.prepare("SELECT answers ->> 'comment' AS marker FROM responses").all() as { marker: string }[]).map((r) => r.marker),
    );
  } finally {
    db.close();
  }
};

describe("A backup taken while submissions flow, restored on the stopped instance", () => {
  it("Should copy a consistent, checked state online, refuse to restore under a running server, and restore once it is stopped", async () => {
    const path = join(dir, "reperes.db");
    const server = await startServer(path);
    const { url, definition } = await openCampaign(server.base);
    const first = Array.from({ length: 200 }, (_, i) => `avant ${letters(i)}`);
    expect(
      await submitAll(
        url,
        first.map((m) => markedBody(definition, m)),
      ),
    ).not.toContain("lost");

    // Submissions keep flowing, fifty at a time, during the whole backup.
    let backupDone = false;
    const flowing = (async () => {
      const outcomes: Outcome[] = [];
      for (let wave = 0; !backupDone; wave++) {
        const bodies = Array.from({ length: 50 }, (_, i) => markedBody(definition, `pendant ${letters(wave * 50 + i)}`));
        outcomes.push(...(await submitAll(url, bodies)));
      }
      return outcomes;
    })();
    const backup = join(dir, "backups", "reperes-2026-06-15.db");
    const taken = await operatorCommand("backup", backup, path);
    backupDone = true;
    const outcomes = await flowing;
    expect(outcomes.length).toBeGreaterThan(0);
    expect(taken.code, taken.output).toBe(0);
    expect(taken.output).toMatch(/copy checked: integrity ok, responses whole, report cells = recount/);
    expect(taken.output).toMatch(/responses\s+\d+ rows \(= live\)/);
    expect(
      outcomes.filter((o) => o !== "acknowledged"),
      server.output().slice(-3000),
    ).toEqual([]);

    // Everything acknowledged before the backup began is in it; it is one file, whole and compact.
    const inBackup = markersIn(backup);
    expect(first.filter((m) => !inBackup.has(m))).toEqual([]);
    expect(existsSync(`${backup}-wal`)).toBe(false);
    const copy = new Database(backup, { readonly: true });
    expect(checkDatabase(copy)).toMatchObject({ integrity: ["ok"], problems: [] });
    expect(copy.pragma("freelist_count", { simple: true })).toBe(0);
    copy.close();

    const refused = await operatorCommand("restore", backup, path);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/restore refused: a Repères server \(pid \d+\) is using .*: stop it first/);

    process.kill(server.proc.pid!, "SIGTERM");
    expect(await server.exited).toBe(0);
    const restored = await operatorCommand("restore", backup, path);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/kept aside: .*reperes\.db\.before-restore-/);
    expect(markersIn(path)).toEqual(inBackup);

    const again = await startServer(path);
    expect(await submitAll(url.replace(/^http:\/\/[^/]+/, again.base), [markedBody(definition, "apres")])).toEqual(["acknowledged"]);
    process.kill(again.proc.pid!, "SIGTERM");
    expect(await again.exited).toBe(0);
  });
});
