import { describe, expect, it } from "vitest";
import { parseCsv } from "@/domain/export/csv.ts";
import { researchTeam } from "../support/codesign.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { FIXTURE_LOAD, IN_Q1, IN_Q2 } from "../support/released-structures.ts";
import { createTestApp, FIXED_NOW, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

type ErrorBody = { error: { code: string; message: string } };

/**
 * A project that wrote the patients' questionnaire (as its publication would leave it), and responses to it
 * from structures of several kinds and départements, over two quarters, some with a comment.
 */
async function projectWithResponses(t: TestApp) {
  const team = await researchTeam(t);
  t.store.db.$client.prepare("UPDATE questionnaires SET project_id = ? WHERE slug = 'experience-usagers'").run(team.project.id);
  const plan = [
    { kind: "gem", department: "69", region: "84", q1: 9, q2: 8 },
    { kind: "gem", department: "69", region: "84", q1: 7, q2: 3 },
    { kind: "gem", department: "38", region: "84", q1: 6, q2: 2 },
    { kind: "cmp", department: "75", region: "11", q1: 12, q2: 4 },
    { kind: "hospital", department: "13", region: "93", q1: 2, q2: 0 },
  ] as const;
  let seed = 1;
  let total = 0;
  for (const p of plan) {
    t.setNow(IN_Q1);
    const s = await t.structure({ name: `S${seed}`, kind: p.kind, department: p.department, region: p.region });
    const { code } = await openCampaign(t, { structureId: s.id });
    for (const [when, n] of [
      [IN_Q1, p.q1],
      [IN_Q2, p.q2],
    ] as const) {
      t.setNow(when);
      for (let i = 0; i < n; i++) {
        const answers = await validAnswers(t, "experience-usagers", 1, 0.3 + (seed % 5) / 10, seed);
        const comment = `Avis ${seed} : merci à Mme Martin, appelez le 06 12 34 56 78`;
        seed++;
        const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { ...answers, comment } });
        if (res.status !== 201) throw new Error(await res.text());
        total++;
      }
    }
  }
  t.setNow(FIXED_NOW);
  return { ...team, total };
}

const requestBody = (freeText = false) => ({
  purpose: "Étudier le rétablissement perçu en GEM selon l'ancienneté de l'accompagnement.",
  people: ["Chercheur (Université de Lyon)", "Pair-aidante du projet"],
  retainUntil: "2027-12-31",
  freeText,
});

async function approvedRequest(t: TestApp, projectId: number, headers: Record<string, string>, freeText = false) {
  const made = await t.json("POST", `/api/projects/${projectId}/data-requests`, requestBody(freeText), headers);
  expect(made.status).toBe(201);
  const { id } = (await made.json()) as { id: number };
  const coordinator = await t.signIn("coordinator", { region: "84" });
  const decided = await t.json("POST", `/api/projects/${projectId}/data-requests/${id}/decision`, { approve: true }, coordinator.headers);
  expect(decided.status).toBe(200);
  return { id, coordinator };
}

const exportPath = (id: number, query = "") => `/api/projects/${id}/responses/export?format=csv${query}`;

/** Written apart from the code that coarsens: every combination of the columns an outsider may know. */
function smallestCombination(header: string[], rows: string[][], quasi: readonly string[]) {
  const at = quasi.map((c) => header.indexOf(c));
  expect(at.every((i) => i >= 0)).toBe(true);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = at.map((i) => row[i]).join("|");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, smallest: Math.min(...counts.values()) };
}
const QUASI = ["role", "structure_kind", "department", "region", "period", "peer_support_duration"] as const;

describe("GET /api/projects/:id/responses/export — rights", () => {
  it("Should refuse the anonymous, a co-researcher outside the project, an admin, and members while no request is approved", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const { project, peer, outsider } = await projectWithResponses(t);
    expect((await t.app.request(exportPath(project.id))).status).toBe(401);
    const outside = await t.app.request(exportPath(project.id), { headers: outsider.headers });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as ErrorBody).error.code).toBe("forbidden");
    const admin = await t.signIn("admin");
    expect((await t.app.request(exportPath(project.id), { headers: admin.headers })).status).toBe(403);

    const none = await t.app.request(exportPath(project.id), { headers: { ...peer.headers, "accept-language": "fr" } });
    expect(none.status).toBe(403);
    expect(((await none.json()) as ErrorBody).error).toMatchObject({
      code: "data_use_not_approved",
      message: "Aucune demande d'utilisation des données approuvée et en cours de validité pour ce projet.",
    });
    // Asked for, then refused: still nothing.
    const made = await t.json("POST", `/api/projects/${project.id}/data-requests`, requestBody(), peer.headers);
    const { id } = (await made.json()) as { id: number };
    const pending = await t.app.request(exportPath(project.id), { headers: { ...peer.headers, "accept-language": "en" } });
    expect(((await pending.json()) as ErrorBody).error.message).toBe("This project has no approved data-use request still in force.");
    // The requester cannot decide; a manager cannot; an admin refuses; deciding twice is a conflict.
    expect((await t.json("POST", `/api/projects/${project.id}/data-requests/${id}/decision`, { approve: true }, peer.headers)).status).toBe(
      403,
    );
    const manager = await t.signIn("manager");
    expect(
      (await t.json("POST", `/api/projects/${project.id}/data-requests/${id}/decision`, { approve: true }, manager.headers)).status,
    ).toBe(403);
    expect(
      (await t.json("POST", `/api/projects/${project.id}/data-requests/${id}/decision`, { approve: false }, admin.headers)).status,
    ).toBe(200);
    const again = await t.json("POST", `/api/projects/${project.id}/data-requests/${id}/decision`, { approve: true }, admin.headers);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("data_use_decided");
    expect((await t.app.request(exportPath(project.id), { headers: peer.headers })).status).toBe(403);
    // A request past its retention date no longer lets anyone export.
    const old = await t.json(
      "POST",
      `/api/projects/${project.id}/data-requests`,
      { ...requestBody(), retainUntil: "2026-06-15" },
      peer.headers,
    );
    const oldId = ((await old.json()) as { id: number }).id;
    expect(
      (await t.json("POST", `/api/projects/${project.id}/data-requests/${oldId}/decision`, { approve: true }, admin.headers)).status,
    ).toBe(200);
    expect((await t.app.request(exportPath(project.id), { headers: peer.headers })).status).toBe(200);
    t.setNow(new Date("2026-06-16T08:00:00Z"));
    const login = await t.json("POST", "/api/auth/login", { email: peer.user.email, password: TEST_PASSWORD });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const expired = await t.app.request(exportPath(project.id), { headers: { cookie } });
    expect(((await expired.json()) as ErrorBody).error.code).toBe("data_use_not_approved");
  });

  it("Should refuse a malformed request and record each step in the audit log", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const { project, peer, researcher } = await projectWithResponses(t);
    const bad = await t.json("POST", `/api/projects/${project.id}/data-requests`, { ...requestBody(), people: [] }, peer.headers);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe("invalid_request");
    const { id, coordinator } = await approvedRequest(t, project.id, peer.headers);
    const list = await t.app.request(`/api/projects/${project.id}/data-requests`, { headers: coordinator.headers });
    expect(((await list.json()) as { requests: { id: number; status: string }[] }).requests).toMatchObject([{ id, status: "approved" }]);
    expect((await t.app.request(exportPath(project.id), { headers: researcher.headers })).status).toBe(200);
    const entries = await t.store.audit.list({ limit: 50 });
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["data_use.request", "data_use.approve", "project.responses.export"]));
    const exported = entries.find((e) => e.action === "project.responses.export")!;
    expect(exported).toMatchObject({ userId: researcher.user.id, targetType: "project", targetId: String(project.id) });
    expect(JSON.stringify(exported)).not.toMatch(/Avis|hope_|Martin/);
  });
});

describe("GET /api/projects/:id/responses/export — disclosure", () => {
  it("Should pass a k-anonymity check written apart from the coarsening, with no structure, no day and no free text", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const { project, peer, total } = await projectWithResponses(t);
    await approvedRequest(t, project.id, peer.headers);
    const res = await t.app.request(exportPath(project.id), { headers: peer.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/microdata\.csv"$/);
    const text = await res.text();
    const { header, rows } = parseCsv(text, ",");
    expect(rows.length).toBeGreaterThan(0);
    const { smallest } = smallestCombination(header, rows, QUASI);
    expect(smallest).toBeGreaterThanOrEqual(t.config.minCell);
    expect(header).not.toContain("comment");
    expect(header.some((h) => /structure_id|^structure$|submitted|day|date/.test(h))).toBe(false);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain("Martin");

    const disclosure = await t.app.request(exportPath(project.id, "&part=disclosure"), { headers: peer.headers });
    const report = (await disclosure.json()) as {
      rows: number;
      suppressedRows: number;
      coarsened: Record<string, string>;
      k: number;
      freeText: string;
    };
    expect(report.rows).toBe(rows.length);
    expect(report.rows + report.suppressedRows).toBe(total);
    expect(report.k).toBe(t.config.minCell);
    expect(report.freeText).toBe("left_out");
    expect(Object.keys(report.coarsened)).toEqual(expect.arrayContaining(["place", "period"]));
    // The hospital with 2 respondents cannot stand alone at kind × département.
    const at = (name: string) => header.indexOf(name);
    expect(rows.some((r) => r[at("structure_kind")] === "hospital" && r[at("department")] === "13")).toBe(false);
  });

  it("Should leave no sensitive item shared by everyone of a combination (l-diversity)", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const { project, peer } = await projectWithResponses(t);
    await approvedRequest(t, project.id, peer.headers);
    const { header, rows } = parseCsv(await (await t.app.request(exportPath(project.id), { headers: peer.headers })).text(), ",");
    const { counts } = smallestCombination(header, rows, QUASI);
    const at = QUASI.map((c) => header.indexOf(c));
    const sensitive = ["hospitalisations_12m", "rights_obtained"].filter((c) => header.includes(c));
    expect(sensitive.length).toBeGreaterThan(0);
    for (const key of counts.keys()) {
      const members = rows.filter((r) => at.map((i) => r[i]).join("|") === key);
      for (const column of sensitive) {
        const values = new Set(members.map((r) => r[header.indexOf(column)]).filter((v) => v !== ""));
        expect(values.size === 0 || values.size >= 2, `${column} in ${key}`).toBe(true);
      }
    }
  });

  it("Should give free text only when the request asked for it: masked, apart from every other answer", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    const { project, peer, total } = await projectWithResponses(t);
    await approvedRequest(t, project.id, peer.headers);
    const refused = await t.app.request(exportPath(project.id, "&part=comments"), { headers: peer.headers });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).error.code).toBe("free_text_not_requested");
    await approvedRequest(t, project.id, peer.headers, true);
    const res = await t.app.request(exportPath(project.id, "&part=comments"), { headers: peer.headers });
    expect(res.status).toBe(200);
    const { header, rows } = parseCsv(await res.text(), ",");
    expect(header).toEqual(["role", "question", "label_fr", "label_en", "shown", "reason", "cutoff", "comment"]);
    const comments = rows.map((r) => r[header.indexOf("comment")]!);
    expect(comments).toHaveLength(total);
    for (const c of comments) expect(c).toMatch(/^Avis \d+ : merci à Mme \[nom masqué\], appelez le \[téléphone masqué\]$/);
    expect(rows.every((r) => r[header.indexOf("cutoff")] === "")).toBe(true);
  });
});
