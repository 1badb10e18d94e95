import { beforeEach, describe, expect, it } from "vitest";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

type Team = Awaited<ReturnType<typeof researchTeam>>;
let t: TestApp;
let team: Team;

beforeEach(async () => {
  t = await createTestApp({ rateLimits: false });
  team = await researchTeam(t);
});

/** A draft from scratch filled with the small questionnaire, saved once: revision 2. */
async function writtenDraft(): Promise<{ id: number; slug: string }> {
  const created = await t.json(
    "POST",
    `/api/projects/${team.project.id}/drafts`,
    { title: { fr: "Rétablissement en GEM", en: "Recovery in peer-run clubs" } },
    team.peer.headers,
  );
  expect(created.status).toBe(201);
  const { id, revision, slug } = await body<{ id: number; revision: number; slug: string }>(created);
  const q = smallQuestionnaire();
  const saved = await t.json("PUT", `/api/drafts/${id}`, { ...q, revision }, team.peer.headers);
  expect(saved.status).toBe(200);
  expect(await body(saved)).toMatchObject({ revision: 2, merged: false, problems: [] });
  return { id, slug };
}

describe("Research projects", () => {
  it("Should create a project whose creator and chosen co-researchers are members, with their backgrounds", async () => {
    const res = await t.app.request(`/api/projects/${team.project.id}`, { headers: team.nurse.headers });
    expect(res.status).toBe(200);
    const project = await body<{ members: { id: number; background: string }[]; drafts: unknown[] }>(res);
    expect(project.members.map((m) => m.background).sort()).toEqual(["peer_worker", "professional", "researcher"]);
    expect(project.drafts).toEqual([]);
  });

  it("Should add a co-researcher as a member once, and list projects per member", async () => {
    const first = await t.json(
      "POST",
      `/api/projects/${team.project.id}/members`,
      { userId: team.outsider.user.id },
      team.researcher.headers,
    );
    expect(first.status).toBe(201);
    const again = await t.json(
      "POST",
      `/api/projects/${team.project.id}/members`,
      { userId: team.outsider.user.id },
      team.researcher.headers,
    );
    expect(again.status).toBe(200);
    expect((await body<{ members: unknown[] }>(again)).members).toHaveLength(4);
    const list = await body<{ projects: { id: number; members: number }[] }>(
      await t.app.request("/api/projects", { headers: team.outsider.headers }),
    );
    expect(list.projects).toEqual([expect.objectContaining({ id: team.project.id, members: 4 })]);
  });

  it("Should let members revise the project's description and ethics text, and remove the ethics text", async () => {
    const path = `/api/projects/${team.project.id}`;
    const ethics = { fr: "Avis favorable du comité d'éthique, 2026.", en: "Approved by the ethics committee, 2026." };
    const res = await t.json("PATCH", path, { description: "Trois GEM, deux ans.", ethics }, team.nurse.headers);
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ name: "Rétablissement en GEM", description: "Trois GEM, deux ans.", ethics });
    expect(await body(await t.json("PATCH", path, { ethics: null }, team.peer.headers))).toMatchObject({ ethics: null });
    expect((await t.json("PATCH", path, { name: "" }, team.peer.headers)).status).toBe(400);
    expect((await t.json("PATCH", path, { name: "Autre" }, team.outsider.headers)).status).toBe(403);
  });

  it("Should list co-researchers with their background for choosing members", async () => {
    const res = await t.app.request("/api/co-researchers", { headers: team.peer.headers });
    const list = await body<{ coResearchers: { id: number; background: string }[] }>(res);
    expect(list.coResearchers).toHaveLength(4);
    expect(list.coResearchers.find((p) => p.id === team.nurse.user.id)?.background).toBe("professional");
  });
});

describe("Drafts: write, discuss, review, publish", () => {
  it("Should publish a version only after a peer worker and a researcher approved, then let respondents answer it", async () => {
    const { id, slug } = await writtenDraft();

    const comment = await t.json(
      "POST",
      `/api/drafts/${id}/comments`,
      { question: "q2", body: "« reprendre confiance » : trop abstrait ?", falcReview: true },
      team.researcher.headers,
    );
    expect(comment.status).toBe(201);
    const thread = await body<{ id: number }>(comment);
    const reply = await t.json(
      "POST",
      `/api/drafts/${id}/comments`,
      { parentId: thread.id, body: "D'accord, on garde mais on teste." },
      team.peer.headers,
    );
    expect(await body(reply)).toMatchObject({ parentId: thread.id, question: "q2", status: "open" });
    const resolved = await t.json("PATCH", `/api/drafts/${id}/comments/${thread.id}`, { status: "resolved" }, team.peer.headers);
    expect(await body(resolved)).toMatchObject({ status: "resolved", falcReview: true });

    expect((await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers)).status).toBe(200);
    const peerApproval = await t.json("POST", `/api/drafts/${id}/approvals`, { revision: 2 }, team.peer.headers);
    expect(peerApproval.status).toBe(201);
    expect(await body(peerApproval)).toMatchObject({ satisfied: false, missing: ["researcher_or_professional"] });

    const early = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(early.status).toBe(409);
    expect(await body(early)).toMatchObject({ error: { code: "approvals_missing", details: { missing: ["researcher_or_professional"] } } });

    await t.json("POST", `/api/drafts/${id}/approvals`, { revision: 2 }, team.researcher.headers);
    const published = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.nurse.headers);
    expect(published.status).toBe(201);
    expect(await body(published)).toEqual({ questionnaire: slug, version: 1 });

    const version = await body<{ status: string; definition: { pages: { elements: { name: string }[] }[] } }>(
      await t.app.request(`/api/questionnaires/${slug}/versions/1`),
    );
    expect(version.status).toBe("published");
    expect(version.definition.pages[0]!.elements.map((e) => e.name)).toEqual(["q1", "q2", "q3", "q4"]);

    const history = await body<{ project: { id: number }; approvals: { background: string; revision: number }[] }>(
      await t.app.request(`/api/questionnaires/${slug}/versions/1/history`, { headers: team.nurse.headers }),
    );
    expect(history.project.id).toBe(team.project.id);
    expect(history.approvals.map((a) => [a.background, a.revision])).toEqual([
      ["peer_worker", 2],
      ["researcher", 2],
    ]);

    // A structure runs a campaign on the new version, and a respondent answers it.
    const structure = await t.structure();
    const admin = await t.signIn("admin");
    const campaign = await t.json(
      "POST",
      "/api/campaigns",
      { structureId: structure.id, questionnaire: slug, version: 1, role: "patient" },
      admin.headers,
    );
    expect(campaign.status).toBe(201);
    const { code } = await body<{ code: string }>(campaign);
    const answered = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { q1: 4, q2: 5, q3: true, q4: "Merci" } });
    expect(answered.status).toBe(201);

    // The published draft no longer changes.
    const edit = await t.json("PUT", `/api/drafts/${id}`, { ...smallQuestionnaire(), revision: 2 }, team.peer.headers);
    expect(edit.status).toBe(409);
    expect((await body<{ error: { code: string } }>(edit)).error.code).toBe("draft_published");
  });

  it("Should reset approvals when the draft is edited, keeping them in the history", async () => {
    const { id } = await writtenDraft();
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.researcher.headers);

    const q = smallQuestionnaire();
    q.definition.pages[0]!.elements[2]!.title = { fr: "Venez-vous au GEM chaque semaine ?", en: "Do you come to the club every week?" };
    const edit = await t.json("PUT", `/api/drafts/${id}`, { ...q, revision: 2 }, team.nurse.headers);
    expect(edit.status).toBe(200);

    const draft = await body<{
      revision: number;
      status: string;
      approvals: { current: unknown[]; history: unknown[]; missing: string[] };
    }>(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }));
    expect(draft.revision).toBe(3);
    expect(draft.approvals.current).toEqual([]);
    expect(draft.approvals.history).toHaveLength(2);
    expect(draft.approvals.missing).toEqual(["peer_worker", "researcher_or_professional"]);
    const publish = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect((await body<{ error: { code: string } }>(publish)).error.code).toBe("approvals_missing");
  });

  it("Should refuse publication approved by peer workers only", async () => {
    const otherPeer = await t.signIn("co_researcher", { background: "peer_worker" });
    await t.json("POST", `/api/projects/${team.project.id}/members`, { userId: otherPeer.user.id }, team.peer.headers);
    const { id } = await writtenDraft();
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, otherPeer.headers);
    const publish = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(publish.status).toBe(409);
    expect(await body(publish)).toMatchObject({
      error: { code: "approvals_missing", details: { missing: ["researcher_or_professional"] } },
    });
  });

  it("Should keep pilot answers apart and delete them at publication", async () => {
    const { id, slug } = await writtenDraft();
    const pilot = await t.json("POST", `/api/drafts/${id}/pilot`, { answers: { q1: 2, q2: 3, q3: false } }, team.nurse.headers);
    expect(pilot.status).toBe(201);
    expect(await body(pilot)).toEqual({ pilotResponses: 1 });
    const wrong = await t.json("POST", `/api/drafts/${id}/pilot`, { answers: { q1: 9 } }, team.nurse.headers);
    expect(wrong.status).toBe(422);
    const count = () => t.store.db.$client.prepare("SELECT count(*) AS n FROM pilot_responses").get() as { n: number };
    expect(count().n).toBe(1);
    expect((t.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n).toBe(0);

    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.nurse.headers);
    expect((await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers)).status).toBe(201);
    expect(count().n).toBe(0);
    expect(slug).toBe("retablissement-en-gem");
  });
});

describe("Working at the same time", () => {
  it("Should merge non-overlapping edits made from the same revision, and refuse overlapping ones with what conflicts", async () => {
    const { id } = await writtenDraft();
    const a = smallQuestionnaire();
    a.definition.pages[0]!.elements[0]!.title = { fr: "Je me sens bien accueilli·e au GEM.", en: "I feel well received at the club." };
    const b = smallQuestionnaire();
    b.definition.pages[0]!.elements[1]!.title = { fr: "Le GEM m'aide à avoir confiance en moi.", en: "The club helps me feel confident." };
    const c = smallQuestionnaire();
    c.definition.pages[0]!.elements[0]!.title = { fr: "On m'accueille bien au GEM.", en: "People welcome me at the club." };

    expect(await body(await t.json("PUT", `/api/drafts/${id}`, { ...a, revision: 2 }, team.peer.headers))).toMatchObject({
      revision: 3,
      merged: false,
    });
    const merged = await t.json("PUT", `/api/drafts/${id}`, { ...b, revision: 2 }, team.researcher.headers);
    expect(merged.status).toBe(200);
    expect(await body(merged)).toMatchObject({ revision: 4, merged: true, mergedWith: ["Pair-aidante"] });

    const conflict = await t.json("PUT", `/api/drafts/${id}`, { ...c, revision: 2 }, team.nurse.headers);
    expect(conflict.status).toBe(409);
    expect(await body(conflict)).toMatchObject({
      error: { code: "draft_conflict", details: { revision: 4, conflicts: [{ key: "question:q1", reason: "both_changed" }] } },
    });

    const draft = await body<{ revision: number; content: ReturnType<typeof smallQuestionnaire> }>(
      await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }),
    );
    expect(draft.revision).toBe(4);
    const latest = await body(await t.app.request(`/api/drafts/${id}/revision`, { headers: team.nurse.headers }));
    expect(latest).toMatchObject({ revision: 4, status: "editing", updatedBy: { id: team.researcher.user.id, displayName: "Chercheur" } });
    const titles = draft.content.definition.pages[0]!.elements.map((e) => (e.title as { fr: string } | undefined)?.fr);
    expect(titles.slice(0, 2)).toEqual(["Je me sens bien accueilli·e au GEM.", "Le GEM m'aide à avoir confiance en moi."]);
  });
});

describe("Versions side by side", () => {
  /** A draft of the library's patient questionnaire with one scored item reworded in French. */
  async function rewordedLibraryDraft() {
    const created = await t.json(
      "POST",
      `/api/projects/${team.project.id}/drafts`,
      { questionnaire: "experience-usagers", version: 1 },
      team.peer.headers,
    );
    expect(created.status).toBe(201);
    const { id } = await body<{ id: number }>(created);
    const draft = await body<{
      content: {
        definition: { pages: { elements: { name: string; type: string; title?: { fr: string; en: string } }[] }[] };
        scoring: { dimensions: { items: string[] }[] };
      };
    }>(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }));
    const scoredItem = draft.content.scoring.dimensions[0]!.items[0]!;
    const element = draft.content.definition.pages.flatMap((p) => p.elements).find((e) => e.name === scoredItem)!;
    element.title = { fr: `${element.title!.fr} (au cours du dernier mois)`, en: element.title!.en };
    const saved = await t.json(
      "PUT",
      `/api/drafts/${id}`,
      { definition: draft.content.definition, scoring: draft.content.scoring, revision: 1 },
      team.peer.headers,
    );
    expect(saved.status).toBe(200);
    return { id, key: `question:${scoredItem}` };
  }

  /** The versions of the patient questionnaire the regional benchmark pools. */
  async function pooledVersions() {
    const report = await t.app.request("/api/reports/regions/84?questionnaire=experience-usagers");
    expect(report.status).toBe(200);
    const { versions } = await body<{ versions: { questionnaire: string; version: number }[] }>(report);
    return versions
      .filter((v) => v.questionnaire === "experience-usagers")
      .map((v) => v.version)
      .sort();
  }

  async function approveAndPublish(id: number, decisions: { key: string; comparable: boolean; note: string }[]) {
    const current = await body<{ revision: number; content: { definition: unknown; scoring: unknown }; undecided: string[] }>(
      await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }),
    );
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    const undecided = await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    expect(undecided.status).toBe(201);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.researcher.headers);
    const refused = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(refused.status).toBe(409);
    expect(await body(refused)).toMatchObject({ error: { code: "decisions_missing", details: { keys: current.undecided } } });
    // Recording the decision is an edit: approvals are given again on the new revision.
    const decided = await t.json(
      "PUT",
      `/api/drafts/${id}`,
      { ...current.content, revision: current.revision, decisions },
      team.researcher.headers,
    );
    expect(decided.status).toBe(200);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.researcher.headers);
    const published = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(published.status).toBe(201);
    return body<{ questionnaire: string; version: number }>(published);
  }

  it("Should classify a scored rewording as wording and pool the versions when judged comparable", async () => {
    const { id, key } = await rewordedLibraryDraft();
    const published = await approveAndPublish(id, [{ key, comparable: true, note: "Précision de la période, même sens." }]);
    expect(published).toEqual({ questionnaire: "experience-usagers", version: 2 });
    const diff = await body<{
      changes: { key: string; class: string; kind: string }[];
      pooled: boolean;
      decisions: { key: string; comparable: boolean }[];
    }>(await t.app.request("/api/questionnaires/experience-usagers/diff?from=1&to=2"));
    expect(diff.changes).toEqual([expect.objectContaining({ key, class: "wording", kind: "reworded" })]);
    expect(diff.decisions).toEqual([expect.objectContaining({ key, comparable: true, version: 2 })]);
    expect(diff.pooled).toBe(true);
    expect(await pooledVersions()).toEqual([1, 2]);
  });

  it("Should stop pooling the versions when the co-researchers record the rewording as not comparable", async () => {
    const { id, key } = await rewordedLibraryDraft();
    await approveAndPublish(id, [{ key, comparable: false, note: "La période change ce qui est mesuré." }]);
    const diff = await body<{ pooled: boolean }>(await t.app.request("/api/questionnaires/experience-usagers/diff?from=1&to=2"));
    expect(diff.pooled).toBe(false);
    const pool = await t.app.request("/api/questionnaires/experience-usagers/diff?from=2&to=1");
    expect((await body<{ pooled: boolean }>(pool)).pooled).toBe(false);
    expect(await pooledVersions()).toEqual([2]);
  });
});
