import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkDatabase } from "@/ops/database-check.ts";
import { lockPath } from "@/ops/instance-lock.ts";
import { killStartedServers, letters, markedBody, openCampaign, startServer, submitAll } from "./support/server-process.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-shutdown-"));
afterAll(() => {
  killStartedServers();
  rmSync(dir, { recursive: true, force: true });
});

describe("A server stopped by SIGTERM in the middle of submissions", () => {
  it("Should finish what it had accepted, checkpoint, close the database and exit 0 within its bound", async () => {
    const path = join(dir, "reperes.db");
    const server = await startServer(path);
    expect(existsSync(lockPath(path))).toBe(true);
    const { url, definition } = await openCampaign(server.base);
    const markers = Array.from({ length: 400 }, (_, i) => `arret ${letters(i)}`);
    let signalledAt = 0;
    const outcomes = await submitAll(
      url,
      markers.map((m) => markedBody(definition, m)),
      (count) => {
        if (count !== 100) return;
        signalledAt = Date.now();
        process.kill(server.proc.pid!, "SIGTERM");
      },
    );
    const code = await server.exited;
    expect(code, server.output()).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(server.output()).toMatch(/stopped: database checkpointed and closed/);

    // Checkpointed and closed: one file, no WAL left to replay, and the instance's mark gone.
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    expect(existsSync(lockPath(path))).toBe(false);
    const acknowledged = markers.filter((_, i) => outcomes[i] === "acknowledged");
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    const db = new Database(path, { readonly: true });
    try {
      const stored = new Set(
        (db.prepare("SELECT answers ->> 'comment' AS marker FROM responses").all() as { marker: string }[]).map((r) => r.marker),
      );
      expect(acknowledged.filter((m) => !stored.has(m))).toEqual([]);
      expect(checkDatabase(db)).toMatchObject({ integrity: ["ok"], problems: [] });
    } finally {
      db.close();
    }
  });
});
