import { beforeAll, describe, expect, it } from "vitest";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

/**
 * A corpus of hostile inputs against every write route. Each must get a clear 4xx in the one error shape
 * and leave the database exactly as it was (compared through a dump of every table).
 */

let t: TestApp;
let adminHeaders: Record<string, string>;
let code: string;
let invitedCode: string;
let answers: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestApp({ rateLimits: false });
  adminHeaders = (await t.signIn("admin")).headers;
  code = (await openCampaign(t)).code;
  invitedCode = (await openCampaign(t, { invitations: 1 })).code;
  answers = await validAnswers(t);
});

function dump(): string {
  const sqlite = t.store.db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).all())}`).join("\n");
}

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const SQL = "'; DROP TABLE responses; --";
const SCRIPT = "<script>alert(1)</script>";

type Payload = { name: string; body: string; contentType?: string };

const json = (value: unknown): string => JSON.stringify(value);

const CORPUS: Record<string, Payload[]> = {
  "/api/auth/login": [
    { name: "SQL in the e-mail", body: json({ email: `admin@example.org${SQL}`, password: "x" }) },
    { name: "an object as password", body: json({ email: "a@example.org", password: { $ne: null } }) },
    { name: "prototype pollution", body: '{"email":"a@example.org","password":"x","__proto__":{"role":"admin"}}' },
  ],
  "/api/structures": [
    { name: "SQL in the département", body: json({ name: "GEM", kind: "gem", department: `69${SQL}`, setting: "urban" }) },
    { name: "script as kind", body: json({ name: "GEM", kind: SCRIPT, department: "69", setting: "urban" }) },
    { name: "an unknown field", body: json({ name: "GEM", kind: "gem", department: "69", setting: "urban", region: "11" }) },
    {
      name: "constructor key",
      body: '{"name":"GEM","kind":"gem","department":"69","setting":"urban","constructor":{"prototype":{"x":1}}}',
    },
    { name: "a huge name", body: json({ name: "x".repeat(100_000), kind: "gem", department: "69", setting: "urban" }) },
  ],
  "/api/campaigns": [
    {
      name: "a string as structure id",
      body: json({ structureId: "1 OR 1=1", questionnaire: "experience-usagers", version: 1, role: "patient" }),
    },
    {
      name: "a negative number of invitations",
      body: json({ structureId: 1, questionnaire: "experience-usagers", version: 1, role: "patient", invitations: -5 }),
    },
    {
      name: "a huge array",
      body: json({ structureId: 1, questionnaire: "experience-usagers", version: 1, role: Array(100_000).fill("patient") }),
    },
  ],
  RESPONSES: [
    { name: "an oversized body", body: json({ answers: { comment: "x".repeat(2_000_000) } }) },
    { name: "deep nesting", body: `{"answers":{"comment":${deep(5000)}}}` },
    {
      name: "prototype pollution in answers",
      body: '{"answers":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}',
    },
    { name: "SQL as a question name", body: json({ answers: { [SQL]: 1 } }) },
    { name: "script as a choice", body: json({ answers: { hope_future: SCRIPT } }) },
    { name: "a huge checkbox array", body: json({ answers: { rights_obtained: true, rights_obtained_list: Array(5000).fill("aah") } }) },
    { name: "invalid UTF-8", body: '\u00ff\u00fe{"answers":{}}' },
    { name: "not JSON at all", body: "answers=1&comment=hello", contentType: "application/x-www-form-urlencoded" },
    { name: "JSON sent as text/plain", body: json({ answers: {} }), contentType: "text/plain" },
  ],
  "/api/accounts/invitations": [
    { name: "a script as e-mail", body: json({ email: `${SCRIPT}@example.org`, role: "co_researcher" }) },
    {
      name: "an admin role smuggled with a password",
      body: json({ email: "x@example.org", role: "admin", password: "chosen-for-you-123" }),
    },
    { name: "structure ids as strings", body: json({ email: "x@example.org", role: "manager", structureIds: ["1"] }) },
  ],
  "/api/accounts/accept": [
    { name: "SQL as token", body: json({ token: SQL, password: "a long enough passphrase" }) },
    { name: "a token as an array", body: json({ token: ["a", "b"], password: "a long enough passphrase" }) },
  ],
  "/api/auth/password": [{ name: "a number as new password", body: json({ current: TEST_PASSWORD, next: 123456789012 }) }],
  "/api/projects": [
    { name: "SQL as a member id", body: json({ name: "P", description: "", members: [SQL] }) },
    { name: "a huge member list", body: json({ name: "P", description: "", members: Array(100_000).fill(1) }) },
    { name: "an ethics text in one language only", body: json({ name: "P", description: "", ethics: { fr: "Oui" } }) },
    { name: "prototype pollution", body: '{"name":"P","description":"","__proto__":{"polluted":true}}' },
  ],
};

const smallDefinition = { pages: [{ name: "p1", elements: [{ type: "comment", name: "q1", title: { fr: "Q", en: "Q" } }] }] };
const scoring = { scale: { min: 1, max: 5 }, dimensions: [], indicators: [] };
/** Hostile inputs on a draft of a project the admin created; `DRAFT` stands for its id. */
const DRAFT_CORPUS: Record<string, (Payload & { method: string })[]> = {
  "/api/drafts/DRAFT": [
    { method: "PUT", name: "pages as a string", body: json({ definition: { pages: "all" }, scoring, revision: 1 }) },
    { method: "PUT", name: "a revision as SQL", body: json({ definition: smallDefinition, scoring, revision: SQL }) },
    {
      method: "PUT",
      name: "prototype pollution in the definition",
      body: `{"definition":{"pages":[{"name":"p1","elements":[]}],"__proto__":{"polluted":true}},"scoring":${json(scoring)},"revision":1}`,
    },
    {
      method: "PUT",
      name: "constructor key in an element",
      body: json({
        definition: { pages: [{ name: "p1", elements: [{ type: "rating", name: "q", constructor: { prototype: { polluted: true } } }] }] },
        scoring,
        revision: 1,
      }),
    },
    {
      method: "PUT",
      name: "deep nesting in a title",
      body: `{"definition":{"pages":[{"name":"p1","elements":[{"type":"comment","name":"q","title":${deep(2000)}}]}]},"scoring":${json(scoring)},"revision":1}`,
    },
    {
      method: "PUT",
      name: "ten thousand questions",
      body: json({
        definition: { pages: [{ name: "p1", elements: Array.from({ length: 10_000 }, (_, i) => ({ type: "comment", name: `q${i}` })) }] },
        scoring,
        revision: 1,
      }),
    },
  ],
  "/api/drafts/DRAFT/comments": [
    { method: "POST", name: "a question as an object", body: json({ question: { $ne: null }, body: "x" }) },
    { method: "POST", name: "a huge comment", body: json({ body: "x".repeat(100_000) }) },
    { method: "POST", name: "SQL as parent", body: json({ parentId: SQL, body: "x" }) },
  ],
  "/api/drafts/DRAFT/pilot": [
    { method: "POST", name: "deep nesting in answers", body: `{"answers":{"q1":${deep(3000)}}}` },
    { method: "POST", name: "an unknown question", body: json({ answers: { [SQL]: 1 } }) },
  ],
  "/api/drafts/DRAFT/approvals": [{ method: "POST", name: "a revision as a string", body: json({ revision: "latest" }) }],
  "/api/drafts/DRAFT/comments/1": [{ method: "PATCH", name: "an unknown status", body: json({ status: "deleted" }) }],
  "/api/projects/PROJECT": [
    { method: "PATCH", name: "an empty name", body: json({ name: "  " }) },
    { method: "PATCH", name: "ethics as a string", body: json({ ethics: SCRIPT }) },
  ],
  "/api/projects/PROJECT/members": [{ method: "POST", name: "SQL as user id", body: json({ userId: SQL }) }],
  "/api/projects/PROJECT/drafts": [
    { method: "POST", name: "a slug with SQL", body: json({ slug: SQL }) },
    { method: "POST", name: "a version without questionnaire", body: json({ version: 2 }) },
    {
      method: "POST",
      name: "prototype pollution in scoring",
      body: `{"scoring":{"scale":{"min":1,"max":5},"dimensions":[],"indicators":[],"__proto__":{"polluted":true}}}`,
    },
  ],
  "/api/accounts/1/background": [{ method: "PUT", name: "an unknown background", body: json({ background: "astronaut" }) }],
};

describe("Hostile inputs on every write route", () => {
  let draftId = 0;
  let projectId = 0;
  beforeAll(async () => {
    const project = (await (await t.json("POST", "/api/projects", { name: "Cible", description: "" }, adminHeaders)).json()) as {
      id: number;
    };
    projectId = project.id;
    const draft = await t.json(
      "POST",
      `/api/projects/${project.id}/drafts`,
      { definition: smallDefinition, scoring, title: { fr: "Cible", en: "Target" }, description: { fr: "D", en: "D" } },
      adminHeaders,
    );
    draftId = ((await draft.json()) as { id: number }).id;
  });

  for (const [route, payloads] of Object.entries(DRAFT_CORPUS)) {
    it.each(payloads)(`Should refuse on ${route}: $name, and leave the database as it was`, async ({ body, method }) => {
      const before = dump();
      const res = await t.app.request(route.replace("DRAFT", String(draftId)).replace("PROJECT", String(projectId)), {
        method,
        headers: { "content-type": "application/json", ...adminHeaders },
        body,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^[a-z_]+$/);
      expect(dump()).toBe(before);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }

  for (const [route, payloads] of Object.entries(CORPUS)) {
    it.each(payloads)(`Should refuse on ${route}: $name, and leave the database as it was`, async ({ body, contentType }) => {
      const path = route === "RESPONSES" ? `/api/campaigns/${code}/responses` : route;
      const before = dump();
      const res = await t.app.request(path, {
        method: "POST",
        headers: { "content-type": contentType ?? "application/json", ...adminHeaders },
        body,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const error = ((await res.json()) as { error: { code: string; message: string; requestId: string } }).error;
      expect(error.code).toMatch(/^[a-z_]+$/);
      expect(error.message).not.toMatch(/sqlite|at .*\.ts|Error:/i);
      expect(dump()).toBe(before);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(({} as Record<string, unknown>)["role"]).toBeUndefined();
    });
  }

  it("Should accept a duplicate submission with one invitation once, and leave the database as it was after the refusal", async () => {
    const local = await createTestApp({ rateLimits: false });
    const { code: c, invitations } = await openCampaign(local, { invitations: 1 });
    const body = { answers: await validAnswers(local), invitation: invitations[0] };
    expect((await local.json("POST", `/api/campaigns/${c}/responses`, body)).status).toBe(201);
    const count = () => (local.store.db.$client.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n;
    expect((await local.json("POST", `/api/campaigns/${c}/responses`, body)).status).toBe(409);
    expect(count()).toBe(1);
  });

  it("Should still accept a well-formed submission after all that", async () => {
    expect(invitedCode).toBeTruthy();
    expect((await t.json("POST", `/api/campaigns/${code}/responses`, { answers })).status).toBe(201);
  });
});
