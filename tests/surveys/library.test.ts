import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Model } from "survey-core";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "@/db/store.ts";
import { listQuestions } from "@/domain/questionnaire/survey-elements.ts";
import { importSurveys, questionnaireFiles, readSurveys } from "@/surveys/load-surveys.ts";
import { FIXED_NOW } from "../support/test-app.ts";

const library = readSurveys("./surveys");
const scratch = mkdtempSync(join(tmpdir(), "reperes-surveys-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("The questionnaire library", () => {
  it("Should hold at least one questionnaire, every file checked", () => {
    expect(library.length).toBeGreaterThanOrEqual(1);
    expect(library.map((s) => s.file)).toEqual(questionnaireFiles("./surveys"));
  });

  it.each(library.map((s) => [s.questionnaire.slug, s] as const))(
    "Should load %s in survey-core in French and English",
    (_slug, { questionnaire }) => {
      const model = new Model(questionnaire.survey);
      const names = listQuestions(questionnaire.survey).map((p) => p.question.name);
      expect(model.getAllQuestions().map((q) => q.name)).toEqual(expect.arrayContaining(names));
      for (const locale of ["fr", "en"] as const) {
        model.locale = locale;
        for (const question of model.getAllQuestions()) {
          if (question.getType() === "html") continue;
          expect(question.title, `${question.name} (${locale})`).not.toBe(question.name);
        }
      }
    },
  );
});

describe("Importing questionnaire files as versions", () => {
  it("Should import each file once, whatever its key order or spacing", async () => {
    const dir = join(scratch, "same");
    cpSync("./surveys", dir, { recursive: true });
    const store = createSqliteStore(":memory:");
    expect((await importSurveys(store, dir, FIXED_NOW)).every((r) => r.created && r.version === 1)).toBe(true);
    const file = join(dir, "experience-usagers.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    writeFileSync(file, JSON.stringify(reordered));
    expect(await importSurveys(store, dir, FIXED_NOW)).toContainEqual({ slug: "experience-usagers", version: 1, created: false });
  });

  it("Should make an edited file the next version and leave the old one as it was", async () => {
    const dir = join(scratch, "edited");
    cpSync("./surveys", dir, { recursive: true });
    const store = createSqliteStore(":memory:");
    await importSurveys(store, dir, FIXED_NOW);
    const before = await store.questionnaires.getVersion("experience-usagers", 1);
    const file = join(dir, "experience-usagers.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.survey.pages[0].title.fr = "Votre accompagnement (révisé)";
    writeFileSync(file, JSON.stringify(data, null, 2));
    expect(await importSurveys(store, dir, FIXED_NOW)).toContainEqual({ slug: "experience-usagers", version: 2, created: true });
    expect(await store.questionnaires.getVersion("experience-usagers", 1)).toEqual(before);
    const v2 = (await store.questionnaires.getVersion("experience-usagers", 2))!;
    expect(v2.definition.pages[0]!.title!.fr).toBe("Votre accompagnement (révisé)");
    expect(v2.contentHash).not.toBe(before!.contentHash);
  });

  it("Should refuse to start on a faulty file, naming the file and the fault, and import nothing", async () => {
    const dir = join(scratch, "faulty");
    cpSync("./surveys", dir, { recursive: true });
    writeFileSync(join(dir, "zz-broken.json"), '{ "slug": "broken", ');
    const store = createSqliteStore(":memory:");
    await expect(importSurveys(store, dir, FIXED_NOW)).rejects.toThrow(/zz-broken\.json: 1 fault\(s\)\n {2}at \/: not valid JSON/);
    expect(await store.questionnaires.list()).toEqual([]);
  });

  it("Should refuse an easy-to-read variant that does not keep its questionnaire's answers", async () => {
    const dir = join(scratch, "variant");
    cpSync("./surveys", dir, { recursive: true });
    const file = join(dir, "experience-usagers-falc.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.survey.pages[0].elements.find((e: { name: string }) => e.name === "engagement_decisions").choices.pop();
    writeFileSync(file, JSON.stringify(data));
    expect(() => readSurveys(dir)).toThrow(
      /experience-usagers-falc\.json: a variant must keep the answers, scoring and indicators of "experience-usagers"/,
    );
  });
});
