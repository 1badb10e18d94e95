import { ConditionRunner } from "survey-core";
import type { SurveyDefinition, SurveyElement } from "@/domain/questionnaire/types.ts";

/** Element types that carry no answer (same list as the server's survey-elements.ts). */
const NO_ANSWER = new Set(["html", "panel"]);

/**
 * One complete, deterministic answer set for a questionnaire version: every visible question answered with
 * its first allowed value, booleans `true` so that the questions they unlock are visible and answered too.
 * A full answer set is the heaviest realistic submission (most validation, scoring and bytes to store).
 * Visibility is decided by survey-core's own expression engine, as the server does, so the two cannot
 * disagree; questions are walked in page order, so a condition only ever looks at earlier answers.
 * @example
 * const answers = fullAnswerSet(campaign.definition);
 */
export function fullAnswerSet(survey: SurveyDefinition): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const visible = (conditions: string[]) => conditions.every((c) => new ConditionRunner(c).runValues(answers));
  const walk = (elements: SurveyElement[], conditions: string[]) => {
    for (const element of elements) {
      const own = element.visibleIf ? [...conditions, element.visibleIf] : conditions;
      if (element.type === "panel") walk(element.elements ?? [], own);
      else if (!NO_ANSWER.has(element.type) && visible(own)) answers[element.name] = firstValue(element);
    }
  };
  for (const page of survey.pages) walk(page.elements, page.visibleIf ? [page.visibleIf] : []);
  return answers;
}

function firstValue(q: SurveyElement): unknown {
  const first = (items: { value: string | number }[] | undefined) => {
    const item = items?.[0];
    if (!item) throw new Error(`question "${q.name}" has no choices to answer with`);
    return item.value;
  };
  switch (q.type) {
    case "radiogroup":
    case "dropdown":
      return first(q.choices);
    case "checkbox":
      // The first `minSelectedChoices` choices (at least one), so a lower bound is never violated.
      return (q.choices ?? []).slice(0, Math.max(1, q.minSelectedChoices ?? 1)).map((c) => c.value);
    case "rating":
      return q.rateValues && q.rateValues.length > 0 ? Number(first(q.rateValues)) : (q.rateMin ?? 1);
    case "boolean":
      return true;
    case "text":
      return q.inputType === "number" ? (q.min ?? 0) : "Réponse de test.".slice(0, q.maxLength ?? 2000);
    case "comment":
      return "Merci à l'équipe, les rencontres m'aident beaucoup.".slice(0, q.maxLength ?? 2000);
    case "matrix": {
      const column = first(q.columns);
      return Object.fromEntries((q.rows ?? []).map((r) => [String(r.value), column]));
    }
    default:
      throw new Error(`answer-set: no generator for question type "${q.type}" ("${q.name}")`);
  }
}
