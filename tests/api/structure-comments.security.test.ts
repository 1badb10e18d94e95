import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/domain/export/csv.ts";
import { COMMENT_COLUMNS } from "@/domain/export/comment-rows.ts";
import { openCampaign, validAnswers } from "../support/answers.ts";
import { IDENTIFIER_CORPUS, MARKERS } from "../support/identifier-corpus.ts";
import { FIXTURE_LOAD, IN_Q1, IN_Q2 } from "../support/released-structures.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

type Question = { role: string; question: string; shown: boolean; reason?: string; count?: number; cutoff?: string; comments?: string[] };
type Comments = { release: { quarter: string; cutoff: string } | null; threshold: number; questions: Question[] };

const commentsPath = (id: number) => `/api/reports/structures/${id}/comments?questionnaire=experience-usagers`;

/** Factory: a structure whose patients answered with these comments (one response each), at the clock's time. */
async function commented(t: TestApp, comments: readonly string[], structureId?: number) {
  const s = structureId ?? (await t.structure({ name: `S${Math.random()}` })).id;
  const { code } = await openCampaign(t, { structureId: s });
  const answers = await validAnswers(t);
  for (const comment of comments) {
    const res = await t.json("POST", `/api/campaigns/${code}/responses`, { answers: { ...answers, comment } });
    if (res.status !== 201) throw new Error(await res.text());
  }
  return s;
}

const read = async (t: TestApp, id: number, headers: Record<string, string>) => {
  const res = await t.app.request(commentsPath(id), { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as Comments;
};
const commentQuestion = (body: Comments) => body.questions.find((q) => q.question === "comment")!;

describe("GET /api/reports/structures/:id/comments — disclosure", () => {
  it("Should show nothing of a question's comments below the small-cell threshold, not even their number", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const texts = Array.from({ length: 10 }, (_, i) => `Remarque numéro ${i} sur l'accueil`);
    const id = await commented(t, texts);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [id] });
    const res = await t.app.request(commentsPath(id), { headers });
    const raw = await res.text();
    const body = JSON.parse(raw) as Comments;
    expect(body.release?.quarter).toBe("2026-Q1");
    expect(commentQuestion(body)).toEqual({
      role: "patient",
      question: "comment",
      label: expect.any(Object),
      shown: false,
      reason: "too_few_comments",
    });
    expect(raw).not.toContain("Remarque");
    expect(raw).not.toMatch(/"count":10\b/);
  });

  it("Should mask every identifier a patient typed — e-mail, phone, NIR, IBAN, link, name, address — in the comments shown", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const typed = [
      ...IDENTIFIER_CORPUS.map(([identifier]) => `Contact : ${identifier} — merci.`),
      "Merci à Mme Martin pour son écoute.",
      "Le docteur Leroy m'a beaucoup aidé.",
      "Je m'appelle Karim Benali, écrivez-moi.",
      "J'habite 12 rue des Lilas, venez me voir.",
      "Je suis de 69003 Lyon et c'est loin.",
      "Un grand merci à Marie Dupont de l'équipe.",
    ];
    const id = await commented(t, typed);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [id] });
    const question = commentQuestion(await read(t, id, headers));
    expect(question.shown).toBe(true);
    expect(question.count).toBe(typed.length);
    const shown = question.comments!;
    expect(shown).toHaveLength(typed.length);
    const markers = new Set(Object.values(MARKERS));
    for (const comment of shown.filter((c) => c.startsWith("Contact : ")))
      expect(markers.has(comment.slice("Contact : ".length, -" — merci.".length) as never), comment).toBe(true);
    expect(shown.filter((c) => c.startsWith("Contact : "))).toHaveLength(IDENTIFIER_CORPUS.length);
    const joined = shown.join("\n");
    for (const secret of ["Martin", "Leroy", "Karim", "Benali", "Lilas", "69003", "Lyon", "Marie", "Dupont", "06 12", "@"])
      expect(joined, secret).not.toContain(secret);
    expect(shown).toContain("Merci à Mme [nom masqué] pour son écoute.");
    expect(shown).toContain("J'habite [adresse masquée], venez me voir.");
  });

  it("Should detach every comment: no date, no id, no other answer, and a fresh order at each reading", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const texts = Array.from({ length: 14 }, (_, i) => `Avis ${String.fromCharCode(97 + i)} sur le groupe`);
    const id = await commented(t, texts);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [id] });
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const question = commentQuestion(await read(t, id, headers));
      expect(Object.keys(question).sort()).toEqual(["comments", "count", "cutoff", "label", "question", "role", "shown"]);
      expect(question.comments!.every((c) => typeof c === "string")).toBe(true);
      expect([...question.comments!].sort()).toEqual([...texts].sort());
      orders.add(JSON.stringify(question.comments));
    }
    // Six readings of 14 comments in one order would happen once in (14!)^5.
    expect(orders.size).toBeGreaterThan(1);
    const raw = await (await t.app.request(commentsPath(id), { headers })).text();
    // The only date is the release's cut-off: no day of submission.
    expect(raw.match(/\d{4}-\d{2}-\d{2}/g)!.every((d) => d === "2026-03-31")).toBe(true);
    expect(raw).not.toContain("2026-02-10");
  });

  it("Should show comments only as of a release, never live, and move to a later release only once it adds the threshold", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const first = Array.from({ length: 12 }, (_, i) => `Premier trimestre ${i}`);
    const id = await commented(t, first);
    t.setNow(IN_Q2);
    // Written in the open quarter: not released yet.
    await commented(t, ["Écrit ce trimestre-ci, tout frais"], id);
    const manager = async () => (await t.signIn("manager", { structureIds: [id] })).headers;
    let question = commentQuestion(await read(t, id, await manager()));
    expect(question.cutoff).toBe("2026-03-31");
    expect(question.comments!.some((c) => c.includes("frais"))).toBe(false);
    // Q2 closes with 1 more comment, fewer than the threshold: Q1's set stays on show.
    t.setNow(new Date("2026-07-10T10:00:00Z"));
    const afterQ2 = await read(t, id, await manager());
    expect(afterQ2.release?.quarter).toBe("2026-Q2");
    question = commentQuestion(afterQ2);
    expect(question.cutoff).toBe("2026-03-31");
    expect(question.count).toBe(12);
    // Q3 closes with 11 more (5 + 6), 12 since the set on show: the threshold is reached, Q3's set is shown.
    await commented(
      t,
      Array.from({ length: 5 }, (_, i) => `Troisième trimestre ${i}`),
      id,
    );
    t.setNow(new Date("2026-08-10T10:00:00Z"));
    await commented(
      t,
      Array.from({ length: 6 }, (_, i) => `Encore ${i}`),
      id,
    );
    t.setNow(new Date("2026-10-10T10:00:00Z"));
    question = commentQuestion(await read(t, id, await manager()));
    expect(question.cutoff).toBe("2026-09-30");
    expect(question.count).toBe(12 + 1 + 5 + 6);
  });

  it("Should refuse the anonymous, another structure's manager and a coordinator of another region; audit each reading without its content", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const id = await commented(
      t,
      Array.from({ length: 12 }, (_, i) => `Texte secret ${i}`),
    );
    const other = await t.structure({ name: "Autre" });
    t.setNow(IN_Q2);
    expect((await t.app.request(commentsPath(id))).status).toBe(401);
    const stranger = await t.signIn("manager", { structureIds: [other.id] });
    const refused = await t.app.request(commentsPath(id), { headers: { ...stranger.headers, "accept-language": "fr" } });
    expect(refused.status).toBe(403);
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("forbidden");
    expect(error.message).toBe("Vous n'avez pas accès à cette ressource.");
    const elsewhere = await t.signIn("coordinator", { region: "11" });
    expect((await t.app.request(commentsPath(id), { headers: elsewhere.headers })).status).toBe(403);
    for (const path of [commentsPath(id) + "&format=csv", `/api/reports/structures/${id}/comments`]) {
      const bad = await t.app.request(path, { headers: stranger.headers });
      expect(bad.status).toBe(400);
    }
    const regional = await t.signIn("coordinator", { region: "84" });
    expect((await t.app.request(commentsPath(id), { headers: regional.headers })).status).toBe(200);
    const entries = (await t.store.audit.list({ limit: 20 })).filter((e) => e.action === "report.comments");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userId: regional.user.id, targetType: "structure", targetId: String(id) });
    expect(JSON.stringify(entries)).not.toContain("secret");
  });
});

describe("GET /api/reports/structures/:id/export — comments", () => {
  it("Should give the comments shown, as CSV (`part=comments`) and as a sheet of the workbook, masked and without date", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const texts = [...Array.from({ length: 11 }, (_, i) => `Export ${i}; avec "guillemets"`), "Appelez le 06 12 34 56 78"];
    const id = await commented(t, texts);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [id] });
    const res = await t.app.request(`/api/reports/structures/${id}/export?questionnaire=experience-usagers&part=comments`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/-comments\.csv"$/);
    const { header, rows } = parseCsv(await res.text(), ";");
    expect(header).toEqual([...COMMENT_COLUMNS]);
    const shown = rows.filter((r) => r[header.indexOf("question")] === "comment").map((r) => r[header.indexOf("comment")]!);
    expect(shown.sort()).toEqual([...texts.slice(0, 11), "Appelez le [téléphone masqué]"].sort());
    expect(rows.every((r) => r[header.indexOf("cutoff")] === "2026-03-31")).toBe(true);

    const xlsx = await t.app.request(`/api/reports/structures/${id}/export?questionnaire=experience-usagers&format=xlsx`, { headers });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet("comments")!;
    const values: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) values.push(String(row.getCell(COMMENT_COLUMNS.indexOf("comment") + 1).value));
    });
    expect(values.sort()).toEqual(shown.sort());
  });

  it("Should leave a comment sheet empty of text when the comments are too few", async () => {
    const t = await createTestApp(FIXTURE_LOAD);
    t.setNow(IN_Q1);
    const id = await commented(t, ["Un seul avis, très reconnaissable"]);
    t.setNow(IN_Q2);
    const { headers } = await t.signIn("manager", { structureIds: [id] });
    const res = await t.app.request(`/api/reports/structures/${id}/export?questionnaire=experience-usagers&part=comments`, { headers });
    const text = await res.text();
    expect(text).not.toContain("reconnaissable");
    expect(text).toContain("too_few_comments");
  });
});
