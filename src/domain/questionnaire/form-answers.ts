import { ConditionRunner } from "survey-core";
import { ratingValues } from "./survey-elements.ts";
import type { Answers } from "./answer-validation.ts";
import type { SurveyDefinition, SurveyElement, SurveyPage } from "./types.ts";

/**
 * The questionnaire as ordinary HTML forms, for phones where JavaScript never runs: what a posted form field
 * means as an answer, which pages and questions are shown, given the answers so far. Conditions are run by
 * survey-core's own expression engine, as the answer validator does, so that a page shown here is the page
 * SurveyJS would show.
 */

/** The prefix of every answer field: `q:<question name>`; other fields (page, navigation) cannot collide. */
export const ANSWER_FIELD = "q:";

const runners = new Map<string, ConditionRunner>();

/** Whether an element with these `visibleIf` conditions is shown, given the answers. */
export function conditionsHold(conditions: (string | undefined)[], answers: Answers): boolean {
  return conditions.every((expression) => {
    if (!expression) return true;
    let runner = runners.get(expression);
    if (!runner) runners.set(expression, (runner = new ConditionRunner(expression)));
    return runner.runValues(answers);
  });
}

/** The names of the answers an expression reads (`{rights_obtained} = true` → rights_obtained). */
export function conditionVariables(expression: string): string[] {
  return [...expression.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!.trim());
}

/** The indexes, in `survey.pages`, of the pages shown given the answers. */
export function visiblePages(survey: SurveyDefinition, answers: Answers): number[] {
  return survey.pages.flatMap((page, index) => (conditionsHold([page.visibleIf], answers) ? [index] : []));
}

/** The questions of a page (inside panels too), each with the conditions of the panels around it. */
export function pageQuestions(page: SurveyPage): { question: SurveyElement; conditions: string[] }[] {
  const out: { question: SurveyElement; conditions: string[] }[] = [];
  const walk = (elements: SurveyElement[], conditions: string[]) => {
    for (const element of elements) {
      const own = element.visibleIf ? [...conditions, element.visibleIf] : conditions;
      if (element.type === "panel") walk(element.elements ?? [], own);
      else if (element.type !== "html") out.push({ question: element, conditions: own });
    }
  };
  walk(page.elements, page.visibleIf ? [page.visibleIf] : []);
  return out;
}

/**
 * Whether an element of this page is shown on the form: when its conditions hold, or when they read an answer
 * given on this same page — the form cannot show and hide it as the answer changes, so it stays, and the
 * answer is dropped on sending if the condition then fails (as SurveyJS clears the answers of hidden questions).
 */
export function shownOnForm(element: SurveyElement, page: SurveyPage, answers: Answers): boolean {
  if (conditionsHold([element.visibleIf], answers)) return true;
  return dependsOnPage(element, page);
}

export function dependsOnPage(element: SurveyElement, page: SurveyPage): boolean {
  if (!element.visibleIf) return false;
  const here = new Set(pageQuestions(page).map((q) => q.question.name));
  return conditionVariables(element.visibleIf).some((name) => here.has(name));
}

/** Every question of the survey by name. */
export function questionsByName(survey: SurveyDefinition): Map<string, { question: SurveyElement; page: number }> {
  const out = new Map<string, { question: SurveyElement; page: number }>();
  survey.pages.forEach((page, index) => {
    for (const { question } of pageQuestions(page)) out.set(question.name, { question, page: index });
  });
  return out;
}

/**
 * The answers a form carries, typed as SurveyJS would hold them: a choice's own value (number or text), a
 * number, a boolean, a list for a checkbox. A value that matches nothing is kept as sent, so that the answer
 * validator refuses it with its own reason; an empty field is no answer.
 * @example
 * readFormAnswers(survey, [["q:hope_future", "4"], ["q:rights_obtained", "true"]]) // → { hope_future: 4, rights_obtained: true }
 */
export function readFormAnswers(survey: SurveyDefinition, fields: [string, string][]): Answers {
  const questions = questionsByName(survey);
  const answers: Answers = {};
  for (const [field, raw] of fields) {
    if (!field.startsWith(ANSWER_FIELD)) continue;
    const name = field.slice(ANSWER_FIELD.length);
    const question = questions.get(name)?.question;
    const value = question ? typedValue(question, raw) : raw;
    if (value === undefined) continue;
    if (question?.type === "checkbox") {
      const list = (answers[name] as unknown[] | undefined) ?? [];
      answers[name] = [...list, value];
    } else if (name in answers) {
      // One answer sent twice is not an answer the form can produce: the validator refuses the list.
      answers[name] = [answers[name], value].flat();
    } else answers[name] = value;
  }
  return answers;
}

function typedValue(question: SurveyElement, raw: string): unknown {
  const text = question.type === "comment" || question.type === "text" ? raw : raw.trim();
  if (text.trim() === "") return undefined;
  switch (question.type) {
    case "radiogroup":
    case "dropdown":
    case "checkbox":
      return (question.choices ?? []).find((c) => String(c.value) === text)?.value ?? text;
    case "rating":
      return ratingValues(question).find((v) => String(v) === text) ?? text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "text":
      if (question.inputType === "number") {
        const n = Number(text.replace(",", "."));
        return Number.isFinite(n) ? n : text;
      }
      return text;
    default:
      return text;
  }
}

/** An answer as the form fields that carry it: one value, or one per choice of a list. */
export function answerFieldValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value === undefined || value === null) return [];
  if (typeof value === "object") return [JSON.stringify(value)];
  return [String(value)];
}
