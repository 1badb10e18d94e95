import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "../../src/http/rate-limits.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { errorCode, from, post } from "../support/from-address.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

const check = (t: TestApp, code: string, body: unknown, address = "192.0.2.10") =>
  from(t, address, `/api/campaigns/${code}/invitations/check`, post(body));

const snapshot = (t: TestApp) =>
  t.store.db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM responses) AS responses,
              (SELECT count(*) FROM invitation_tokens WHERE used = 1) AS used,
              (SELECT count(*) FROM audit_log) AS audit`,
    )
    .get();

describe("POST /api/campaigns/:code/invitations/check", () => {
  it("Should recognise a code the campaign issued and not a mistyped one", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const good = await check(t, code, { invitation: invitations[0] });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ recognised: true });
    expect(await (await check(t, code, { invitation: `${invitations[0]}x` })).json()).toEqual({ recognised: false });
  });

  it("Should spend nothing and store nothing: the code still works afterwards", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 1 });
    const before = snapshot(t);
    for (let i = 0; i < 5; i++) await check(t, code, { invitation: invitations[0] });
    expect(snapshot(t)).toEqual(before);
    const submitted = await t.json("POST", `/api/campaigns/${code}/responses`, {
      answers: await validAnswers(t),
      invitation: invitations[0],
    });
    expect(submitted.status).toBe(201);
  });

  it("Should give a used code the same answer as an unused one, so that nobody learns without spending it whether its holder answered", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 2 });
    const [used, unused] = invitations as [string, string];
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers: await validAnswers(t), invitation: used })).status).toBe(
      201,
    );
    const a = await check(t, code, { invitation: used });
    const b = await check(t, code, { invitation: unused });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.text()).toBe(await b.text());
  });

  it("Should not recognise another campaign's code", async () => {
    const t = await createTestApp();
    const a = await openCampaign(t, { invitations: 1 });
    const b = await openCampaign(t, { invitations: 1 });
    expect(await (await check(t, b.code, { invitation: a.invitations[0] })).json()).toEqual({ recognised: false });
  });

  it("Should answer 404 for an unknown campaign and 400 for a malformed body", async () => {
    const t = await createTestApp();
    const { code } = await openCampaign(t, { invitations: 1 });
    const unknown = await check(t, "nosuchcampaign", { invitation: "abc" });
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe("campaign_not_found");
    for (const body of [{}, { invitation: "" }, { invitation: 3 }, { invitation: "a", extra: 1 }, { invitation: "x".repeat(201) }]) {
      const res = await check(t, code, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("Should refuse a check sent from another site", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 1 });
    const res = await from(
      t,
      "192.0.2.10",
      `/api/campaigns/${code}/invitations/check`,
      post({ invitation: invitations[0] }, { "sec-fetch-site": "cross-site" }),
    );
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("cross_origin_refused");
  });

  it("Should limit checks per client as submissions are, and leave other clients free", async () => {
    const t = await createTestApp();
    const { code, invitations } = await openCampaign(t, { invitations: 1 });
    const { limit } = RATE_LIMITS.checkInvitationPerClient;
    expect(limit).toBe(RATE_LIMITS.submitPerClient.limit);
    for (let i = 0; i < limit; i++) expect((await check(t, code, { invitation: `guess-${i}` }, "198.51.100.7")).status).toBe(200);
    const refused = await check(t, code, { invitation: invitations[0] }, "198.51.100.7");
    expect(refused.status).toBe(429);
    expect(await errorCode(refused)).toBe("too_many_requests");
    expect(refused.headers.get("retry-after")).not.toBeNull();
    expect(await (await check(t, code, { invitation: invitations[0] }, "192.0.2.99")).json()).toEqual({ recognised: true });
  });
});
