import { beforeEach, describe, expect, it } from "vitest";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let team: Awaited<ReturnType<typeof researchTeam>>;

beforeEach(async () => {
  t = await createTestApp({ rateLimits: false });
  team = await researchTeam(t);
});

const code = async (res: Response) => (await body<{ error: { code: string; details?: unknown } }>(res)).error;

async function completeDraft() {
  const res = await t.json("POST", `/api/projects/${team.project.id}/drafts`, smallQuestionnaire(), team.peer.headers);
  expect(res.status).toBe(201);
  return body<{ id: number; revision: number; slug: string }>(res);
}

describe("Bad input on drafts never changes them", () => {
  it("Should refuse a definition without pages and keep the draft as it was", async () => {
    const { id } = await completeDraft();
    const before = await body(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }));
    const res = await t.json(
      "PUT",
      `/api/drafts/${id}`,
      { definition: { pages: [] }, scoring: smallQuestionnaire().scoring, revision: 1 },
      team.peer.headers,
    );
    expect(res.status).toBe(400);
    expect((await code(res)).code).toBe("invalid_request");
    expect(await body(await t.app.request(`/api/drafts/${id}`, { headers: team.peer.headers }))).toEqual(before);
  });

  it("Should refuse an unknown base revision", async () => {
    const { id } = await completeDraft();
    const res = await t.json("PUT", `/api/drafts/${id}`, { ...smallQuestionnaire(), revision: 99 }, team.peer.headers);
    expect(res.status).toBe(400);
  });

  it("Should save an incomplete draft with its problems, but refuse to submit it", async () => {
    const q = smallQuestionnaire();
    q.definition.pages[0]!.elements[0]!.title = { fr: "Je me sens accueilli·e.", en: "" };
    const { id } = await completeDraft();
    const saved = await t.json("PUT", `/api/drafts/${id}`, { ...q, revision: 1 }, team.peer.headers);
    expect(saved.status).toBe(200);
    const { problems } = await body<{ problems: { path: string }[] }>(saved);
    expect(problems.map((p) => p.path)).toContain("/definition/pages/0/elements/0/title");
    const submit = await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    expect(submit.status).toBe(422);
    expect(await code(submit)).toMatchObject({
      code: "draft_invalid",
      details: { problems: expect.arrayContaining([expect.objectContaining({ path: "/definition/pages/0/elements/0/title" })]) },
    });
  });

  it("Should refuse approvals before review, and approvals of a revision the approver did not read", async () => {
    const { id } = await completeDraft();
    expect((await code(await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers))).code).toBe("draft_not_in_review");
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.peer.headers);
    const stale = await t.json("POST", `/api/drafts/${id}/approvals`, { revision: 7 }, team.peer.headers);
    expect(stale.status).toBe(409);
    expect(await code(stale)).toMatchObject({ code: "revision_stale", details: { revision: 1 } });
  });

  it("Should refuse to publish a copy identical to the published version", async () => {
    const res = await t.json("POST", `/api/projects/${team.project.id}/drafts`, { questionnaire: "experience-usagers" }, team.peer.headers);
    const { id } = await body<{ id: number }>(res);
    await t.json("POST", `/api/drafts/${id}/submit`, undefined, team.researcher.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${id}/approvals`, {}, team.nurse.headers);
    const publish = await t.json("POST", `/api/drafts/${id}/publish`, {}, team.peer.headers);
    expect(publish.status).toBe(409);
    expect(await code(publish)).toMatchObject({ code: "version_exists", details: { version: 1 } });
  });

  it("Should refuse a comment on a question the draft does not have, and a reply to an unknown thread", async () => {
    const { id } = await completeDraft();
    expect((await t.json("POST", `/api/drafts/${id}/comments`, { question: "nope", body: "?" }, team.peer.headers)).status).toBe(400);
    expect((await code(await t.json("POST", `/api/drafts/${id}/comments`, { parentId: 999, body: "?" }, team.peer.headers))).code).toBe(
      "comment_not_found",
    );
    expect((await t.json("POST", `/api/drafts/${id}/comments`, { body: "   " }, team.peer.headers)).status).toBe(400);
  });

  it("Should answer 404 for unknown projects, drafts, comments and versions, with a message in the reader's language", async () => {
    const res = await t.app.request("/api/drafts/12345", { headers: { ...team.peer.headers, "accept-language": "en" } });
    expect(res.status).toBe(404);
    expect(await code(res)).toMatchObject({ code: "draft_not_found", message: "This draft does not exist." });
    expect((await code(await t.app.request("/api/projects/999", { headers: team.peer.headers }))).code).toBe("project_not_found");
    const { id } = await completeDraft();
    expect((await code(await t.json("PATCH", `/api/drafts/${id}/comments/999`, { status: "resolved" }, team.peer.headers))).code).toBe(
      "comment_not_found",
    );
    expect((await code(await t.app.request("/api/questionnaires/experience-usagers/diff?from=1&to=9"))).code).toBe("version_not_found");
    expect((await t.app.request("/api/questionnaires/experience-usagers/diff?from=one&to=2")).status).toBe(400);
  });

  it("Should refuse a wording decision given twice for the same change", async () => {
    const { id } = await completeDraft();
    const decision = { key: "question:q1", comparable: true, note: "" };
    const res = await t.json(
      "PUT",
      `/api/drafts/${id}`,
      { ...smallQuestionnaire(), revision: 1, decisions: [decision, decision] },
      team.peer.headers,
    );
    expect(res.status).toBe(400);
  });
});
