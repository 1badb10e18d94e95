import { beforeEach, describe, expect, it } from "vitest";
import { approveDraft, publishDraft, submitDraft } from "@/actions/draft-review.ts";
import { draftForMembers, pilotDraft, saveDraft } from "@/actions/drafts.ts";
import { addMember } from "@/actions/projects.ts";
import { smallQuestionnaire, teamWithProject, writtenDraftOf } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let team: Awaited<ReturnType<typeof teamWithProject>>;
beforeEach(async () => {
  t = await createTestApp();
  team = await teamWithProject(t);
});

const count = (table: string) => (t.store.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A written draft, submitted for review and approved by the peer worker and the researcher. */
async function approvedDraft() {
  const { id } = await writtenDraftOf(t, team);
  await submitDraft(t.actions, team.nurse, id);
  await approveDraft(t.actions, team.peer, id, 2);
  await approveDraft(t.actions, team.researcher, id, 2);
  return id;
}

describe("approveDraft", () => {
  it("Should reset approvals when the draft is edited, keeping them in the history", async () => {
    const id = await approvedDraft();
    const q = smallQuestionnaire();
    q.definition.pages[0]!.elements[2]!.title = { fr: "Venez-vous au GEM chaque semaine ?", en: "Do you come to the club every week?" };
    expect((await saveDraft(t.actions, team.nurse, id, { ...q, revision: 2 })).revision).toBe(3);

    const draft = await draftForMembers(t.actions, team.peer, id);
    expect(draft.approvals.current).toEqual([]);
    expect(draft.approvals.history).toHaveLength(2);
    expect(draft.approvals.missing).toEqual(["peer_worker", "researcher_or_professional"]);
    await expect(publishDraft(t.actions, team.peer, id)).rejects.toMatchObject({ code: "approvals_missing" });
  });

  it("Should count one approval per person and revision, audited once", async () => {
    const { id } = await writtenDraftOf(t, team);
    await submitDraft(t.actions, team.peer, id);
    expect((await approveDraft(t.actions, team.peer, id)).added).toBe(true);
    const again = await approveDraft(t.actions, team.peer, id);
    expect(again.added).toBe(false);
    expect(again.approvals.current).toHaveLength(1);
    expect((await t.store.audit.list({ limit: 10 })).filter((e) => e.action === "draft.approve")).toHaveLength(1);
  });

  it("Should refuse an administrator, who has no background to approve with, and a member without one", async () => {
    const { id } = await writtenDraftOf(t, team);
    await submitDraft(t.actions, team.peer, id);
    const admin = await t.user("admin");
    await expect(approveDraft(t.actions, admin, id)).rejects.toMatchObject({ code: "approval_not_allowed" });
    const unset = await t.store.accounts.createUser(
      { email: "sans-parcours@example.org", passwordHash: "x", role: "co_researcher" },
      new Date(),
    );
    await addMember(t.actions, team.peer, team.project.id, unset.id);
    await expect(approveDraft(t.actions, unset, id)).rejects.toMatchObject({ code: "approval_not_allowed" });
    const outsider = await t.user("co_researcher", { background: "peer_worker" });
    await expect(approveDraft(t.actions, outsider, id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("publishDraft", () => {
  it("Should refuse publication approved by peer workers only", async () => {
    const otherPeer = await t.user("co_researcher", { background: "peer_worker" });
    await addMember(t.actions, team.peer, team.project.id, otherPeer.id);
    const { id } = await writtenDraftOf(t, team);
    await submitDraft(t.actions, team.peer, id);
    await approveDraft(t.actions, team.peer, id);
    await approveDraft(t.actions, otherPeer, id);
    await expect(publishDraft(t.actions, team.peer, id)).rejects.toMatchObject({
      code: "approvals_missing",
      details: { missing: ["researcher_or_professional"] },
    });
  });

  it("Should keep pilot answers apart and delete them at publication", async () => {
    const { id } = await writtenDraftOf(t, team);
    expect(await pilotDraft(t.actions, team.nurse, id, { q1: 2, q2: 3, q3: false })).toBe(1);
    await expect(pilotDraft(t.actions, team.nurse, id, { q1: 9 })).rejects.toMatchObject({ code: "invalid_answers" });
    expect(count("pilot_responses")).toBe(1);
    expect(count("responses")).toBe(0);

    await submitDraft(t.actions, team.researcher, id);
    await approveDraft(t.actions, team.peer, id);
    await approveDraft(t.actions, team.nurse, id);
    expect(await publishDraft(t.actions, team.peer, id)).toMatchObject({ slug: "retablissement-en-gem", version: 1 });
    expect(count("pilot_responses")).toBe(0);
  });

  it("Should publish nothing when its audit entry cannot be written: no version, the draft in review, pilot answers kept", async () => {
    const id = await approvedDraft();
    await pilotDraft(t.actions, team.nurse, id, { q1: 2, q2: 3, q3: false });
    const restore = t.failAuditWrites();
    await expect(publishDraft(t.actions, team.peer, id)).rejects.toThrow("audit log unavailable");
    expect(await t.store.questionnaires.get("retablissement-en-gem")).toBeUndefined();
    expect((await t.store.drafts.get(id))!.status).toBe("in_review");
    expect(count("pilot_responses")).toBe(1);

    restore();
    expect(await publishDraft(t.actions, team.peer, id)).toMatchObject({ version: 1 });
    expect((await t.store.drafts.get(id))!.status).toBe("published");
  });

  it("Should forget the report pools once the version is committed, and only then", async () => {
    const id = await approvedDraft();
    let cleared = 0;
    const actions = { ...t.actions, reportPools: { ...t.actions.reportPools, clear: () => void (cleared += 1) } };
    const restore = t.failAuditWrites();
    await expect(publishDraft(actions, team.peer, id)).rejects.toThrow("audit log unavailable");
    expect(cleared).toBe(0);
    restore();
    await publishDraft(actions, team.peer, id);
    expect(cleared).toBe(1);
  });
});
