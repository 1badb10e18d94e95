import { describe, expect, it } from "vitest";
import { createSqliteStore } from "@/db/store.ts";
import { seededRandom } from "@/demo/random.ts";
import { seedDemo } from "@/demo/seed-demo.ts";
import { syntheticAnswers } from "@/demo/synthetic-answers.ts";
import { draftProblems } from "@/domain/codesign/draft-problems.ts";
import { compileValidator } from "@/domain/questionnaire/answer-validation.ts";
import { importSurveys, readSurveys } from "@/surveys/load-surveys.ts";
import { FIXED_NOW } from "../support/test-app.ts";

describe("Demo data", () => {
  it("Should cover the 12 départements of Auvergne-Rhône-Alpes, every kind and every setting, with 20+ structures", async () => {
    const store = createSqliteStore(":memory:");
    await importSurveys(store, "./surveys", FIXED_NOW);
    const result = await seedDemo(store, FIXED_NOW);
    const structures = await store.structures.list();
    const aura = structures.filter((s) => s.region === "84");
    expect(new Set(aura.map((s) => s.department)).size).toBe(12);
    expect(new Set(structures.map((s) => s.kind))).toEqual(new Set(["gem", "hospital", "cmp", "association", "medico_social", "other"]));
    expect(new Set(aura.map((s) => s.setting))).toEqual(new Set(["urban", "intermediate", "rural"]));
    expect(aura.length).toBeGreaterThanOrEqual(20);
    expect(structures.every((s) => s.isDemo && s.name.endsWith("(démo)"))).toBe(true);
    expect(result!.responses).toBeGreaterThan(500);
    const days = store.db.$client.prepare("SELECT count(DISTINCT substr(submitted_on, 1, 7)) AS months FROM responses").get() as {
      months: number;
    };
    expect(days.months).toBeGreaterThan(12);
    // Some structures sit under the small-cell threshold, so the demo shows suppression too.
    const small = store.db.$client
      .prepare(
        "SELECT count(*) AS n FROM (SELECT structure_id FROM responses WHERE role = 'patient' GROUP BY structure_id, version_id HAVING count(*) < 11)",
      )
      .get() as { n: number };
    expect(small.n).toBeGreaterThan(0);
    // Every respondent role answers, each with the questionnaire written for it.
    const roles = store.db.$client.prepare("SELECT DISTINCT role FROM responses ORDER BY role").all() as { role: string }[];
    expect(roles.map((r) => r.role)).toEqual(["institution", "patient", "peer_worker", "professional"]);
    // A research team of three backgrounds with a complete draft to review, ready for co-design.
    const [project] = await store.projects.list(null);
    const team = (await store.projects.get(project!.id))!.members.map((m) => m.background).sort();
    expect(team).toEqual(["peer_worker", "professional", "researcher"]);
    const [draft] = await store.drafts.list(project!.id);
    const { content } = (await store.drafts.get(draft!.id))!;
    expect(draftProblems(draft!.slug, content)).toEqual([]);
    expect(await seedDemo(store, FIXED_NOW)).toBeUndefined();
  });

  it("Should generate answers that every version of the library accepts", () => {
    for (const { questionnaire } of readSurveys("./surveys")) {
      const validate = compileValidator(questionnaire.survey);
      const random = seededRandom(7);
      for (let i = 0; i < 200; i++) {
        const answers = syntheticAnswers(questionnaire.survey, questionnaire.scoring, { level: random(), answerRate: random() }, random);
        const result = validate(answers);
        expect(result.ok ? [] : result.errors, questionnaire.slug).toEqual([]);
      }
    }
  });
});
