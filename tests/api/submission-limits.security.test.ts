import { describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { from, post } from "../support/from-address.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

const submit = (t: TestApp, address: string, code: string, body: unknown) =>
  from(t, address, `/api/campaigns/${code}/responses`, post(body));

const auditActions = (t: TestApp) =>
  t.store.db.$client
    .prepare("SELECT action, target_id AS targetId, region, details FROM audit_log WHERE action LIKE 'campaign.submission%'")
    .all() as {
    action: string;
    targetId: string;
    region: string;
    details: string;
  }[];

/**
 * Submissions are limited per client only. Nobody can close a campaign to its respondents by flooding it: the
 * campaign-wide count is of accepted submissions, and reaching it alerts the structure's managers instead.
 */
describe("Submission limits", () => {
  it("Should leave a campaign open to a genuine respondent after 540 invalid submissions from 9 addresses", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    for (let a = 1; a <= 9; a++)
      for (let i = 0; i < 60; i++) expect((await submit(t, `198.51.100.${a}`, code, { answers: {} })).status).toBe(422);
    expect((await submit(t, "192.0.2.1", code, { answers: await validAnswers(t) })).status).toBe(201);
  });

  it("Should count the addresses of one IPv6 /64 as one client", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    const statuses: number[] = [];
    for (let a = 1; a <= 9; a++)
      for (let i = 0; i < 60; i++) statuses.push((await submit(t, `2001:db8:5:6::${a}`, code, { answers: {} })).status);
    expect(statuses.slice(0, 60).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
    expect((await submit(t, "2001:db8:5:7::1", code, { answers: await validAnswers(t) })).status).toBe(201);
  });

  it("Should refuse malformed bodies before counting anything", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t);
    for (let i = 0; i < 100; i++) expect((await submit(t, "192.0.2.9", code, { answers: 3 })).status).toBe(400);
    for (let i = 0; i < 100; i++) expect((await submit(t, "192.0.2.9", code, '{"answers":')).status).toBe(400);
    expect((await submit(t, "192.0.2.9", code, { answers: await validAnswers(t) })).status).toBe(201);
  });

  it("Should accept a surge past the campaign-wide limit, and alert the structure's managers once", async () => {
    const t = await createTestApp();
    const { code, structureId } = await openCampaign(t);
    const quiet = await openCampaign(t, { structureId });
    const answers = await validAnswers(t);
    for (let i = 0; i < 502; i++) {
      const res = await submit(t, `10.0.${Math.floor(i / 200)}.${i % 200}`, code, { answers });
      expect(res.status).toBe(201);
    }
    const entries = auditActions(t);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "campaign.submission_surge", targetId: code, region: "84" });
    expect(JSON.parse(entries[0]!.details)).toMatchObject({ limit: 500, windowMinutes: 10 });

    const manager = await t.signIn("manager", { structureIds: [structureId] });
    const list = (await (await t.json("GET", `/api/structures/${structureId}/campaigns`, undefined, manager.headers)).json()) as {
      campaigns: { code: string; alerts: { kind: string; limit: number; windowMinutes: number; at: string }[] }[];
    };
    const surged = list.campaigns.find((c) => c.code === code)!;
    expect(surged.alerts).toEqual([{ kind: "submission_surge", limit: 500, windowMinutes: 10, at: expect.any(String) }]);
    expect(list.campaigns.find((c) => c.code === quiet.code)!.alerts).toEqual([]);
  });
});
