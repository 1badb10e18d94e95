import { beforeEach, describe, expect, it } from "vitest";
import { approveDraft, publishDraft, submitDraft } from "@/actions/draft-review.ts";
import { createDraft, draftForMembers, saveDraft } from "@/actions/drafts.ts";
import { createProject } from "@/actions/projects.ts";
import { smallQuestionnaire, teamWithProject, writtenDraftOf } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let team: Awaited<ReturnType<typeof teamWithProject>>;
beforeEach(async () => {
  t = await createTestApp();
  team = await teamWithProject(t);
});

/** A written draft, reviewed and published as version 1 of its questionnaire. */
async function publishedDraft() {
  const draft = await writtenDraftOf(t, team);
  await submitDraft(t.actions, team.nurse, draft.id);
  await approveDraft(t.actions, team.peer, draft.id);
  await approveDraft(t.actions, team.researcher, draft.id);
  await publishDraft(t.actions, team.peer, draft.id);
  return draft;
}

describe("saveDraft: working at the same time", () => {
  it("Should merge non-overlapping edits made from the same revision, and refuse overlapping ones with what conflicts", async () => {
    const { id } = await writtenDraftOf(t, team);
    const named = await t.store.accounts.createUser(
      { email: "pair@example.org", passwordHash: "x", role: "co_researcher", background: "peer_worker", displayName: "Pair-aidante" },
      new Date(),
    );
    await t.store.projects.addMember(team.project.id, named.id, team.peer.id, new Date());
    const a = smallQuestionnaire();
    a.definition.pages[0]!.elements[0]!.title = { fr: "Je me sens bien accueilli·e au GEM.", en: "I feel well received at the club." };
    const b = smallQuestionnaire();
    b.definition.pages[0]!.elements[1]!.title = { fr: "Le GEM m'aide à avoir confiance en moi.", en: "The club helps me feel confident." };
    const c = smallQuestionnaire();
    c.definition.pages[0]!.elements[0]!.title = { fr: "On m'accueille bien au GEM.", en: "People welcome me at the club." };

    expect(await saveDraft(t.actions, named, id, { ...a, revision: 2 })).toMatchObject({ revision: 3, merged: false });
    expect(await saveDraft(t.actions, team.researcher, id, { ...b, revision: 2 })).toMatchObject({
      revision: 4,
      merged: true,
      mergedWith: ["Pair-aidante"],
    });
    await expect(saveDraft(t.actions, team.nurse, id, { ...c, revision: 2 })).rejects.toMatchObject({
      code: "draft_conflict",
      details: { revision: 4, conflicts: [{ key: "question:q1", reason: "both_changed" }] },
    });

    const draft = await draftForMembers(t.actions, team.peer, id);
    expect(draft.revision).toBe(4);
    const titles = draft.content.definition.pages[0]!.elements.map((e) => (e.title as { fr: string } | undefined)?.fr);
    expect(titles.slice(0, 2)).toEqual(["Je me sens bien accueilli·e au GEM.", "Le GEM m'aide à avoir confiance en moi."]);
  });

  it("Should refuse an unknown base revision and a published draft", async () => {
    const { id } = await writtenDraftOf(t, team);
    await expect(saveDraft(t.actions, team.peer, id, { ...smallQuestionnaire(), revision: 99 })).rejects.toMatchObject({
      code: "invalid_request",
    });
    const published = await publishedDraft();
    await expect(saveDraft(t.actions, team.peer, published.id, { ...smallQuestionnaire(), revision: 2 })).rejects.toMatchObject({
      code: "draft_published",
    });
  });
});

describe("createDraft", () => {
  it("Should keep a project's questionnaire to that project, and create nothing when its audit entry fails", async () => {
    const { slug } = await publishedDraft();
    const other = await createProject(t.actions, team.researcher, { name: "Autre projet", description: "", members: [] });
    await expect(createDraft(t.actions, team.researcher, other.id, { slug })).rejects.toMatchObject({
      code: "questionnaire_of_another_project",
    });

    t.failAuditWrites();
    await expect(createDraft(t.actions, team.researcher, other.id, {})).rejects.toThrow("audit log unavailable");
    expect(await t.store.drafts.list(other.id)).toEqual([]);
  });
});
