import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentHash } from "@/domain/questionnaire/content-hash.ts";
import type { QuestionnaireFile } from "@/domain/questionnaire/types.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/** These tests post dozens of fixture responses from one test client: rate limits are another suite's subject. */
const FIXTURE_LOAD = { rateLimits: false };
/** Responses arrive in the first quarter of 2026; reports are read once it is over. */
const IN_Q1 = new Date("2026-02-10T10:00:00Z");
const IN_Q2 = new Date("2026-05-10T10:00:00Z");

type Figure = { n?: number; value?: number; ci?: [number, number]; suppressed?: boolean; reason?: string; nBelow?: string };
type Group = {
  structures?: number;
  respondents?: number;
  value?: number;
  median?: number;
  p25?: number;
  p75?: number;
  percentile?: number | null;
  suppressed?: boolean;
  reason?: string;
};
type IndicatorReport = {
  id: string;
  kind: string;
  structure: Figure;
  groups: Record<"region" | "kind" | "setting" | "national", Group>;
  trend: (Figure & { period: string })[];
  cutoff: string | null;
};
type Report = {
  versions: { questionnaire: string; version: number }[];
  threshold: number;
  method: string;
  horizon: string;
  roles: { role: string; indicators: IndicatorReport[] }[];
};

/** A structure with `n` patient responses in Q1 2026, every scored item answered `value` (reverse items mirrored). */
async function structureWithResponses(t: TestApp, n: number, value: number, options: { department?: string; kind?: "gem" | "cmp" } = {}) {
  const department = options.department ?? "69";
  t.setNow(IN_Q1);
  const s = await t.structure({
    name: `S${Math.random()}`,
    department,
    region: department === "75" ? "11" : "84",
    kind: options.kind ?? "gem",
  });
  const { code } = await openCampaign(t, { structureId: s.id });
  const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
  const answers = await validAnswers(t);
  for (const d of version.scoring.dimensions)
    for (const item of d.items) answers[item] = (d.reverse ?? []).includes(item) ? 6 - value : value;
  for (let i = 0; i < n; i++) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    if (res.status !== 201) throw new Error(await res.text());
  }
  return { ...s, code, answers };
}

const read = async (t: TestApp, id: number, headers: Record<string, string>, query = "") =>
  t.app.request(`/api/reports/structures/${id}?questionnaire=experience-usagers${query}`, { headers });

const hope = (report: Report) => report.roles[0]!.indicators.find((i) => i.id === "hope_recovery_score")!;

describe("GET /api/reports/structures/:id", () => {
  it("Should give each indicator's value with its 95 % interval beside the region's figures, once the quarter is over", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5); // every item at the top: 100
    await structureWithResponses(t, 11, 1); // 0
    await structureWithResponses(t, 11, 3); // 50
    await structureWithResponses(t, 13, 4); // 75
    await structureWithResponses(t, 14, 2); // 25
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const res = await read(t, viewer.id, headers);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Report;
    expect(body.versions).toEqual([
      { questionnaire: "experience-usagers", version: 1 },
      { questionnaire: "experience-usagers-falc", version: 1 },
    ]);
    expect(body).toMatchObject({ threshold: 11, horizon: "2026-03-31", method: expect.any(String) });
    expect(body.roles.map((r) => r.role)).toEqual(["patient"]);
    const indicator = hope(body);
    // Every respondent at 100: the mean is 100 and the t interval has no width.
    expect(indicator.structure).toEqual({ n: 12, value: 100, ci: [100, 100] });
    // Pooled: (12×100 + 11×0 + 11×50 + 13×75 + 14×25) / 61; structure values 0, 25, 50, 75, 100.
    expect(indicator.groups.region).toMatchObject({
      structures: 5,
      respondents: 61,
      value: Math.round(((1200 + 550 + 975 + 350) / 61) * 10) / 10,
    });
    // Five structures: no quartiles (they would be three structures' own figures) and no percentile rank,
    // but where the viewer stands: the four others are below it.
    expect(indicator.groups.region).not.toHaveProperty("median");
    expect(indicator.groups.region).toMatchObject({ percentile: null, above: 0, below: 4 });
    expect(indicator.trend).toEqual([{ period: "2026", n: 12, value: 100, ci: [100, 100] }]);
    expect(indicator.cutoff).toBe("2026-03-31");
  });

  it("Should show nothing of the current quarter: figures move only in steps, never by one response", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5);
    for (const v of [1, 3, 4, 2]) await structureWithResponses(t, 11, v);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const before = await (await read(t, viewer.id, headers)).text();
    // One more response, today: the manager reads again and learns nothing about it.
    expect(
      (await t.json("POST", `/api/campaigns/${viewer.code}/responses`, { answers: { ...viewer.answers, hope_future: 1 } })).status,
    ).toBe(201);
    expect(await (await read(t, viewer.id, headers)).text()).toBe(before);
    const region = async () => (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).text();
    const publicBefore = await region();
    expect((await t.json("POST", `/api/campaigns/${viewer.code}/responses`, { answers: viewer.answers })).status).toBe(201);
    expect(await region()).toBe(publicBefore);
  });

  it("Should suppress a structure's figure under MIN_CELL, saying why and without the exact n", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 10, 5);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await read(t, viewer.id, headers, "&role=patient")).json()) as Report;
    for (const indicator of body.roles[0]!.indicators) {
      expect(indicator.structure).toEqual({ suppressed: true, reason: "small_cell", nBelow: "< 11" });
      expect(JSON.stringify(indicator)).not.toMatch(/"n":10\b/);
    }
  });

  it("Should follow a raised MIN_CELL", async () => {
    const t = await createTestApp({ ...FIXTURE_LOAD, minCell: 15 });
    const viewer = await structureWithResponses(t, 12, 5);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await read(t, viewer.id, headers, "&role=patient")).json()) as Report;
    expect(body.threshold).toBe(15);
    expect(hope(body).structure).toEqual({ suppressed: true, reason: "small_cell", nBelow: "< 15" });
  });

  it("Should hide the regional group unless it holds at least 3 structures above the threshold besides the viewer's", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5);
    await structureWithResponses(t, 11, 1);
    await structureWithResponses(t, 11, 3);
    await structureWithResponses(t, 10, 4); // under the threshold: not a member of any group
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await read(t, viewer.id, headers)).json()) as Report;
    const region = hope(body).groups.region;
    expect(region.suppressed).toBe(true);
    expect(region).not.toHaveProperty("value");
  });

  it("Should pool only comparable versions, and say which", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const file = JSON.parse(readFileSync("surveys/experience-usagers.json", "utf8")) as QuestionnaireFile;
    const reworded = structuredClone(file);
    reworded.survey.pages[0]!.title = { fr: "Votre accompagnement", en: "Your support" };
    const content = (f: QuestionnaireFile) =>
      contentHash({ title: f.title, description: f.description, roles: f.roles, survey: f.survey, scoring: f.scoring });
    await t.store.questionnaires.importPublished(reworded, content(reworded), "reworded.json", IN_Q1);
    const rescaled = structuredClone(reworded);
    const item = rescaled.survey.pages.flatMap((p) => p.elements).find((e) => e.name === "hope_future")!;
    item.choices = item.choices!.slice(0, 4); // a choice removed: answers no longer comparable
    const admin = await t.signIn("admin");
    const s = await t.structure();
    const before = (await (await read(t, s.id, admin.headers)).json()) as Report;
    expect(before.versions.filter((v) => v.questionnaire === "experience-usagers").map((v) => v.version)).toEqual([2, 1]);
    await t.store.questionnaires.importPublished(rescaled, content(rescaled), "rescaled.json", IN_Q1);
    const fresh = await createTestApp(FIXTURE_LOAD);
    await fresh.store.questionnaires.importPublished(reworded, content(reworded), "reworded.json", IN_Q1);
    await fresh.store.questionnaires.importPublished(rescaled, content(rescaled), "rescaled.json", IN_Q1);
    const freshAdmin = await fresh.signIn("admin");
    const fs = await fresh.structure();
    const after = (await (await read(fresh, fs.id, freshAdmin.headers)).json()) as Report;
    expect(after.versions.filter((v) => v.questionnaire === "experience-usagers").map((v) => v.version)).toEqual([3]);
  });

  it("Should pool the easy-to-read variant with the standard wording", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    const body = (await (await read(t, s.id, headers)).json()) as Report;
    expect(body.versions).toContainEqual({ questionnaire: "experience-usagers-falc", version: 1 });
  });

  it("Should refuse a manager of another structure, on the report, the funnel and the snapshots", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const target = await t.structure({ name: "Target" });
    const other = await t.structure({ name: "Other" });
    const manager = await t.signIn("manager", { structureIds: [other.id] });
    const paths = [
      `/api/reports/structures/${target.id}?questionnaire=experience-usagers`,
      `/api/reports/structures/${target.id}/funnel?questionnaire=experience-usagers&indicator=hope_recovery_score`,
      `/api/reports/structures/${target.id}/snapshots`,
    ];
    for (const path of paths) {
      const res = await t.app.request(path, { headers: manager.headers });
      expect(res.status, path).toBe(403);
      expect((await t.app.request(path)).status, path).toBe(401);
    }
    expect(
      (await t.json("POST", `/api/reports/structures/${target.id}/snapshots`, { questionnaire: "experience-usagers" }, manager.headers))
        .status,
    ).toBe(403);
    expect((await read(t, target.id, (await t.signIn("coordinator", { region: "11" })).headers)).status).toBe(403);
    expect((await read(t, target.id, (await t.signIn("co_researcher")).headers)).status).toBe(403);
    expect((await read(t, target.id, (await t.signIn("coordinator", { region: "84" })).headers)).status).toBe(200);
  });

  it("Should audit every reading of a report", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const s = await t.structure();
    const { headers, user } = await t.signIn("admin");
    await read(t, s.id, headers);
    const entries = await t.store.audit.list({ limit: 10 });
    expect(entries[0]).toMatchObject({
      userId: user.id,
      action: "report.read",
      targetType: "structure",
      targetId: String(s.id),
      region: "84",
    });
  });

  it("Should answer 404 for an unknown structure or questionnaire, 400 for a bad query", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    expect((await t.app.request("/api/reports/structures/999?questionnaire=experience-usagers", { headers })).status).toBe(404);
    expect((await t.app.request(`/api/reports/structures/${s.id}?questionnaire=nope`, { headers })).status).toBe(404);
    expect((await t.app.request(`/api/reports/structures/${s.id}`, { headers })).status).toBe(400);
    expect((await t.app.request(`/api/reports/structures/${s.id}?questionnaire=experience-usagers&period=week`, { headers })).status).toBe(
      400,
    );
    expect((await t.app.request(`/api/reports/structures/${s.id}?questionnaire=experience-usagers&role=visitor`, { headers })).status).toBe(
      400,
    );
  });
});

describe("GET /api/reports/structures/:id/funnel", () => {
  it("Should give control limits and the structures' points, others anonymous and the viewer's own marked", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5);
    const others = [];
    for (const v of [1, 3, 4, 2]) others.push(await structureWithResponses(t, 11 + v, v));
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const res = await t.app.request(
      `/api/reports/structures/${viewer.id}/funnel?questionnaire=experience-usagers&indicator=hope_recovery_score`,
      { headers },
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as {
      roles: {
        indicators: {
          groups: Record<string, { target?: number; limits?: { n: number }[]; points?: { n: number; value: number; own?: boolean }[] }>;
        }[];
      }[];
    };
    const region = body.roles[0]!.indicators[0]!.groups["region"]!;
    expect(region.points).toHaveLength(5);
    expect(region.points!.filter((p) => p.own)).toEqual([{ n: 12, value: 100, own: true }]);
    expect(region.limits!.length).toBeGreaterThan(2);
    for (const other of others) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(`"id":${other.id},`);
    }
    const unknown = await t.app.request(`/api/reports/structures/${viewer.id}/funnel?questionnaire=experience-usagers&indicator=nope`, {
      headers,
    });
    expect(unknown.status).toBe(404);
  });
});

describe("Report snapshots", () => {
  it("Should freeze a report with its method version and data cut-off, list it, serve it unchanged, and never alter it", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const created = await t.json(
      "POST",
      `/api/reports/structures/${viewer.id}/snapshots`,
      { questionnaire: "experience-usagers" },
      headers,
    );
    expect(created.status).toBe(201);
    const snapshot = (await created.json()) as { id: string; methodVersion: string; dataCutoff: string; minCell: number; content: Report };
    expect(snapshot).toMatchObject({ dataCutoff: "2026-03-31", minCell: 11, methodVersion: expect.any(String) });
    const list = (await (await t.app.request(`/api/reports/structures/${viewer.id}/snapshots`, { headers })).json()) as {
      snapshots: { id: string }[];
    };
    expect(list.snapshots.map((s) => s.id)).toEqual([snapshot.id]);
    // Months later, with more data released, the snapshot still serves what was read.
    t.setNow(new Date("2026-12-01T10:00:00Z"));
    const later = await t.signIn("manager", { structureIds: [viewer.id] });
    const served = (await (
      await t.app.request(`/api/reports/structures/${viewer.id}/snapshots/${snapshot.id}`, { headers: later.headers })
    ).json()) as { content: Report };
    expect(served.content).toEqual(snapshot.content);
    // Another structure's manager cannot read it, even knowing its id.
    const other = await t.signIn("manager", { structureIds: [(await t.structure({ name: "Other" })).id] });
    const refused = await t.app.request(`/api/reports/structures/${viewer.id}/snapshots/${snapshot.id}`, { headers: other.headers });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect(() => t.store.db.$client.prepare("UPDATE report_snapshots SET content = '{}'").run()).toThrow(/snapshot_immutable/);
    expect(() => t.store.db.$client.prepare("DELETE FROM report_snapshots").run()).toThrow(/snapshot_immutable/);
  });
});

describe("GET /api/reports/regions/:code", () => {
  it("Should publish the region's open figures to anyone, naming no structure", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    for (const v of [5, 1, 3, 4, 2]) await structureWithResponses(t, 12, v);
    t.setNow(IN_Q2);
    const res = await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers");
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as { region: { code: string; name: string }; roles: { indicators: { id: string; overall: Group }[] }[] };
    expect(body.region).toEqual({ code: "84", name: "Auvergne-Rhône-Alpes" });
    const overall = body.roles[0]!.indicators.find((i) => i.id === "hope_recovery_score")!.overall;
    expect(overall).toMatchObject({ structures: 5, respondents: 60, value: 50 });
    expect(overall).not.toHaveProperty("median"); // quartiles of 5 structures would be 3 of their own figures
    expect(text).not.toMatch(/"S0\.|structureId|"name":"S/);
  });

  it("Should suppress the region's figures when too few structures answer", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    for (const v of [5, 1, 3]) await structureWithResponses(t, 12, v);
    t.setNow(IN_Q2);
    const body = (await (await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers")).json()) as {
      roles: { indicators: { overall: Group }[] }[];
    };
    for (const role of body.roles) for (const indicator of role.indicators) expect(indicator.overall.suppressed).toBe(true);
  });

  it("Should refuse an unknown region", async () => {
    const t = await createTestApp();
    expect((await t.app.request("/api/reports/regions/99?questionnaire=experience-usagers")).status).toBe(400);
  });
});
