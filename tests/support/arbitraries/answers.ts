import fc from "fast-check";
import type { Answers } from "@/domain/questionnaire/answer-validation.ts";
import type { SurveyDefinition, SurveyElement } from "@/domain/questionnaire/types.ts";
import { isShown, placedQuestions } from "./survey-structure.ts";
import { ratingValuesOf } from "./surveys.ts";

// Valid answer sets for a generated survey, drawn inside a property so that they shrink.

/** Random draws inside a property (backed by fast-check's `gen`, so they shrink). */
export interface Draw {
  int(min: number, max: number): number;
  bool(): boolean;
  pick<T>(items: readonly T[]): T;
  double(min: number, max: number): number;
  text(maxLength: number): string;
}

export function drawFrom(g: fc.GeneratorValue): Draw {
  const int = (min: number, max: number) => g(fc.integer, { min, max });
  return {
    int,
    bool: () => g(fc.boolean),
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)]!,
    double: (min, max) => g(fc.double, { min, max, noNaN: true, noDefaultInfinity: true }),
    text: (maxLength) => {
      const start = ["a", "x", "Merci", "é", "Ça va"][int(0, 4)]!;
      const rest = g(fc.string, { maxLength: 12, unit: "grapheme" });
      return (start + rest).slice(0, maxLength);
    },
  };
}

/** A value the question accepts. */
export function validValue(q: SurveyElement, draw: Draw): unknown {
  switch (q.type) {
    case "rating":
      return draw.pick(ratingValuesOf(q));
    case "radiogroup":
    case "dropdown":
      return draw.pick(q.choices ?? []).value;
    case "checkbox": {
      const remaining = (q.choices ?? []).map((c) => c.value);
      const count = draw.int(Math.max(1, q.minSelectedChoices ?? 0), Math.min(q.maxSelectedChoices ?? remaining.length, remaining.length));
      const chosen: (string | number)[] = [];
      while (chosen.length < count) chosen.push(...remaining.splice(draw.int(0, remaining.length - 1), 1));
      return chosen;
    }
    case "boolean":
      return draw.bool();
    case "text":
      if (q.inputType === "number") {
        const min = q.min ?? (q.max !== undefined ? q.max - 100 : -100);
        const max = q.max ?? min + 100;
        return draw.bool() ? draw.double(min, max) : Math.min(max, Math.max(min, Math.round(draw.double(min, max))));
      }
      return draw.text(q.maxLength ?? 40);
    case "comment":
      return draw.text(q.maxLength ?? 40);
    case "matrix": {
      const rows = (q.rows ?? []).map((r) => String(r.value));
      const answered = q.isAllRowRequired ? rows : rows.filter((_, i) => i === 0 || draw.bool());
      return Object.fromEntries(answered.map((row) => [row, draw.pick(q.columns ?? []).value]));
    }
    default:
      throw new Error(`no valid value for type ${q.type}`);
  }
}

/**
 * Whether SurveyJS asks for an answer to a shown question: `isRequired`, but also a checkbox with
 * minSelectedChoices ≥ 1 and a matrix with isAllRowRequired (survey-core checks both on an empty value).
 */
export function needsAnswer(q: SurveyElement): boolean {
  return (
    q.isRequired === true ||
    (q.type === "checkbox" && (q.minSelectedChoices ?? 0) >= 1) ||
    (q.type === "matrix" && q.isAllRowRequired === true)
  );
}

/**
 * A valid answer set: questions in page order, a hidden one left out, one that needs an answer always
 * answered, another sometimes.
 */
export function validAnswers(survey: SurveyDefinition, draw: Draw): Answers {
  const answers: Answers = {};
  for (const placed of placedQuestions(survey)) {
    if (!isShown(placed, answers)) continue;
    if (!needsAnswer(placed.question) && draw.bool()) continue;
    answers[placed.question.name] = validValue(placed.question, draw);
  }
  return answers;
}
