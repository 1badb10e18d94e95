import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/** These tests post dozens of fixture responses from one test client: rate limits are another suite's subject. */
const FIXTURE_LOAD = { rateLimits: false };

type Report = {
  versions: number[];
  minCell: number;
  roles: {
    role: string;
    dimensions: {
      dimension: string;
      structure: { suppressed: boolean; n?: number | string; mean?: number; reason?: string };
      region: { suppressed: boolean; structures?: number; respondents?: number; mean?: number; median?: number; reason?: string };
    }[];
  }[];
};

/** A structure of the region with `n` patient responses, every scored item answered `value`. */
async function structureWithResponses(t: TestApp, n: number, value: number, department = "69") {
  const s = await t.structure({ name: `S${Math.random()}`, department, region: department === "75" ? "11" : "84" });
  const { code } = await openCampaign(t, { structureId: s.id });
  const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
  const answers = await validAnswers(t);
  for (const d of version.scoring.dimensions) for (const item of d.items) answers[item] = (d.reverse ?? []).includes(item) ? 6 - value : value;
  for (let i = 0; i < n; i++) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
    if (res.status !== 201) throw new Error(await res.text());
  }
  return s;
}

const report = async (t: TestApp, id: number, headers: Record<string, string>) =>
  t.app.request(`/api/reports/structures/${id}?questionnaire=experience-usagers`, { headers });

describe("GET /api/reports/structures/:id", () => {
  it("Should give the structure's n and score per dimension beside the region's pooled mean and median", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5); // every item at the top: 100
    await structureWithResponses(t, 11, 1); // 0
    await structureWithResponses(t, 11, 3); // 50
    await structureWithResponses(t, 13, 4); // 75
    await structureWithResponses(t, 20, 2, "75"); // another region: not in the regional group
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const res = await report(t, viewer.id, headers);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Report;
    expect(body.versions).toEqual([1]);
    expect(body.roles.map((r) => r.role)).toEqual(["patient"]);
    const hope = body.roles[0]!.dimensions.find((d) => d.dimension === "hope_recovery")!;
    expect(hope.structure).toEqual({ suppressed: false, n: 12, mean: 100 });
    // Pooled: (12×100 + 11×0 + 11×50 + 13×75) / 47; median of 100, 0, 50, 75 = 62.5.
    expect(hope.region).toEqual({ suppressed: false, structures: 4, respondents: 47, mean: Math.round(((1200 + 550 + 975) / 47) * 10) / 10, median: 62.5 });
  });

  it("Should suppress a structure's figure under MIN_CELL, saying why and without the exact n", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 10, 5);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await report(t, viewer.id, headers)).json()) as Report;
    for (const d of body.roles[0]!.dimensions) {
      expect(d.structure).toEqual({ suppressed: true, reason: "small_cell", n: "< 11" });
      expect(JSON.stringify(d.structure)).not.toContain("10");
    }
  });

  it("Should follow a raised MIN_CELL", async () => {
    const t = await createTestApp({ ...FIXTURE_LOAD, minCell: 15 });
    const viewer = await structureWithResponses(t, 12, 5);
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await report(t, viewer.id, headers)).json()) as Report;
    expect(body.minCell).toBe(15);
    expect(body.roles[0]!.dimensions[0]!.structure).toEqual({ suppressed: true, reason: "small_cell", n: "< 15" });
  });

  it("Should hide the regional group unless it holds at least 3 structures above the threshold besides the viewer's", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const viewer = await structureWithResponses(t, 12, 5);
    await structureWithResponses(t, 11, 1);
    await structureWithResponses(t, 11, 3);
    await structureWithResponses(t, 10, 4); // under the threshold: not a member of the group
    const { headers } = await t.signIn("manager", { structureIds: [viewer.id] });
    const body = (await (await report(t, viewer.id, headers)).json()) as Report;
    for (const d of body.roles[0]!.dimensions) expect(d.region).toEqual({ suppressed: true, reason: "too_few_structures", minStructures: 3 });
  });

  it("Should refuse a manager of another structure, and let the region's coordinator and admins in", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const target = await structureWithResponses(t, 2, 3);
    const other = await t.structure({ name: "Other" });
    const manager = await t.signIn("manager", { structureIds: [other.id] });
    const denied = await report(t, target.id, manager.headers);
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await report(t, target.id, (await t.signIn("coordinator", { region: "11" })).headers)).status).toBe(403);
    expect((await report(t, target.id, (await t.signIn("co_researcher")).headers)).status).toBe(403);
    expect((await report(t, target.id, (await t.signIn("coordinator", { region: "84" })).headers)).status).toBe(200);
    expect((await report(t, target.id, (await t.signIn("admin")).headers)).status).toBe(200);
    expect((await report(t, target.id, {})).status).toBe(401);
  });

  it("Should audit every reading of a report", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const s = await t.structure();
    const { headers, user } = await t.signIn("admin");
    await report(t, s.id, headers);
    const entries = await t.store.audit.list({ limit: 10 });
    expect(entries[0]).toMatchObject({ userId: user.id, action: "report.read", targetType: "structure", targetId: String(s.id) });
  });

  it("Should answer 404 for an unknown structure or questionnaire, 400 without a questionnaire", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const s = await t.structure();
    const { headers } = await t.signIn("admin");
    expect((await t.app.request("/api/reports/structures/999?questionnaire=experience-usagers", { headers })).status).toBe(404);
    expect((await t.app.request(`/api/reports/structures/${s.id}?questionnaire=nope`, { headers })).status).toBe(404);
    expect((await t.app.request(`/api/reports/structures/${s.id}`, { headers })).status).toBe(400);
  });
});
