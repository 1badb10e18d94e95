import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "@/db/store.ts";
import { FIXED_NOW } from "../support/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "reperes-durability-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite settings of a file database", () => {
  it("Should run in WAL mode with synchronous=FULL, foreign keys on and a busy timeout", () => {
    const store = createSqliteStore(join(dir, "settings.db"));
    const sqlite = store.db.$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    // FULL = 2: the WAL is fsynced at every commit, so a committed transaction survives a power cut.
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    store.close();
  });

  it("Should have committed a response by the time its submission is acknowledged", async () => {
    const path = join(dir, "ack.db");
    const store = createSqliteStore(path);
    const version = (
      await store.questionnaires.importPublished(
        {
          slug: "q",
          roles: ["patient"],
          title: { fr: "q", en: "q" },
          description: { fr: "q", en: "q" },
          survey: { pages: [] },
          scoring: { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] },
        },
        "hash",
        "q.json",
        FIXED_NOW,
      )
    ).version;
    const versionId = (store.db.$client.prepare("SELECT id FROM questionnaire_versions WHERE version = ?").get(version) as { id: number })
      .id;
    const s = await store.structures.create({ name: "S", kind: "gem", department: "69", region: "84", setting: "urban" }, FIXED_NOW);
    const c = await store.campaigns.create(
      {
        code: "c".repeat(20),
        structureId: s.id,
        versionId,
        role: "patient",
        opensAt: FIXED_NOW.toISOString(),
        closesAt: null,
        invitationHashes: [],
        createdBy: null,
      },
      FIXED_NOW,
    );
    const submissions = Array.from({ length: 20 }, (_, i) =>
      store.responses.submit({
        id: `r${i}`,
        campaignId: c.id,
        structureId: s.id,
        versionId,
        role: "patient",
        answers: { i },
        locale: "fr",
        submittedOn: "2026-06-15",
        scores: [],
        cells: [],
      }),
    );
    await Promise.all(submissions);
    // A second, independent connection sees every acknowledged response: they are committed, not buffered.
    const other = new Database(path, { readonly: true });
    expect((other.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n).toBe(20);
    other.close();
    store.close();
  });

  it("Should refuse a faulty submission of a batch on its own and store its neighbours", async () => {
    const store = createSqliteStore(join(dir, "fail.db"));
    await store.questionnaires.importPublished(
      {
        slug: "q",
        roles: ["patient"],
        title: { fr: "q", en: "q" },
        description: { fr: "q", en: "q" },
        survey: { pages: [] },
        scoring: { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] },
      },
      "hash",
      "q.json",
      FIXED_NOW,
    );
    const s = await store.structures.create({ name: "S", kind: "gem", department: "69", region: "84", setting: "urban" }, FIXED_NOW);
    const c = await store.campaigns.create(
      {
        code: "d".repeat(20),
        structureId: s.id,
        versionId: 1,
        role: "patient",
        opensAt: FIXED_NOW.toISOString(),
        closesAt: null,
        invitationHashes: [],
        createdBy: null,
      },
      FIXED_NOW,
    );
    const cells = [{ period: "2026-Q2", indicatorId: "hope", n: 1, sum: 75, sumSquares: 5625 }];
    const good = {
      campaignId: c.id,
      structureId: s.id,
      versionId: 1,
      role: "patient" as const,
      answers: {},
      locale: "fr" as const,
      submittedOn: "2026-06-15",
      scores: [],
      cells,
    };
    const results = await Promise.allSettled([
      store.responses.submit({ ...good, id: "ok-1" }),
      store.responses.submit({ ...good, id: "bad", campaignId: 999 }),
      store.responses.submit({ ...good, id: "ok-2" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    const ids = (store.db.$client.prepare("SELECT id FROM responses ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(["ok-1", "ok-2"]);
    // The report cells hold the two stored responses, summed once for the batch, and nothing of the refused one.
    expect(store.db.$client.prepare("SELECT n, sum, sum_squares FROM indicator_cells").all()).toEqual([
      { n: 2, sum: 150, sum_squares: 11250 },
    ]);
    store.close();
  });
});
