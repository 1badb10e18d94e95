import { describe, expect, it } from "vitest";
import { ALL_AT, selfAssess, selfAssessmentCampaign } from "../support/label.ts";
import { createTestApp } from "../support/test-app.ts";

type Criterion = {
  id: string;
  score: number | null;
  level: string;
  required: boolean;
  pointsToNextLevel: number;
  improvements: { item: string; gain: number }[];
  answers: { item: string; value: number | null }[];
};
type Label = {
  criteria: { id: string; version: number; hash: string; thresholds: { met: number; partlyMet: number } };
  assessment: { responseId: string; submittedOn: string; final: boolean } | null;
  profile: { level: string; metCount: number; criteria: Criterion[] } | null;
  history: { responseId: string; submittedOn: string; level: string; agreed: boolean; markedFinal: boolean }[];
};

describe("A structure's label profile", () => {
  it("Should show the profile right after the self-assessment is submitted, with its gaps", async () => {
    const t = await createTestApp({ rateLimits: false });
    const s = await t.structure();
    const code = await selfAssessmentCampaign(t, s.id);
    const manager = await t.signIn("manager", { structureIds: [s.id] });

    const before = (await (await t.json("GET", `/api/structures/${s.id}/label`, undefined, manager.headers)).json()) as Label;
    expect(before.profile).toBeNull();

    // training and employment "somewhat agree" (75), co-construction neutral (50), the rest "somewhat disagree" (25)
    await selfAssess(t, code, { training: 4, employment: 4, coconstruction: 3, isolation_prevention: 2, governance: 2, evaluation: 2 });
    const res = await t.json("GET", `/api/structures/${s.id}/label`, undefined, manager.headers);
    expect(res.status).toBe(200);
    const label = (await res.json()) as Label;
    expect(label.criteria).toMatchObject({ id: "label-pair-aidance", version: 1, thresholds: { met: 60, partlyMet: 40 } });
    expect(label.criteria.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(label.assessment).toMatchObject({ final: false });
    const byId = new Map(label.profile!.criteria.map((c) => [c.id, c]));
    expect(byId.get("training")).toMatchObject({ score: 75, level: "met", required: true, pointsToNextLevel: 0, improvements: [] });
    expect(byId.get("coconstruction")).toMatchObject({ score: 50, level: "partly_met", pointsToNextLevel: 10 });
    expect(byId.get("isolation_prevention")).toMatchObject({ score: 25, level: "not_met", pointsToNextLevel: 15 });
    expect(byId.get("coconstruction")!.improvements[0]!.gain).toBe(10);
    expect(byId.get("training")!.answers.find((a) => a.item === "training_peer_qualified")).toMatchObject({ value: 4 });
    expect(label.profile).toMatchObject({ level: "not_yet", metCount: 2 });
  });

  it("Should keep earlier submissions as history and show the one the manager marks final", async () => {
    const t = await createTestApp({ rateLimits: false });
    t.setNow(new Date("2026-06-10T10:00:00Z"));
    const s = await t.structure();
    const code = await selfAssessmentCampaign(t, s.id);
    await selfAssess(t, code, ALL_AT(5));
    t.setNow(new Date("2026-06-12T10:00:00Z"));
    await selfAssess(t, code, ALL_AT(3));
    const manager = await t.signIn("manager", { structureIds: [s.id] });

    const label = (await (await t.json("GET", `/api/structures/${s.id}/label`, undefined, manager.headers)).json()) as Label;
    expect(label.history.map((h) => [h.submittedOn, h.level])).toEqual([
      ["2026-06-12", "partial"],
      ["2026-06-10", "granted"],
    ]);
    expect(label.profile!.level).toBe("partial");

    const earlier = label.history[1]!.responseId;
    const marked = await t.json("POST", `/api/structures/${s.id}/label/final`, { responseId: earlier }, manager.headers);
    expect(marked.status).toBe(200);
    const after = (await marked.json()) as Label;
    expect(after.assessment).toMatchObject({ responseId: earlier, final: true });
    expect(after.profile!.level).toBe("granted");
    expect(after.history.find((h) => h.responseId === earlier)).toMatchObject({ agreed: true, markedFinal: true });

    const unknown = await t.json("POST", `/api/structures/${s.id}/label/final`, { responseId: "nope" }, manager.headers);
    expect(unknown.status).toBe(404);
  });

  it("Should freeze a dated certificate with the criteria and method versions and the data cut-off", async () => {
    const t = await createTestApp({ rateLimits: false });
    const s = await t.structure();
    const code = await selfAssessmentCampaign(t, s.id);
    const manager = await t.signIn("manager", { structureIds: [s.id] });

    const early = await t.json("POST", `/api/structures/${s.id}/label/certificates`, {}, manager.headers);
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe("label_not_assessed");

    await selfAssess(t, code, ALL_AT(4));
    const res = await t.json("POST", `/api/structures/${s.id}/label/certificates`, {}, manager.headers);
    expect(res.status).toBe(201);
    const certificate = (await res.json()) as {
      id: string;
      criteriaVersion: number;
      methodVersion: string;
      dataCutoff: string;
      level: string;
      assessedOn: string;
    };
    expect(certificate).toMatchObject({ criteriaVersion: 1, level: "granted", assessedOn: "2026-06-15", dataCutoff: "2026-03-31" });

    await selfAssess(t, code, ALL_AT(1));
    const read = await t.json("GET", `/api/structures/${s.id}/label/certificates/${certificate.id}`, undefined, manager.headers);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { content: Label }).content.profile!.level).toBe("granted");
    const list = (await (await t.json("GET", `/api/structures/${s.id}/label/certificates`, undefined, manager.headers)).json()) as {
      certificates: { id: string }[];
    };
    expect(list.certificates.map((c) => c.id)).toEqual([certificate.id]);

    const coordinator = await t.signIn("coordinator", { region: "84" });
    const region = await t.json("GET", "/api/reports/regions/84/label/certificates", undefined, coordinator.headers);
    expect(((await region.json()) as { certificates: { id: string; structureName: string }[] }).certificates).toMatchObject([
      { id: certificate.id, structureName: s.name },
    ]);
    expect(t.store.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'label.certificate'").get()).toEqual({ n: 1 });
  });
});
