import { describe, expect, it } from "vitest";
import { seededRandom } from "@/demo/random.ts";
import { syntheticAnswers } from "@/demo/synthetic-answers.ts";
import type { Codebook } from "@/domain/export/codebook.ts";
import { parseCsv, toCsv } from "@/domain/export/csv.ts";
import { microdataRow } from "@/domain/export/microdata-columns.ts";
import type { SurveyElement } from "@/domain/questionnaire/types.ts";
import { createTestApp } from "../support/test-app.ts";

const t = await createTestApp();
const path = (slug: string, version: number, query = "") => `/api/questionnaires/${slug}/versions/${version}/codebook${query}`;
const bookOf = async (slug: string, version = 1) => (await (await t.app.request(path(slug, version))).json()) as Codebook;

/** The questions of a version, read straight from its definition: every element holding an answer, panels opened. */
function questionNames(elements: readonly SurveyElement[]): string[] {
  return elements.flatMap((e) => (e.type === "panel" ? questionNames(e.elements ?? []) : e.type === "html" ? [] : [e.name]));
}

/** `data[["name"]]` blocks of the R script: the label set and the factor's levels and labels, as written. */
function parseRScript(script: string) {
  const blocks = new Map<string, { label?: string; levels?: string[]; labels?: string[] }>();
  const strings = (list: string) =>
    [...list.matchAll(/"((?:[^"\\]|\\.)*)"|(-?[\d.]+)/g)].map((m) => (m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2]));
  for (const m of script.matchAll(/if \(!is\.null\(data\[\[("(?:[^"\\]|\\.)*")\]\]\)\) \{\n([\s\S]*?)\n\}/g)) {
    const name = JSON.parse(m[1]!) as string;
    const body = m[2]!;
    const label = /attr\(data\[\[.*?\]\], "label"\) <- ("(?:[^"\\]|\\.)*")/.exec(body);
    const factor = /levels = c\((.*?)\), labels = c\((.*)\)\)$/m.exec(body);
    blocks.set(name, {
      ...(label ? { label: JSON.parse(label[1]!) as string } : {}),
      ...(factor ? { levels: strings(factor[1]!), labels: strings(factor[2]!) } : {}),
    });
  }
  return blocks;
}

describe("GET /api/questionnaires/:slug/versions/:version/codebook", () => {
  it("Should list every question of every version of the library, with labels, type, values and reverse-scoring", async () => {
    const { questionnaires } = (await (await t.app.request("/api/questionnaires")).json()) as {
      questionnaires: { slug: string; versions: { version: number }[] }[];
    };
    expect(questionnaires.length).toBeGreaterThan(3);
    for (const q of questionnaires)
      for (const { version } of q.versions) {
        const record = (await t.store.questionnaires.getVersion(q.slug, version))!;
        const res = await t.app.request(path(q.slug, version));
        expect(res.status).toBe(200);
        const book = (await res.json()) as Codebook;
        expect(book).toMatchObject({ questionnaire: q.slug, version, versionHash: record.contentHash });
        const expected = record.definition.pages.flatMap((p) => questionNames(p.elements));
        expect([...new Set(book.variables.map((v) => v.question))]).toEqual(expected);
        for (const d of record.scoring.dimensions)
          for (const item of d.items) {
            const v = book.variables.find((w) => w.name === item)!;
            expect(v.dimension).toBe(d.id);
            expect(v.reverseScored).toBe((d.reverse ?? []).includes(item));
          }
        for (const v of book.variables) {
          expect(v.label.fr.length).toBeGreaterThan(0);
          expect(v.label.en.length).toBeGreaterThan(0);
          expect(v.versionHash).toBe(record.contentHash);
        }
      }
  });

  it("Should give the REDCap data dictionary columns in REDCap's order, one row per question", async () => {
    const res = await t.app.request(path("experience-usagers", 1, "?format=csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="reperes-experience-usagers-v1-codebook.csv"');
    const { header, rows } = parseCsv(await res.text(), ";");
    expect(header.slice(0, 18)).toEqual([
      "Variable / Field Name",
      "Form Name",
      "Section Header",
      "Field Type",
      "Field Label",
      "Choices, Calculations, OR Slider Labels",
      "Field Note",
      "Text Validation Type OR Show Slider Number",
      "Text Validation Min",
      "Text Validation Max",
      "Identifier?",
      "Branching Logic (Show field only if...)",
      "Required Field?",
      "Custom Alignment",
      "Question Number (surveys only)",
      "Matrix Group Name",
      "Matrix Ranking?",
      "Field Annotation",
    ]);
    const record = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const questions = record.definition.pages.flatMap((p) => questionNames(p.elements));
    expect(rows.map((r) => r[0])).toEqual(questions);
    const book = await bookOf("experience-usagers");
    for (const row of rows) {
      const v = book.variables.find((w) => w.question === row[0])!;
      expect(row[4]).toBe(v.questionLabel.fr);
      expect(row[header.indexOf("field_label_en")]).toBe(v.questionLabel.en);
      if (v.type === "categorical") expect(row[5]).toBe(v.values.map((c) => `${c.value}, ${c.label.fr}`).join(" | "));
    }
    expect(rows.some((r) => r[3] === "checkbox" && r[5]!.includes(" | "))).toBe(true);
    expect(rows.some((r) => r[11]!.startsWith("["))).toBe(true);
  });

  it("Should give an R script that labels every column of a microdata CSV of the version, every value found among its levels", async () => {
    for (const slug of ["experience-usagers", "conditions-pairs-aidants"]) {
      const record = (await t.store.questionnaires.getVersion(slug, 1))!;
      const book = await bookOf(slug);
      const random = seededRandom(7);
      const csv = toCsv(
        book.variables.map((v) => v.name),
        Array.from({ length: 20 }, () =>
          microdataRow(book, syntheticAnswers(record.definition, record.scoring, { level: 0.6, answerRate: 0.9 }, random)),
        ),
        "semicolon",
      );
      const res = await t.app.request(path(slug, 1, "?format=r&lang=en"));
      expect(res.status).toBe(200);
      const script = parseRScript(await res.text());
      const { header, rows } = parseCsv(csv, ";");
      expect([...script.keys()]).toEqual(header);
      let coded = 0;
      header.forEach((name, i) => {
        const v = book.variables.find((w) => w.name === name)!;
        const block = script.get(name)!;
        expect(block.label).toBe(v.label.en);
        if (v.values.length === 0) return expect(block.levels).toBeUndefined();
        expect(block.labels).toEqual(v.values.map((c) => c.label.en));
        for (const row of rows)
          if (row[i] !== "") {
            expect(block.levels, `${name}=${row[i]}`).toContain(row[i]);
            coded++;
          }
      });
      expect(coded).toBeGreaterThan(100);
    }
  });

  it("Should give SPSS syntax reading the codebook's columns in order, with their variable and value labels", async () => {
    const book = await bookOf("experience-usagers");
    const text = await (await t.app.request(path("experience-usagers", 1, "?format=sps"))).text();
    const variables = /\/VARIABLES=\n([\s\S]*?)\n\./
      .exec(text)![1]!
      .split("\n")
      .map((l) => l.trim().split(" ")[0]);
    expect(variables).toEqual(book.variables.map((v) => v.name));
    const labels = /VARIABLE LABELS\n([\s\S]*?)\n\./.exec(text)![1]!.split("\n  /\n");
    expect(labels.map((l) => l.trim().split(" ")[0])).toEqual(book.variables.map((v) => v.name));
    labels.forEach((l, i) =>
      expect(l.trim().slice(book.variables[i]!.name.length + 1)).toBe(`"${book.variables[i]!.label.fr.replace(/"/g, '""')}"`),
    );
    expect(text).toContain("VALUE LABELS");
  });

  it("Should answer an unknown version or format with the structured error", async () => {
    const missing = await t.app.request(path("experience-usagers", 99));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("version_not_found");
    const bad = await t.app.request(path("experience-usagers", 1, "?format=sav"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  });

  it("Should audit every download — who if signed in, which version and format, when — never its content", async () => {
    const own = await createTestApp();
    const before = (await own.store.audit.list({ limit: 100 })).filter((e) => e.action === "codebook.export").length;
    expect((await own.app.request(path("experience-usagers", 1, "?format=csv"))).status).toBe(200);
    const researcher = await own.signIn("co_researcher");
    expect((await own.app.request(path("experience-usagers", 1, "?format=r"), { headers: researcher.headers })).status).toBe(200);
    expect((await own.app.request(path("experience-usagers", 1), { headers: researcher.headers })).status).toBe(200);
    const entries = (await own.store.audit.list({ limit: 100 })).filter((e) => e.action === "codebook.export");
    expect(entries).toHaveLength(before + 3);
    expect(entries.map((e) => [e.userId, e.targetId, (e.details as { format: string }).format]).sort()).toEqual(
      [
        [null, "experience-usagers", "csv"],
        [researcher.user.id, "experience-usagers", "json"],
        [researcher.user.id, "experience-usagers", "r"],
      ].sort(),
    );
    expect(JSON.stringify(entries)).not.toContain("hope_future");
  });
});
