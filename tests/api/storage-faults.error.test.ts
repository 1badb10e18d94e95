import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/ops/database-check.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/**
 * A full disk and a read-only disk, raised by SQLite itself at the storage boundary: `max_page_count` caps
 * the database's size (SQLITE_FULL once it is reached), `query_only` refuses every write (SQLITE_READONLY).
 */

type ErrorBody = { error: { code: string; message: string; requestId: string } };

const capSize = (t: TestApp) => {
  const sqlite = t.store.db.$client;
  sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true }) as number}`);
  return () => sqlite.pragma("max_page_count = 1073741823");
};

const count = (t: TestApp, table: string) => (t.store.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function expectStorageUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("60");
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("storage_unavailable");
  expect(body.error.message).toMatch(/Rien de cette demande n'a été enregistré/);
  expect(body.error.requestId).toMatch(/.+/);
}

describe("Submissions when the disk is full", () => {
  it("Should answer 503 storage_unavailable, store only what it acknowledged, whole, and recover once space is back", async () => {
    const t = await createTestApp({ rateLimits: false });
    const { code } = await openCampaign(t);
    const release = capSize(t);
    // Concurrent submissions fill what room is left in the pages: some fit (201), then the batches that need
    // a new page are refused whole (503). Each answer set differs, so that the recount below means something.
    const statuses: number[] = [];
    for (let round = 0; round < 60 && !statuses.includes(503); round++) {
      const batch = await Promise.all(
        [0, 1, 2, 3].map(async (i) =>
          t.json("POST", `/api/campaigns/${code}/responses`, {
            answers: await validAnswers(t, "experience-usagers", 1, 0.2 + 0.15 * i, round * 4 + i),
          }),
        ),
      );
      for (const res of batch) {
        statuses.push(res.status);
        if (res.status === 503) await expectStorageUnavailable(res);
        else expect(res.status).toBe(201);
      }
    }
    expect(statuses).toContain(503);
    const acknowledged = statuses.filter((s) => s === 201).length;
    expect(count(t, "responses")).toBe(acknowledged);
    expect(checkDatabase(t.store.db.$client).problems).toEqual([]);

    release();
    const again = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t) });
    expect(again.status).toBe(201);
    expect(count(t, "responses")).toBe(acknowledged + 1);
    expect(checkDatabase(t.store.db.$client)).toMatchObject({ integrity: ["ok"], problems: [] });
  });

  it("Should answer 503 to a staff write too, leaving neither the row nor its audit entry", async () => {
    const t = await createTestApp();
    const admin = await t.signIn("admin");
    const release = capSize(t);
    const statuses: number[] = [];
    for (let i = 0; i < 300 && !statuses.includes(503); i++) {
      const res = await t.json(
        "POST",
        "/api/structures",
        { name: `GEM ${"rempli ".repeat(20)}${i}`, kind: "gem", department: "69", setting: "urban" },
        admin.headers,
      );
      statuses.push(res.status);
      if (res.status === 503) await expectStorageUnavailable(res);
      else expect(res.status).toBe(201);
    }
    expect(statuses).toContain(503);
    const created = statuses.filter((s) => s === 201).length;
    expect(count(t, "structures")).toBe(created);
    expect(
      (t.store.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'structure.create'").get() as { n: number }).n,
    ).toBe(created);

    release();
    const again = await t.json(
      "POST",
      "/api/structures",
      { name: "GEM Après", kind: "gem", department: "69", setting: "urban" },
      admin.headers,
    );
    expect(again.status).toBe(201);
  });
});

describe("Writes when the disk is read-only", () => {
  it("Should answer 503 storage_unavailable to a submission and a staff write, keep serving reads, and recover", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const admin = await t.signIn("admin");
    const answers = await validAnswers(t);
    const before = { responses: count(t, "responses"), structures: count(t, "structures"), audit: count(t, "audit_log") };
    t.store.db.$client.pragma("query_only = ON");

    await expectStorageUnavailable(await t.json("POST", `/api/campaigns/${code}/responses`, { answers }));
    await expectStorageUnavailable(
      await t.json(
        "POST",
        "/api/structures",
        { name: "GEM Lecture seule", kind: "gem", department: "69", setting: "urban" },
        admin.headers,
      ),
    );
    const en = await t.json("POST", `/api/campaigns/${code}/responses`, { answers }, { "accept-language": "en" });
    expect(((await en.json()) as ErrorBody).error.message).toMatch(/^The server cannot store anything right now/);
    // Reading needs no write: the campaign page still opens, so respondents can fill it in meanwhile.
    expect((await t.json("GET", `/api/campaigns/${code}`)).status).toBe(200);
    expect({ responses: count(t, "responses"), structures: count(t, "structures"), audit: count(t, "audit_log") }).toEqual(before);

    t.store.db.$client.pragma("query_only = OFF");
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers })).status).toBe(201);
    expect(checkDatabase(t.store.db.$client)).toMatchObject({ integrity: ["ok"], problems: [] });
  });
});
