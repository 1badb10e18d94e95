import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkDatabase } from "@/ops/database-check.ts";
import { killStartedServers, letters, markedBody, openCampaign, startServer, submitAll } from "./support/server-process.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-crash-"));
afterAll(() => {
  killStartedServers();
  rmSync(dir, { recursive: true, force: true });
});

const SUBMISSIONS = 1000;
/** After how many acknowledgements of a round the server is killed: 10 %, 50 %, 90 %. */
const KILL_POINTS = [0.1, 0.5, 0.9];

describe("A server killed (SIGKILL) in the middle of a thousand concurrent submissions", () => {
  it("Should come back with every acknowledged response, whole, no half-written one, counters equal to a recount", async () => {
    const path = join(dir, "reperes.db");
    let server = await startServer(path);
    const { url: firstUrl, definition } = await openCampaign(server.base);
    let url = firstUrl;
    const acknowledgedMarkers: string[] = [];
    let lost = 0;

    // The same database through every round: each restart recovers a database that was itself recovered.
    for (const [round, killPoint] of KILL_POINTS.entries()) {
      const markers = Array.from({ length: SUBMISSIONS }, (_, i) => `reprise ${letters(round, 1)} ${letters(i)}`);
      const victim = server;
      const outcomes = await submitAll(
        url,
        markers.map((m) => markedBody(definition, m)),
        (count) => count === Math.round(SUBMISSIONS * killPoint) && process.kill(victim.proc.pid!, "SIGKILL"),
      );
      await victim.exited;
      const acknowledged = markers.filter((_, i) => outcomes[i] === "acknowledged");
      // The kill point was reached. Acknowledgements come a batch at a time: on a fast machine the batch that
      // crosses a late kill point may carry every remaining submission, so "some never answered" is asserted
      // over the rounds below, not for each.
      expect(acknowledged.length).toBeGreaterThanOrEqual(Math.round(SUBMISSIONS * killPoint));
      lost += outcomes.filter((o) => o === "lost").length;
      expect(outcomes).not.toContain("refused");
      acknowledgedMarkers.push(...acknowledged);

      server = await startServer(path);
      url = url.replace(/^http:\/\/[^/]+/, server.base);
      const db = new Database(path, { readonly: true });
      try {
        const stored = db.prepare("SELECT answers ->> 'comment' AS marker, count(*) AS n FROM responses GROUP BY marker").all() as {
          marker: string;
          n: number;
        }[];
        const storedCount = new Map(stored.map((r) => [r.marker, r.n]));
        const missing = acknowledgedMarkers.filter((m) => storedCount.get(m) !== 1);
        expect(missing, `acknowledged but not stored exactly once (kill at ${killPoint * 100} %)`).toEqual([]);
        // Whatever was stored without being acknowledged (committed, then killed before the 201 left) is whole:
        // its scores are there and the report cells count it, which the recount below checks.
        const check = checkDatabase(db);
        expect(check.integrity).toEqual(["ok"]);
        expect(check.problems).toEqual([]);
      } finally {
        db.close();
      }
    }
    // Killed mid-way at least once: some submissions never got an answer.
    expect(lost).toBeGreaterThan(0);
    process.kill(server.proc.pid!, "SIGTERM");
    expect(await server.exited).toBe(0);
  });
});
