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

    expect((await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.nurse.headers)).status).toBe(200);
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
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.nurse.headers);
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
