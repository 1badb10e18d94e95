import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/** Four structures with patient responses in Q1 2026 (answers stored through the API). */
async function world(t: TestApp) {
  t.setNow(new Date("2026-02-10T10:00:00Z"));
  const answers = await validAnswers(t);
  const ids: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { code, structureId } = await openCampaign(t);
    ids.push(structureId);
    for (let k = 0; k < 12 + i; k++) expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers })).status).toBe(201);
  }
  return ids;
}

describe("POST /api/releases", () => {
  it("Should let an admin release a closed quarter ahead of the first reading, audited, and list it for anyone", async () => {
    const t = await createTestApp({ rateLimits: false });
    await world(t);
    t.setNow(new Date("2026-08-10T10:00:00Z")); // Q1 and Q2 are closed
    const admin = await t.signIn("admin");
    const res = await t.json("POST", "/api/releases", { questionnaire: "experience-usagers-falc", quarter: "2026-Q1" }, admin.headers);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { released: { series: string; quarter: string; cutoff: string }[] };
    expect(body.released).toEqual([expect.objectContaining({ series: "experience-usagers@1", quarter: "2026-Q1", cutoff: "2026-03-31" })]);
    const audit = (await (await t.app.request("/api/audit", { headers: admin.headers })).json()) as { entries: { action: string }[] };
    expect(audit.entries.map((e) => e.action)).toContain("release.write");

    // Asked again: nothing more to release up to that quarter.
    expect((await t.json("POST", "/api/releases", { questionnaire: "experience-usagers", quarter: "2026-Q1" }, admin.headers)).status).toBe(
      200,
    );
    // The first reading then releases Q2 on top, one quarter at a time.
    expect((await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).status).toBe(200);
    const list = (await (await t.app.request("/api/releases?questionnaire=experience-usagers")).json()) as {
      series: { series: string; versions: unknown[]; releases: { quarter: string; methodVersion: string }[] }[];
    };
    expect(list.series[0]!.releases.map((r) => r.quarter)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(list.series[0]!.versions).toContainEqual({ questionnaire: "experience-usagers-falc", version: 1 });
  });

  it("Should refuse a quarter not yet over, a manager, and a bad body, in the one error shape", async () => {
    const t = await createTestApp({ rateLimits: false });
    const [id] = await world(t);
    t.setNow(new Date("2026-05-10T10:00:00Z"));
    const admin = await t.signIn("admin");
    const current = await t.json("POST", "/api/releases", { questionnaire: "experience-usagers", quarter: "2026-Q2" }, admin.headers);
    expect(current.status).toBe(422);
    expect(((await current.json()) as { error: { code: string } }).error.code).toBe("quarter_not_closed");
    const manager = await t.signIn("manager", { structureIds: [id!] });
    expect((await t.json("POST", "/api/releases", { questionnaire: "experience-usagers" }, manager.headers)).status).toBe(403);
    const bad = await t.json("POST", "/api/releases", { questionnaire: "experience-usagers", quarter: "Q2-2026" }, admin.headers);
    expect(bad.status).toBe(400);
    expect((await t.json("POST", "/api/releases", { questionnaire: "nope" }, admin.headers)).status).toBe(404);
  });
});

describe("the ledger", () => {
  it("Should refuse to change or delete a released figure or a release, at the database level", async () => {
    const t = await createTestApp({ rateLimits: false });
    await world(t);
    t.setNow(new Date("2026-05-10T10:00:00Z"));
    expect((await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).status).toBe(200);
    const sqlite = (t.store as unknown as { db: { $client: import("better-sqlite3").Database } }).db.$client;
    expect((sqlite.prepare("SELECT count(*) AS n FROM released_figures").get() as { n: number }).n).toBeGreaterThan(0);
    expect(() => sqlite.prepare("UPDATE released_figures SET figure = '{}'").run()).toThrow(/ledger_immutable/);
    expect(() => sqlite.prepare("DELETE FROM released_figures").run()).toThrow(/ledger_immutable/);
    expect(() => sqlite.prepare("UPDATE releases SET cutoff = '2030-01-01'").run()).toThrow(/ledger_immutable/);
    expect(() => sqlite.prepare("DELETE FROM releases").run()).toThrow(/ledger_immutable/);
  });

  it("Should show a group held back by the auditor at its last released value, with that release's cut-off", async () => {
    const t = await createTestApp({ rateLimits: false });
    const ids = await world(t);
    t.setNow(new Date("2026-05-10T10:00:00Z"));
    const first = (await (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).json()) as {
      roles: { indicators: { overall: { respondents?: number; cutoff?: string } }[] }[];
    };
    expect(first.roles[0]!.indicators[0]!.overall.respondents).toBe(12 + 13 + 14 + 15);
    // In Q2 only one structure has new answers: the region's Q2 figure minus its Q1 figure would be them alone.
    t.setNow(new Date("2026-05-12T10:00:00Z"));
    const { code } = await openCampaign(t, { structureId: ids[0]! });
    const answers = await validAnswers(t);
    for (let k = 0; k < 11; k++) await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    t.setNow(new Date("2026-08-10T10:00:00Z"));
    const second = (await (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).json()) as typeof first & {
      horizon: string;
    };
    expect(second.horizon).toBe("2026-06-30");
    expect(second.roles[0]!.indicators[0]!.overall).toMatchObject({ respondents: 12 + 13 + 14 + 15, cutoff: "2026-03-31" });
  });
});
