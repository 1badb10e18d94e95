import { beforeAll, describe, expect, it } from "vitest";
import { openCampaign } from "../support/answers.ts";
import { body, researchTeam, smallQuestionnaire } from "../support/codesign.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

/** `levels` objects, each the only value of the one before: `{"a":{"a":…1…}}`. */
const nested = (levels: number, leaf = "1") => '{"a":'.repeat(levels) + leaf + "}".repeat(levels);

let t: TestApp;
let team: Awaited<ReturnType<typeof researchTeam>>;
let draftId: number;
let campaign: string;

beforeAll(async () => {
  t = await createTestApp({ rateLimits: false });
  team = await researchTeam(t);
  const created = await t.json("POST", `/api/projects/${team.project.id}/drafts`, { title: { fr: "T", en: "T" } }, team.peer.headers);
  const draft = await body<{ id: number; revision: number }>(created);
  draftId = draft.id;
  expect(
    (await t.json("PUT", `/api/drafts/${draftId}`, { ...smallQuestionnaire(), revision: draft.revision }, team.peer.headers)).status,
  ).toBe(200);
  campaign = (await openCampaign(t)).code;
});

async function expectTooDeep(res: Response) {
  expect(res.status).toBe(422);
  const { error } = (await res.json()) as { error: { code: string; message: string; requestId: string } };
  expect(error.code).toBe("nesting_too_deep");
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.requestId).toBeTruthy();
}

describe("Over-deep JSON", () => {
  it("Should answer 422 to an answer nested 20,000 levels deep (120 KB) on the pilot route", async () => {
    const deep = `{"answers":{"q4":${nested(20_000)}}}`;
    expect(deep.length).toBeGreaterThan(120_000);
    await expectTooDeep(await t.json("POST", `/api/drafts/${draftId}/pilot`, deep, team.peer.headers));
  });

  it("Should answer 422 in the one error shape on every route that reads JSON", async () => {
    const admin = await t.signIn("admin");
    const deep = (key: string) => `{"${key}":${nested(100)}}`;
    const routes: [string, string, string, Record<string, string>][] = [
      ["POST", "/api/auth/login", deep("email"), {}],
      ["POST", "/api/auth/password", deep("current"), admin.headers],
      ["POST", "/api/accounts/accept", deep("token"), {}],
      ["POST", "/api/accounts/invitations", deep("email"), admin.headers],
      ["POST", "/api/structures", deep("name"), admin.headers],
      ["POST", "/api/campaigns", deep("questionnaire"), admin.headers],
      ["POST", `/api/campaigns/${campaign}/responses`, `{"answers":{"comment":${nested(100)}}}`, {}],
      ["POST", "/api/projects", deep("name"), admin.headers],
      ["PUT", `/api/drafts/${draftId}`, deep("definition"), team.peer.headers],
      ["POST", `/api/drafts/${draftId}/comments`, deep("body"), team.peer.headers],
      ["POST", `/api/drafts/${draftId}/pilot`, `{"answers":{"q4":${nested(100)}}}`, team.peer.headers],
      ["POST", `/api/drafts/${draftId}/approvals`, deep("revision"), team.peer.headers],
    ];
    for (const [method, path, payload, headers] of routes) await expectTooDeep(await t.json(method, path, payload, headers));

    // Within the bound, answers are checked as before.
    const res = await t.json("POST", `/api/drafts/${draftId}/pilot`, `{"answers":{"q4":${nested(10)}}}`, team.peer.headers);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_answers");
  });
});
