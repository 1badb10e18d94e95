import { beforeEach, describe, expect, it } from "vitest";
import { createCampaign, setCampaignStatus } from "@/actions/campaigns.ts";
import { DomainError } from "@/domain/domain-error.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});

const input = (structureId: number) => ({ structureId, questionnaire: "experience-usagers", version: 1, role: "patient" as const });
const count = (table: string) => (t.store.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("createCampaign", () => {
  it("Should store the campaign, its invitation hashes and its audit entry", async () => {
    const s = await t.structure();
    const manager = await t.user("manager", { structureIds: [s.id] });
    const { campaign, invitations } = await createCampaign(t.actions, manager, { ...input(s.id), invitations: 3 });
    expect(await t.store.campaigns.getByCode(campaign.code)).toMatchObject({ structureId: s.id, requiresInvitation: true });
    expect(invitations).toHaveLength(3);
    expect(count("invitation_tokens")).toBe(3);
    expect(await t.store.audit.list({ limit: 10 })).toMatchObject([
      { userId: manager.id, action: "campaign.create", targetId: campaign.code, details: { invitations: 3 }, region: "84" },
    ]);
  });

  it("Should create nothing when its audit entry cannot be written", async () => {
    const s = await t.structure();
    const admin = await t.user("admin");
    t.failAuditWrites();
    await expect(createCampaign(t.actions, admin, { ...input(s.id), invitations: 3 })).rejects.toThrow("audit log unavailable");
    expect(count("campaigns")).toBe(0);
    expect(count("invitation_tokens")).toBe(0);
  });

  it("Should refuse a manager of another structure with forbidden, before anything is written", async () => {
    const [mine, theirs] = [await t.structure(), await t.structure({ name: "GEM Ailleurs" })];
    const manager = await t.user("manager", { structureIds: [mine.id] });
    const refused = createCampaign(t.actions, manager, input(theirs.id));
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: "forbidden" });
    expect(count("campaigns")).toBe(0);
  });
});

describe("setCampaignStatus", () => {
  it("Should leave the campaign as it was when its audit entry cannot be written", async () => {
    const s = await t.structure();
    const admin = await t.user("admin");
    const { campaign } = await createCampaign(t.actions, admin, input(s.id));
    const restore = t.failAuditWrites();
    await expect(setCampaignStatus(t.actions, admin, campaign.code, "closed")).rejects.toThrow("audit log unavailable");
    expect((await t.store.campaigns.getByCode(campaign.code))!.status).toBe("active");
    restore();
    const { campaign: closed, availability } = await setCampaignStatus(t.actions, admin, campaign.code, "closed");
    expect([closed.status, availability]).toEqual(["closed", "closed"]);
  });

  it("Should never reopen a closed campaign", async () => {
    const s = await t.structure();
    const admin = await t.user("admin");
    const { campaign } = await createCampaign(t.actions, admin, input(s.id));
    await setCampaignStatus(t.actions, admin, campaign.code, "closed");
    await expect(setCampaignStatus(t.actions, admin, campaign.code, "active")).rejects.toMatchObject({
      code: "campaign_not_open",
      details: { availability: "closed" },
    });
  });
});
