import type { SurveyDefinition, SurveyElement } from "./types.ts";

/** A question of a survey with the `visibleIf` conditions of every container it sits in, outermost first. */
export interface PlacedQuestion {
  question: SurveyElement;
  conditions: string[];
}

/** Element types that hold no answer. */
const NON_VALUE_TYPES = new Set(["html", "panel"]);

/**
 * Lists the questions of a survey in page order, each with the visibility conditions it inherits: in
 * SurveyJS a question inside a hidden page or panel is hidden too.
 */
export function listQuestions(survey: SurveyDefinition): PlacedQuestion[] {
  const out: PlacedQuestion[] = [];
  const walk = (elements: SurveyElement[], conditions: string[]) => {
    for (const element of elements) {
      const own = element.visibleIf ? [...conditions, element.visibleIf] : conditions;
      if (element.type === "panel") walk(element.elements ?? [], own);
      else if (!NON_VALUE_TYPES.has(element.type)) out.push({ question: element, conditions: own });
    }
  };
  for (const page of survey.pages) walk(page.elements, page.visibleIf ? [page.visibleIf] : []);
  return out;
}

/** Every element, pages' children and panels' children included, for checks that look at all of them. */
export function listElements(survey: SurveyDefinition): SurveyElement[] {
  const out: SurveyElement[] = [];
  const walk = (elements: SurveyElement[]) => {
    for (const element of elements) {
      out.push(element);
      if (element.elements) walk(element.elements);
    }
  };
  for (const page of survey.pages) walk(page.elements);
  return out;
}

/**
 * The values a rating question accepts, following SurveyJS: explicit `rateValues` win; otherwise every
 * step from `rateMin` (default 1) to `rateMax` (default 5) by `rateStep` (default 1).
 */
export function ratingValues(question: SurveyElement): number[] {
  if (question.rateValues && question.rateValues.length > 0) return question.rateValues.map((v) => Number(v.value));
  const min = question.rateMin ?? 1;
  const max = question.rateMax ?? 5;
  const step = question.rateStep ?? 1;
  const values: number[] = [];
  for (let v = min; v <= max; v += step) values.push(v);
  return values;
}
