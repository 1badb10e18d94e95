import { beforeEach, describe, expect, it } from "vitest";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let team: Awaited<ReturnType<typeof researchTeam>>;

beforeEach(async () => {
  t = await createTestApp({ rateLimits: false });
  team = await researchTeam(t);
});

const errorCode = async (res: Response) => (await body<{ error: { code: string } }>(res)).error.code;

describe("Who works in a research project", () => {
  it("Should refuse every draft action to a co-researcher outside the project, and change nothing", async () => {
    const created = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, smallQuestionnaire(), team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, team.peer.headers);
    const calls: [string, string, unknown][] = [
      ["GET", `/api/drafts/${created.id}`, undefined],
      ["PUT", `/api/drafts/${created.id}`, { ...smallQuestionnaire(), revision: 1 }],
      ["POST", `/api/drafts/${created.id}/comments`, { body: "Je passe par là" }],
      ["POST", `/api/drafts/${created.id}/approvals`, {}],
      ["POST", `/api/drafts/${created.id}/publish`, {}],
      ["POST", `/api/drafts/${created.id}/pilot`, { answers: { q1: 1, q2: 1 } }],
      ["POST", `/api/projects/${team.project.id}/members`, { userId: team.outsider.user.id }],
      ["POST", `/api/projects/${team.project.id}/drafts`, {}],
    ];
    for (const [method, path, payload] of calls) {
      const res = await t.json(method, path, payload, team.outsider.headers);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await errorCode(res)).toBe("forbidden");
    }
    const draft = await body<{ revision: number; comments: unknown[]; approvals: { history: unknown[] }; pilotResponses: number }>(
      await t.app.request(`/api/drafts/${created.id}`, { headers: team.peer.headers }),
    );
    expect(draft).toMatchObject({ revision: 1, comments: [], approvals: { history: [] }, pilotResponses: 0 });
    expect(
      (await body<{ members: unknown[] }>(await t.app.request(`/api/projects/${team.project.id}`, { headers: team.peer.headers }))).members,
    ).toHaveLength(3);
  });

  it("Should let only co-researcher accounts join a project", async () => {
    const manager = await t.signIn("manager", { structureIds: [(await t.structure()).id] });
    const res = await t.json("POST", `/api/projects/${team.project.id}/members`, { userId: manager.user.id }, team.peer.headers);
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe("not_a_co_researcher");
    expect(
      (await t.json("POST", "/api/projects", { name: "X", description: "", members: [manager.user.id] }, team.peer.headers)).status,
    ).toBe(422);
    expect(await errorCode(await t.json("POST", `/api/projects/${team.project.id}/members`, { userId: 9999 }, team.peer.headers))).toBe(
      "user_not_found",
    );
  });

  it("Should keep a questionnaire written by one project out of another project's drafts", async () => {
    const first = await body<{ slug: string; id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, smallQuestionnaire(), team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${first.id}/submit`, undefined, team.nurse.headers);
    await t.json("POST", `/api/drafts/${first.id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${first.id}/approvals`, {}, team.researcher.headers);
    expect((await t.json("POST", `/api/drafts/${first.id}/publish`, {}, team.peer.headers)).status).toBe(201);

    const otherProject = await body<{ id: number }>(
      await t.json("POST", "/api/projects", { name: "Autre projet", description: "" }, team.outsider.headers),
    );
    const res = await t.json("POST", `/api/projects/${otherProject.id}/drafts`, { questionnaire: first.slug }, team.outsider.headers);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("questionnaire_of_another_project");
    // The library's own questionnaires are common ground.
    expect(
      (await t.json("POST", `/api/projects/${otherProject.id}/drafts`, { questionnaire: "experience-usagers" }, team.outsider.headers))
        .status,
    ).toBe(201);
  });

  it("Should let only co-researchers with a background approve", async () => {
    const admin = await t.signIn("admin");
    const created = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, smallQuestionnaire(), team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, team.peer.headers);
    const res = await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, admin.headers);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("approval_not_allowed");
  });
});

describe("Co-researcher invitations", () => {
  it("Should let a co-researcher invite another with a background, which the new account carries", async () => {
    const invite = await t.json(
      "POST",
      "/api/accounts/invitations",
      { email: "paire@example.org", role: "co_researcher", background: "peer_worker", displayName: "Paire" },
      team.researcher.headers,
    );
    expect(invite.status).toBe(201);
    const { token } = await body<{ token: string }>(invite);
    const accepted = await t.json("POST", "/api/accounts/accept", { token, password: "une phrase de passe assez longue" });
    expect(accepted.status).toBe(200);
    expect((await body<{ user: { role: string; background: string; displayName: string } }>(accepted)).user).toMatchObject({
      role: "co_researcher",
      background: "peer_worker",
      displayName: "Paire",
    });
  });

  it("Should refuse a co-researcher invitation without background, and a co-researcher inviting anyone else", async () => {
    expect(
      (await t.json("POST", "/api/accounts/invitations", { email: "x@example.org", role: "co_researcher" }, team.researcher.headers))
        .status,
    ).toBe(400);
    const structure = await t.structure();
    const manager = await t.json(
      "POST",
      "/api/accounts/invitations",
      { email: "m@example.org", role: "manager", structureIds: [structure.id] },
      team.researcher.headers,
    );
    expect(manager.status).toBe(403);
    const coordinator = await t.json(
      "POST",
      "/api/accounts/invitations",
      { email: "c@example.org", role: "coordinator", region: "84" },
      team.researcher.headers,
    );
    expect(coordinator.status).toBe(403);
  });
});

describe("Backgrounds of existing accounts", () => {
  it("Should let only an admin set a co-researcher's background, which then counts for approvals", async () => {
    const legacy = await t.signIn("co_researcher", { background: undefined });
    await t.store.db.$client.prepare("UPDATE users SET background = NULL WHERE id = ?").run(legacy.user.id);
    const path = `/api/accounts/${legacy.user.id}/background`;
    expect((await t.json("PUT", path, { background: "peer_worker" }, legacy.headers)).status).toBe(403);
    expect((await t.json("PUT", path, { background: "peer_worker" }, team.researcher.headers)).status).toBe(403);
    const admin = await t.signIn("admin");
    expect((await t.json("PUT", path, { background: "astronaut" }, admin.headers)).status).toBe(400);
    expect(
      await errorCode(await t.json("PUT", `/api/accounts/${admin.user.id}/background`, { background: "peer_worker" }, admin.headers)),
    ).toBe("not_a_co_researcher");
    const res = await t.json("PUT", path, { background: "peer_worker" }, admin.headers);
    expect(res.status).toBe(200);
    expect((await t.store.accounts.getUser(legacy.user.id))!.background).toBe("peer_worker");
  });
});

describe("History that cannot be rewritten", () => {
  it("Should keep approvals and recorded decisions frozen in the database", async () => {
    const created = await body<{ id: number }>(
      await t.json("POST", `/api/projects/${team.project.id}/drafts`, smallQuestionnaire(), team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, team.nurse.headers);
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.peer.headers);
    const sqlite = t.store.db.$client;
    expect(() => sqlite.prepare("UPDATE draft_approvals SET background = 'researcher'").run()).toThrow(/approval_immutable/);
    await t.json("POST", `/api/drafts/${created.id}/approvals`, {}, team.researcher.headers);
    expect((await t.json("POST", `/api/drafts/${created.id}/publish`, {}, team.peer.headers)).status).toBe(201);
    expect(() => sqlite.prepare("UPDATE drafts SET content = '{}'").run()).toThrow(/draft_published/);
    sqlite
      .prepare(
        "INSERT INTO version_decisions (version_id, key, comparable, note) VALUES ((SELECT max(id) FROM questionnaire_versions), 'question:q1', 1, '')",
      )
      .run();
    expect(() => sqlite.prepare("DELETE FROM version_decisions").run()).toThrow(/decision_immutable/);
  });

  it("Should show the project's ethics and consent text to respondents of its questionnaires", async () => {
    const project = await body<{ id: number }>(
      await t.json(
        "POST",
        "/api/projects",
        {
          name: "Éthique",
          description: "",
          ethics: { fr: "Recherche approuvée par un CPP.", en: "Research approved by an ethics committee." },
        },
        team.peer.headers,
      ),
    );
    await t.json("POST", `/api/projects/${project.id}/members`, { userId: team.researcher.user.id }, team.peer.headers);
    await t.json("POST", `/api/projects/${project.id}/members`, { userId: team.nurse.user.id }, team.peer.headers);
    const draft = await body<{ id: number; slug: string }>(
      await t.json("POST", `/api/projects/${project.id}/drafts`, { ...smallQuestionnaire(), slug: "ethique-test" }, team.peer.headers),
    );
    await t.json("POST", `/api/drafts/${draft.id}/submit`, undefined, team.nurse.headers);
    await t.json("POST", `/api/drafts/${draft.id}/approvals`, {}, team.peer.headers);
    await t.json("POST", `/api/drafts/${draft.id}/approvals`, {}, team.researcher.headers);
    expect((await t.json("POST", `/api/drafts/${draft.id}/publish`, {}, team.peer.headers)).status).toBe(201);
    const admin = await t.signIn("admin");
    const structure = await t.structure();
    const { code } = await body<{ code: string }>(
      await t.json(
        "POST",
        "/api/campaigns",
        { structureId: structure.id, questionnaire: "ethique-test", version: 1, role: "patient" },
        admin.headers,
      ),
    );
    const campaign = await body<{ notice: { id: string; text: { fr: string } }[] }>(await t.app.request(`/api/campaigns/${code}`));
    expect(campaign.notice.map((s) => s.id).slice(0, 3)).toEqual(["controller", "purpose", "research"]);
    expect(campaign.notice[2]!.text.fr).toBe("Recherche approuvée par un CPP.");
  });
});
