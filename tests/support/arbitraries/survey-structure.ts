import { ConditionRunner, ConditionsParser } from "survey-core";
import type { Answers } from "@/domain/questionnaire/answer-validation.ts";
import type { SurveyDefinition, SurveyElement } from "@/domain/questionnaire/types.ts";

// Where the questions of a generated survey sit, and which conditions decide whether they are shown.

/** A question and the visibleIf conditions of the page and panels it sits in, outermost first. */
export interface Placed {
  question: SurveyElement;
  conditions: string[];
}

export function placedQuestions(survey: SurveyDefinition): Placed[] {
  const out: Placed[] = [];
  const walk = (elements: SurveyElement[], conditions: string[]) => {
    for (const element of elements) {
      const own = element.visibleIf ? [...conditions, element.visibleIf] : conditions;
      if (element.type === "panel") walk(element.elements ?? [], own);
      else if (element.type !== "html") out.push({ question: element, conditions: own });
    }
  };
  for (const page of survey.pages) walk(page.elements, page.visibleIf ? [page.visibleIf] : []);
  return out;
}

export function containerNames(survey: SurveyDefinition): string[] {
  const out = survey.pages.map((p) => p.name);
  const walk = (elements: SurveyElement[]) => {
    for (const element of elements) {
      if (element.type === "panel" || element.type === "html") out.push(element.name);
      if (element.elements) walk(element.elements);
    }
  };
  for (const page of survey.pages) walk(page.elements);
  return out;
}

/** Names of the questions a condition reads ("{q3.r1} = 2" reads q3). */
function conditionReads(expression: string): string[] {
  const variables: string[] = [];
  new ConditionsParser().parseExpression(expression)?.setVariables(variables);
  return variables.map((v) => v.split(/[.[]/)[0] ?? v);
}

/** The questions whose visibility depends, directly or through other questions, on any of `names`. */
export function dependentsOf(survey: SurveyDefinition, names: Iterable<string>): Set<string> {
  const placed = placedQuestions(survey).map((p) => ({ name: p.question.name, reads: p.conditions.flatMap(conditionReads) }));
  const out = new Set<string>();
  const frontier = new Set(names);
  let grown = true;
  while (grown) {
    grown = false;
    for (const { name, reads } of placed) {
      if (!out.has(name) && reads.some((r) => frontier.has(r) || out.has(r))) {
        out.add(name);
        grown = true;
      }
    }
  }
  return out;
}

const runners = new Map<string, ConditionRunner>();
const holds = (expression: string, answers: Answers) => {
  let runner = runners.get(expression);
  if (!runner) runners.set(expression, (runner = new ConditionRunner(expression)));
  return runner.runValues(answers);
};

/** Whether a placed question is shown, for answers whose conditions only look at earlier questions. */
export function isShown(placed: Placed, answers: Answers): boolean {
  return placed.conditions.every((c) => holds(c, answers));
}
