import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import { describe, expect, it } from "vitest";
import { seededRandom } from "@/demo/random.ts";
import { syntheticAnswers } from "@/demo/synthetic-answers.ts";
import { compileValidator } from "@/domain/questionnaire/answer-validation.ts";
import { scoreResponse } from "@/domain/questionnaire/scoring.ts";
import { listQuestions } from "@/domain/questionnaire/survey-elements.ts";
import type { QuestionnaireFile } from "@/domain/questionnaire/types.ts";
import { readSurveys } from "@/surveys/load-surveys.ts";
import lockedNames from "./item-names.json" with { type: "json" };

const library = readSurveys("./surveys");
const bySlug = new Map(library.map((s) => [s.questionnaire.slug, s.questionnaire]));
const cases = library.map((s) => [s.questionnaire.slug, s.questionnaire] as const);
const mirrored = (JSON.parse(readFileSync("surveys/shared/mirrored-items.json", "utf8")) as { items: { id: string }[] }).items.map(
  (m) => m.id,
);

/**
 * Expected dimension scores, computed by hand, when the j-th item of every dimension (from 0) is answered
 * (j mod 5) + 1 — i.e. 1, 2, 3, 4, 5, 1… — reverse items flipped to 6 − v, each rescaled to 25 × (v − 1).
 * Example, patient engagement: 1, 2, 3, 4 and the reverse 5 → 1: (0 + 25 + 50 + 75 + 0) / 5 = 30.
 */
const EXPECTED: Record<string, Record<string, number>> = {
  "auto-evaluation-structure": {
    training: 30,
    employment: 30,
    coconstruction: 30,
    isolation_prevention: 30,
    governance: 30,
    evaluation: 58.3333,
  },
  "conditions-pairs-aidants": {
    role_clarity: 30,
    recognition: 30,
    pay_contract: 40,
    training: 25,
    supervision_support: 50,
    isolation: 30,
    wear: 25,
  },
  "experience-usagers": { engagement: 30, satisfaction: 30, autonomy: 50, hope_recovery: 50, self_stigma: 20, rights_access: 25 },
  "experience-usagers-falc": { engagement: 30, satisfaction: 30, autonomy: 50, hope_recovery: 50, self_stigma: 20, rights_access: 25 },
  "regard-professionnels": { value_added: 30, collaboration: 30, team_training: 30, shared_decisions: 30, reservations: 30 },
};

/** A complete, valid answer set whose scored items follow the pattern of EXPECTED. */
function patternAnswers(q: QuestionnaireFile): Record<string, unknown> {
  const random = seededRandom(3);
  let answers: Record<string, unknown> = {};
  // Factual answers that open every conditional page (e.g. "at least one peer worker").
  for (let attempt = 0; attempt < 50; attempt++) {
    answers = syntheticAnswers(q.survey, q.scoring, { level: 0.5, answerRate: 1 }, random);
    const scored = q.scoring.dimensions.flatMap((d) => d.items);
    if (scored.every((item) => item in answers)) break;
  }
  for (const d of q.scoring.dimensions) d.items.forEach((item, j) => (answers[item] = (j % 5) + 1));
  return answers;
}

describe("Every questionnaire of the library", () => {
  it("Should cover the four respondent roles, the patient one also in easy-to-read wording", () => {
    const roles = new Set(library.flatMap((s) => s.questionnaire.roles));
    expect(roles).toEqual(new Set(["patient", "peer_worker", "professional", "institution"]));
    expect(bySlug.get("experience-usagers-falc")).toMatchObject({ variantOf: "experience-usagers", variant: "falc" });
  });

  it.each(cases)("Should match the JSON Schema of the file format: %s", (_slug, q) => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync("surveys/questionnaire.schema.json", "utf8")),
    );
    expect(validate(q), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(cases)("Should score every scored item in exactly one dimension, on the scale: %s", (_slug, q) => {
    const questions = new Map(listQuestions(q.survey).map((p) => [p.question.name, p.question]));
    const items = q.scoring.dimensions.flatMap((d) => d.items);
    expect(new Set(items).size).toBe(items.length);
    for (const item of items) {
      const question = questions.get(item);
      expect(question?.type, item).toBe("radiogroup");
      expect(question!.choices!.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
    }
    for (const d of q.scoring.dimensions) for (const r of d.reverse ?? []) expect(d.items).toContain(r);
  });

  it.each(cases)("Should give every text in French and English: %s", (_slug, q) => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}/${i}`));
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if ("fr" in record || "en" in record) {
        for (const locale of ["fr", "en"])
          if (typeof record[locale] !== "string" || !(record[locale] as string).trim()) missing.push(`${path}/${locale}`);
        return;
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(q, "");
    expect(missing).toEqual([]);
    const model = new Model(q.survey);
    for (const locale of ["fr", "en"]) {
      model.locale = locale;
      for (const question of model.getAllQuestions())
        if (question.getType() !== "html") expect(question.title.trim(), question.name).not.toBe(question.name);
    }
  });

  it.each(cases)("Should keep its item names: none removed or changed in type, none added without being locked: %s", (slug, q) => {
    const current = Object.fromEntries(listQuestions(q.survey).map((p) => [p.question.name, p.question.type]));
    expect(current).toEqual((lockedNames as Record<string, Record<string, string>>)[slug]);
  });

  it.each(cases)("Should ask every mirrored statement once: %s", (_slug, q) => {
    expect((q.scoring.mirrors ?? []).map((m) => m.id).sort()).toEqual([...mirrored].sort());
    const inDimensions = new Set(q.scoring.dimensions.flatMap((d) => d.items));
    for (const m of q.scoring.mirrors ?? []) expect(inDimensions.has(m.item), m.item).toBe(false);
  });

  it.each(cases)("Should let every dimension feed an indicator, and cite its source: %s", (_slug, q) => {
    const fed = new Set(q.scoring.indicators.flatMap((i) => ("dimension" in i ? [i.dimension] : [])));
    for (const d of q.scoring.dimensions) {
      expect(fed.has(d.id), d.id).toBe(true);
      expect(d.source.length).toBeGreaterThan(10);
    }
  });

  it.each(cases)("Should render every page in survey-react-ui, in French and in English: %s", (_slug, q) => {
    const model = new Model(q.survey);
    model.data = patternAnswers(q);
    for (const locale of ["fr", "en"] as const) {
      model.locale = locale;
      model.visiblePages.forEach((page, i) => {
        model.currentPageNo = i;
        const html = renderToString(createElement(Survey, { model }));
        for (const question of page.questions.filter((x) => x.isVisible && x.getType() !== "html")) {
          expect(html, `${question.name} (${locale})`).toContain(escapeHtml(question.title.split("\n")[0]!.slice(0, 30)));
        }
      });
    }
  });

  it.each(cases)("Should accept a full answer set and score it to the hand-computed values: %s", (slug, q) => {
    const answers = patternAnswers(q);
    const checked = compileValidator(q.survey)(answers);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const model = new Model(q.survey);
    model.data = answers;
    expect(model.validate(false), "survey-core finds the answer set complete").toBe(true);
    const scores = Object.fromEntries(scoreResponse(q.scoring, answers).map((s) => [s.dimension, s.score]));
    expect(scores).toEqual(Object.fromEntries(Object.entries(EXPECTED[slug]!).map(([k, v]) => [k, expect.closeTo(v, 3)])));
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}
