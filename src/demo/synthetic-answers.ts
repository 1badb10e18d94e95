import { ConditionRunner } from "survey-core";
import { listQuestions, ratingValues } from "../domain/questionnaire/survey-elements.ts";
import type { Scoring, SurveyDefinition, SurveyElement } from "../domain/questionnaire/types.ts";
import { normal, pick } from "./random.ts";

export interface SyntheticProfile {
  /** Where this respondent stands on the scale, 0 (lowest) to 1 (highest), before item noise. */
  level: number;
  /** Chance of answering an optional question. */
  answerRate: number;
}

/**
 * A plausible answer set for a version, for demo data and tests: questions are answered in page order, a
 * question hidden by its condition is left out, required ones are always answered, and scored items follow
 * the respondent's level (reverse items the other way), so structures differ in realistic ways.
 */
export function syntheticAnswers(
  survey: SurveyDefinition,
  scoring: Scoring,
  profile: SyntheticProfile,
  random: () => number,
): Record<string, unknown> {
  // An item leans against the respondent's level when it is reversed, or when its dimension measures
  // something unwanted (a respondent doing well reports less self-stigma); both at once cancel out.
  const against = new Set(
    scoring.dimensions.flatMap((d) => d.items.filter((item) => (d.reverse ?? []).includes(item) !== (d.higherIsBetter === false))),
  );
  const scored = new Set(scoring.dimensions.flatMap((d) => d.items));
  const answers: Record<string, unknown> = {};
  for (const { question, conditions } of listQuestions(survey)) {
    if (!conditions.every((expression) => new ConditionRunner(expression).runValues(answers))) continue;
    if (!question.isRequired && random() > profile.answerRate) continue;
    answers[question.name] = scored.has(question.name)
      ? scoredValue(question, scoring, against.has(question.name) ? 1 - profile.level : profile.level, random)
      : freeValue(question, random);
  }
  return answers;
}

function scoredValue(question: SurveyElement, scoring: Scoring, level: number, random: () => number): number {
  const { min, max } = scoring.scale;
  const target = min + Math.max(0, Math.min(1, level + 0.18 * normal(random))) * (max - min);
  const values = question.type === "rating" ? ratingValues(question) : (question.choices ?? []).map((c) => Number(c.value));
  return values.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best), values[0]!);
}

const TEXTS = [
  "Merci à l'équipe.",
  "Les rencontres du jeudi m'aident beaucoup.",
  "J'aimerais plus de temps avec la pair-aidante.",
  "Difficile de venir quand il n'y a pas de bus.",
];

function freeValue(question: SurveyElement, random: () => number): unknown {
  switch (question.type) {
    case "rating":
      return pick(random, ratingValues(question));
    case "radiogroup":
    case "dropdown":
      return pick(random, question.choices ?? []).value;
    case "checkbox": {
      const choices = question.choices ?? [];
      const max = Math.min(question.maxSelectedChoices ?? choices.length, choices.length);
      const min = Math.max(1, question.minSelectedChoices ?? 1);
      const count = min + Math.floor(random() * (max - min + 1));
      return [...choices]
        .sort(() => random() - 0.5)
        .slice(0, count)
        .map((c) => c.value);
    }
    case "boolean":
      return random() < 0.5;
    case "text":
      if (question.inputType === "number") {
        // Small counts (peer workers, years…): the plausible range, not the whole allowed one.
        const lo = question.min ?? 0;
        const hi = Math.min(question.max ?? lo + 6, lo + 6);
        return Math.round(lo + random() * (hi - lo));
      }
      return pick(random, TEXTS).slice(0, question.maxLength ?? 2000);
    case "comment":
      return pick(random, TEXTS).slice(0, question.maxLength ?? 2000);
    case "matrix": {
      const columns = question.columns ?? [];
      return Object.fromEntries((question.rows ?? []).map((row) => [String(row.value), pick(random, columns).value]));
    }
    default:
      return undefined;
  }
}
