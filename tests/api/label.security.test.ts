import { describe, expect, it } from "vitest";
import { validAnswers } from "../support/answers.ts";
import { ALL_AT, selfAssess, selfAssessmentCampaign } from "../support/label.ts";
import { createTestApp, FIXED_NOW, type TestApp } from "../support/test-app.ts";

const IN_Q1 = new Date("2026-02-10T10:00:00Z");
const IN_Q3 = new Date("2026-08-10T10:00:00Z");

type Distribution = { structures?: number; suppressed?: boolean; reason?: string; asOf?: string; label?: Record<string, number> };
type RegionLabel = { quarter: string | null; cutoff: string | null; overall: Distribution; byKind: Record<string, Distribution> };

async function regionLabel(t: TestApp, code = "84") {
  const res = await t.json("GET", `/api/reports/regions/${code}/label`);
  expect(res.status).toBe(200);
  return (await res.json()) as RegionLabel;
}

/** `count` structures of region 84 that answered the self-assessment in Q1 2026, at the given levels. */
async function assessedStructures(t: TestApp, levels: number[]) {
  t.setNow(IN_Q1);
  const made = [];
  for (const [i, level] of levels.entries()) {
    const s = await t.structure({ name: `Structure ${i}` });
    const code = await selfAssessmentCampaign(t, s.id);
    await selfAssess(t, code, ALL_AT(level));
    made.push({ ...s, code });
  }
  t.setNow(FIXED_NOW);
  return made;
}

describe("The region's label distribution (units rule)", () => {
  it("Should show nothing of a region where only 3 structures answered, and name no structure", async () => {
    const t = await createTestApp({ rateLimits: false });
    const structures = await assessedStructures(t, [5, 3, 1]);
    const res = await t.json("GET", "/api/reports/regions/84/label");
    const text = await res.text();
    const body = JSON.parse(text) as RegionLabel;
    expect(body.overall).toEqual({ suppressed: true, reason: "too_few_structures", minStructures: 4 });
    expect(Object.values(body.byKind).every((g) => g.suppressed)).toBe(true);
    for (const s of structures) expect(text).not.toContain(s.name);
  });

  it("Should show a region of 4 structures, by level, once their quarter is closed", async () => {
    const t = await createTestApp({ rateLimits: false });
    await assessedStructures(t, [5, 4, 3, 1]);
    const body = await regionLabel(t);
    expect(body).toMatchObject({ quarter: "2026-Q1", cutoff: "2026-03-31" });
    expect(body.overall).toMatchObject({ structures: 4, label: { granted: 2, partial: 1, not_yet: 1 } });
    // Every structure is a GEM: the kind is the region itself and adds nothing, the other kinds are empty.
    expect(body.byKind.hospital).toMatchObject({ suppressed: true, reason: "too_few_structures" });
  });

  it("Should not change when one structure answers again, before or after its quarter closes", async () => {
    const t = await createTestApp({ rateLimits: false });
    const [first] = await assessedStructures(t, [5, 4, 3, 1]);
    const before = await regionLabel(t);

    // Within the quarter: a new self-assessment changes nothing that can be read.
    await selfAssess(t, first!.code, ALL_AT(1));
    expect(await regionLabel(t)).toEqual(before);

    // After the quarter: the new figures differ from the old by that one structure alone, so the old ones stay.
    t.setNow(IN_Q3);
    const after = await regionLabel(t);
    expect(after.quarter).toBe("2026-Q2");
    expect(after.overall).toEqual({ ...before.overall, asOf: "2026-Q1" });
  });

  it("Should hold a change back while fewer than four structures changed", async () => {
    const t = await createTestApp({ rateLimits: false });
    // Three structures changing are still singled out (the fourth answered the same): held back…
    const made = await assessedStructures(t, [5, 4, 3, 1]);
    for (const s of made) await selfAssess(t, s.code, ALL_AT(1));
    t.setNow(IN_Q3);
    expect((await regionLabel(t)).overall.asOf).toBe("2026-Q1");
  });

  it("Should release a change once four structures changed together", async () => {
    const t = await createTestApp({ rateLimits: false });
    const made = await assessedStructures(t, [5, 5, 4, 3]);
    for (const s of made) await selfAssess(t, s.code, ALL_AT(1));
    t.setNow(IN_Q3);
    const after = await regionLabel(t);
    expect(after.overall).toMatchObject({ structures: 4, label: { suppressed: true, reason: "dominance" } });
    expect(after.overall.asOf).toBeUndefined();
  });
});

describe("Who reads a structure's label", () => {
  it("Should let the structure's manager and its region's coordinator read it, and no one else", async () => {
    const t = await createTestApp({ rateLimits: false });
    const [mine] = await assessedStructures(t, [4]);
    const other = await t.structure({ name: "Other" });
    const path = `/api/structures/${mine!.id}/label`;
    expect((await t.json("GET", path)).status).toBe(401);
    const outsider = await t.signIn("manager", { structureIds: [other.id] });
    expect((await t.json("GET", path, undefined, outsider.headers)).status).toBe(403);
    expect((await t.json("POST", `${path}/certificates`, {}, outsider.headers)).status).toBe(403);
    expect((await t.json("GET", `${path}/certificates`, undefined, outsider.headers)).status).toBe(403);
    const elsewhere = await t.signIn("coordinator", { region: "11" });
    expect((await t.json("GET", path, undefined, elsewhere.headers)).status).toBe(403);
    expect((await t.json("GET", "/api/reports/regions/84/label/certificates", undefined, elsewhere.headers)).status).toBe(403);
    expect((await t.json("GET", "/api/reports/regions/84/label/certificates", undefined, outsider.headers)).status).toBe(403);
    const coordinator = await t.signIn("coordinator", { region: "84" });
    expect((await t.json("GET", path, undefined, coordinator.headers)).status).toBe(200);
    const manager = await t.signIn("manager", { structureIds: [mine!.id] });
    expect((await t.json("GET", path, undefined, manager.headers)).status).toBe(200);
    const missing = await t.json("GET", "/api/structures/9999/label", undefined, manager.headers);
    expect(missing.status).toBe(404);
    const bad = await t.json("GET", `${path}/certificates/not-an-id`, undefined, manager.headers);
    expect(bad.status).toBe(400);
  });
});

describe("The label's cross-check against peer workers and patients", () => {
  /** `n` responses of `role` in Q1 to a structure, every scored item at `value` (reverse items mirrored). */
  async function respond(t: TestApp, structureId: number, questionnaire: string, role: string, n: number, value: number) {
    const admin = await t.signIn("admin");
    const res = await t.json("POST", "/api/campaigns", { structureId, questionnaire, version: 1, role }, admin.headers);
    const { code } = (await res.json()) as { code: string };
    const version = (await t.store.questionnaires.getVersion(questionnaire, 1))!;
    const answers = await validAnswers(t, questionnaire);
    for (const d of version.scoring.dimensions)
      for (const item of d.items) if (item in answers) answers[item] = (d.reverse ?? []).includes(item) ? 6 - value : value;
    for (let i = 0; i < n; i++) {
      const r = await t.json("POST", `/api/campaigns/${code}/responses`, { answers });
      if (r.status !== 201) throw new Error(await r.text());
    }
  }

  it("Should show released figures only: peer workers by group of structures, patients of the structure from the threshold", async () => {
    const t = await createTestApp({ rateLimits: false, minCell: 5 });
    t.setNow(IN_Q1);
    const gems = [];
    for (let i = 0; i < 4; i++) gems.push(await t.structure({ name: `GEM ${i}` }));
    const target = gems[0]!;
    await selfAssess(t, await selfAssessmentCampaign(t, target.id), ALL_AT(5));
    for (const g of gems) await respond(t, g.id, "conditions-pairs-aidants", "peer_worker", 5, 2);
    await respond(t, target.id, "experience-usagers", "patient", 4, 4);
    t.setNow(FIXED_NOW);
    const manager = await t.signIn("manager", { structureIds: [target.id] });

    type Lived = {
      role: string;
      indicator: string;
      figure: { scope: string; value: number; structures: number } | null;
      level: string | null;
      disagrees: boolean;
    };
    type Body = { triangulation: { id: string; declared: string; lived: Lived[] }[] };
    const body = (await (await t.json("GET", `/api/structures/${target.id}/label`, undefined, manager.headers)).json()) as Body;
    const training = body.triangulation.find((c) => c.id === "training")!;
    expect(training.declared).toBe("met");
    expect(training.lived).toMatchObject([
      {
        role: "peer_worker",
        indicator: "training_score",
        figure: { scope: "kind", value: 25, structures: 4 },
        level: "not_met",
        disagrees: true,
      },
    ]);
    const lived = body.triangulation.flatMap((c) => c.lived);
    expect(lived.filter((l) => l.role === "peer_worker").every((l) => l.figure?.scope !== "structure")).toBe(true);
    // 4 patients, under the threshold of 5: no figure of the structure.
    expect(body.triangulation.find((c) => c.id === "coconstruction")!.lived).toMatchObject([
      { role: "patient", figure: null, disagrees: false },
    ]);
  });

  it("Should show the structure's patients once they reach the threshold", async () => {
    const t = await createTestApp({ rateLimits: false, minCell: 5 });
    t.setNow(IN_Q1);
    const s = await t.structure();
    await selfAssess(t, await selfAssessmentCampaign(t, s.id), ALL_AT(5));
    await respond(t, s.id, "experience-usagers", "patient", 5, 2);
    t.setNow(FIXED_NOW);
    const manager = await t.signIn("manager", { structureIds: [s.id] });
    const body = (await (await t.json("GET", `/api/structures/${s.id}/label`, undefined, manager.headers)).json()) as {
      triangulation: {
        id: string;
        lived: { figure: { scope: string; value: number; respondents: number } | null; disagrees: boolean }[];
      }[];
    };
    expect(body.triangulation.find((c) => c.id === "coconstruction")!.lived[0]).toMatchObject({
      figure: { scope: "structure", value: 25, respondents: 5 },
      disagrees: true,
    });
  });
});
