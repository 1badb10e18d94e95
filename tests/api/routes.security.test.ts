import { beforeAll, describe, expect, it } from "vitest";
import { smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/**
 * Every staff route, called as every kind of caller: anonymous, admin, the region's coordinator, another
 * region's coordinator, the structure's manager, another structure's manager, a co-researcher.
 * Each call gets fresh fixtures where it changes state, so the order of calls does not matter.
 */

type Caller = "anonymous" | "admin" | "coordinator" | "otherCoordinator" | "manager" | "otherManager" | "coResearcher";
const CALLERS: Caller[] = ["anonymous", "admin", "coordinator", "otherCoordinator", "manager", "otherManager", "coResearcher"];

interface World {
  t: TestApp;
  structureId: number;
  headers: Record<Caller, Record<string, string>>;
  newCampaign: () => Promise<string>;
  /** A research project whose only member is a co-researcher other than the `coResearcher` caller. */
  projectId: number;
  memberId: number;
  /** A fresh complete draft in the project, submitted for review when asked. */
  newDraft: (inReview?: boolean) => Promise<{ id: number; commentId: number }>;
}

let world: World;
beforeAll(async () => {
  const t = await createTestApp({ rateLimits: false });
  const target = await t.structure({ name: "Target", department: "38", region: "84" });
  const other = await t.structure({ name: "Other", department: "69", region: "84" });
  const admin = await t.signIn("admin");
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    admin: admin.headers,
    coordinator: (await t.signIn("coordinator", { region: "84" })).headers,
    otherCoordinator: (await t.signIn("coordinator", { region: "11" })).headers,
    manager: (await t.signIn("manager", { structureIds: [target.id] })).headers,
    otherManager: (await t.signIn("manager", { structureIds: [other.id] })).headers,
    coResearcher: (await t.signIn("co_researcher")).headers,
  };
  const newCampaign = async () => {
    const res = await t.json(
      "POST",
      "/api/campaigns",
      { structureId: target.id, questionnaire: "experience-usagers", version: 1, role: "patient" },
      admin.headers,
    );
    return ((await res.json()) as { code: string }).code;
  };
  const member = await t.signIn("co_researcher", { background: "peer_worker" });
  const project = (await (await t.json("POST", "/api/projects", { name: "Projet", description: "" }, member.headers)).json()) as {
    id: number;
  };
  const newDraft = async (inReview = false) => {
    const created = (await (
      await t.json("POST", `/api/projects/${project.id}/drafts`, { ...smallQuestionnaire() }, member.headers)
    ).json()) as { id: number };
    if (inReview) await t.json("POST", `/api/drafts/${created.id}/submit`, undefined, member.headers);
    const comment = (await (await t.json("POST", `/api/drafts/${created.id}/comments`, { body: "Un avis ?" }, member.headers)).json()) as {
      id: number;
    };
    return { id: created.id, commentId: comment.id };
  };
  world = { t, structureId: target.id, headers, newCampaign, projectId: project.id, memberId: member.user.id, newDraft };
});

let unique = 0;
const ROUTES: { name: string; call: (w: World, h: Record<string, string>) => Promise<Response>; expected: Record<Caller, number> }[] = [
  {
    name: "GET /api/auth/me",
    call: (w, h) => Promise.resolve(w.t.app.request("/api/auth/me", { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 200, manager: 200, otherManager: 200, coResearcher: 200 },
  },
  {
    name: "POST /api/structures (in region 84)",
    call: (w, h) => w.t.json("POST", "/api/structures", { name: `S${unique++}`, kind: "cmp", department: "63", setting: "rural" }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 201, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/structures/:id/campaigns",
    call: (w, h) => Promise.resolve(w.t.app.request(`/api/structures/${w.structureId}/campaigns`, { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 403, manager: 200, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/campaigns",
    call: (w, h) =>
      w.t.json(
        "POST",
        "/api/campaigns",
        { structureId: w.structureId, questionnaire: "experience-usagers", version: 1, role: "patient" },
        h,
      ),
    expected: { anonymous: 401, admin: 201, coordinator: 201, otherCoordinator: 403, manager: 201, otherManager: 403, coResearcher: 403 },
  },
  ...(["pause", "resume", "close"] as const).map((action) => ({
    name: `POST /api/campaigns/:code/${action}`,
    call: async (w: World, h: Record<string, string>) =>
      w.t.json("POST", `/api/campaigns/${await w.newCampaign()}/${action}`, undefined, h),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 403, manager: 200, otherManager: 403, coResearcher: 403 },
  })),
  {
    name: "GET /api/reports/structures/:id",
    call: (w, h) =>
      Promise.resolve(w.t.app.request(`/api/reports/structures/${w.structureId}?questionnaire=experience-usagers`, { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 403, manager: 200, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/reports/structures/:id/funnel",
    call: (w, h) =>
      Promise.resolve(
        w.t.app.request(`/api/reports/structures/${w.structureId}/funnel?questionnaire=experience-usagers&indicator=hope_recovery_score`, {
          headers: h,
        }),
      ),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 403, manager: 200, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/reports/structures/:id/snapshots",
    call: (w, h) => w.t.json("POST", `/api/reports/structures/${w.structureId}/snapshots`, { questionnaire: "experience-usagers" }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 201, otherCoordinator: 403, manager: 201, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/reports/structures/:id/snapshots",
    call: (w, h) => Promise.resolve(w.t.app.request(`/api/reports/structures/${w.structureId}/snapshots`, { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 403, manager: 200, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/accounts/invitations (a co-manager of the structure)",
    call: (w, h) =>
      w.t.json(
        "POST",
        "/api/accounts/invitations",
        { email: `invitee${unique++}@example.org`, role: "manager", structureIds: [w.structureId] },
        h,
      ),
    expected: { anonymous: 401, admin: 201, coordinator: 201, otherCoordinator: 403, manager: 201, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/projects",
    call: (w, h) => Promise.resolve(w.t.app.request("/api/projects", { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 200, manager: 200, otherManager: 200, coResearcher: 200 },
  },
  {
    name: "POST /api/projects",
    call: (w, h) => w.t.json("POST", "/api/projects", { name: `P${unique++}`, description: "" }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 201 },
  },
  {
    name: "GET /api/co-researchers",
    call: (w, h) => Promise.resolve(w.t.app.request("/api/co-researchers", { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 200 },
  },
  {
    name: "GET /api/projects/:id",
    call: (w, h) => Promise.resolve(w.t.app.request(`/api/projects/${w.projectId}`, { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "PATCH /api/projects/:id",
    call: (w, h) => w.t.json("PATCH", `/api/projects/${w.projectId}`, { description: `Révisée ${unique++}` }, h),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/projects/:id/members (an existing member)",
    call: (w, h) => w.t.json("POST", `/api/projects/${w.projectId}/members`, { userId: w.memberId }, h),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/projects/:id/drafts",
    call: (w, h) => w.t.json("POST", `/api/projects/${w.projectId}/drafts`, { title: { fr: `Q${unique}`, en: `Q${unique++}` } }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/drafts/:id",
    call: async (w, h) => w.t.app.request(`/api/drafts/${(await w.newDraft()).id}`, { headers: h }),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/drafts/:id/revision",
    call: async (w, h) => w.t.app.request(`/api/drafts/${(await w.newDraft()).id}/revision`, { headers: h }),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "PUT /api/drafts/:id",
    call: async (w, h) => w.t.json("PUT", `/api/drafts/${(await w.newDraft()).id}`, { ...smallQuestionnaire(), revision: 1 }, h),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/drafts/:id/comments",
    call: async (w, h) => w.t.json("POST", `/api/drafts/${(await w.newDraft()).id}/comments`, { question: "q1", body: "Clair ?" }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "PATCH /api/drafts/:id/comments/:commentId",
    call: async (w, h) => {
      const draft = await w.newDraft();
      return w.t.json("PATCH", `/api/drafts/${draft.id}/comments/${draft.commentId}`, { status: "resolved" }, h);
    },
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/drafts/:id/submit",
    call: async (w, h) => w.t.json("POST", `/api/drafts/${(await w.newDraft()).id}/submit`, undefined, h),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/drafts/:id/approvals",
    // An admin works in every project but brings no background: only co-researchers approve.
    call: async (w, h) => w.t.json("POST", `/api/drafts/${(await w.newDraft(true)).id}/approvals`, {}, h),
    expected: { anonymous: 401, admin: 403, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/drafts/:id/publish",
    // Allowed to try, the admin is refused for want of approvals.
    call: async (w, h) => w.t.json("POST", `/api/drafts/${(await w.newDraft(true)).id}/publish`, {}, h),
    expected: { anonymous: 401, admin: 409, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/drafts/:id/pilot",
    call: async (w, h) => w.t.json("POST", `/api/drafts/${(await w.newDraft()).id}/pilot`, { answers: { q1: 3, q2: 4 } }, h),
    expected: { anonymous: 401, admin: 201, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/questionnaires/:slug/versions/:version/history",
    call: (w, h) => Promise.resolve(w.t.app.request("/api/questionnaires/experience-usagers/versions/1/history", { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 200, manager: 200, otherManager: 200, coResearcher: 200 },
  },
  {
    name: "PUT /api/accounts/:id/background (a co-researcher)",
    call: (w, h) => w.t.json("PUT", `/api/accounts/${w.memberId}/background`, { background: "peer_worker" }, h),
    expected: { anonymous: 401, admin: 200, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "GET /api/audit",
    call: (w, h) => Promise.resolve(w.t.app.request("/api/audit", { headers: h })),
    expected: { anonymous: 401, admin: 200, coordinator: 200, otherCoordinator: 200, manager: 403, otherManager: 403, coResearcher: 403 },
  },
  {
    name: "POST /api/auth/password",
    call: (w, h) => w.t.json("POST", "/api/auth/password", { current: "wrong current password", next: "irrelevant passphrase" }, h),
    // Signed-in callers reach the password check, which refuses the wrong current password.
    expected: { anonymous: 401, admin: 403, coordinator: 403, otherCoordinator: 403, manager: 403, otherManager: 403, coResearcher: 403 },
  },
];

const PUBLIC = [
  "/api/reports/regions/84?questionnaire=experience-usagers",
  "/api/health",
  "/api/structures",
  "/api/questionnaires",
  "/api/questionnaires/experience-usagers",
  "/api/questionnaires/experience-usagers/versions/1",
  "/api/questionnaires/experience-usagers/diff?from=1&to=1",
];

describe("Access to every staff route, caller by caller", () => {
  for (const route of ROUTES) {
    it.each(CALLERS)(`Should answer ${route.name} as expected for %s`, async (caller) => {
      const res = await route.call(world, world.headers[caller]);
      expect(res.status).toBe(route.expected[caller]);
      if (res.status >= 400)
        expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(
          /^(unauthenticated|forbidden|wrong_password|approval_not_allowed|approvals_missing)$/,
        );
    });
  }
});

describe("Public routes", () => {
  it.each(PUBLIC)("Should answer %s to anyone", async (path) => {
    expect((await world.t.app.request(path)).status).toBe(200);
  });

  it("Should answer the campaign page to anyone", async () => {
    expect((await world.t.app.request(`/api/campaigns/${await world.newCampaign()}`)).status).toBe(200);
  });
});

describe("What each caller sees", () => {
  it("Should show another region's coordinator none of this region's audit entries", async () => {
    const res = await world.t.app.request("/api/audit", { headers: world.headers.otherCoordinator });
    const { entries } = (await res.json()) as { entries: { region: string | null }[] };
    expect(entries.every((e) => e.region === "11")).toBe(true);
  });
});
