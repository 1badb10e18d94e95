import { type DraftContent, ratingValues, type Localized, type SurveyElement } from "@web/shared/domain.ts";
import { findElement, findPage, mapElement, mapPage, without } from "./element-tree.ts";
import { listQuestions, type QuestionEntry } from "./question-list.ts";

/**
 * "Show only if…": the one condition form the editor writes and reads, `{question} = 'value'` (or
 * `{question} contains 'value'` for a multiple-choice source). Anything else an expert wrote by hand
 * (`{a} > 0`, `and`, `or`…) is read as complex: shown as it is, kept as it is, never rewritten.
 */

export type ConditionValue = string | number | boolean;
export type ConditionOp = "=" | "contains";

export interface SimpleCondition {
  question: string;
  op: ConditionOp;
  value: ConditionValue;
}

export type ShowIf = { simple: SimpleCondition } | { complex: string } | null;

const NAME = String.raw`\{([A-Za-z][A-Za-z0-9_]*)\}`;
const SINGLE = String.raw`'((?:[^'"\\]|\\['"])*)'`;
const DOUBLE = String.raw`"((?:[^'"\\]|\\['"])*)"`;
const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
const SIMPLE = new RegExp(String.raw`^\s*${NAME}\s*(=|==|contains)\s*(?:${SINGLE}|${DOUBLE}|${NUMBER}|(true|false))\s*$`);

/** A value as a SurveyJS literal: numbers and booleans bare, strings quoted (quotes escaped, as survey-core reads them). */
export function formatValue(value: ConditionValue): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replace(/['"]/g, (quote) => `\\${quote}`)}'`;
}

/**
 * @example
 * formatShowIf({ question: "rights_obtained", op: "=", value: true }); // "{rights_obtained} = true"
 */
export function formatShowIf(condition: SimpleCondition): string {
  return `{${condition.question}} ${condition.op} ${formatValue(condition.value)}`;
}

/** Reads an element's or a page's `visibleIf`: the simple form, or the expression kept whole. */
export function readShowIf(element: { visibleIf?: string | undefined }): ShowIf {
  const expression = element.visibleIf;
  if (expression === undefined || expression.trim() === "") return null;
  const match = SIMPLE.exec(expression);
  if (!match) return { complex: expression };
  const [, question, operator, single, double, number, boolean] = match;
  const quoted = single ?? double;
  const value: ConditionValue =
    quoted !== undefined ? quoted.replace(/\\(['"])/g, "$1") : number !== undefined ? Number(number) : boolean === "true";
  return { simple: { question: question!, op: operator === "contains" ? "contains" : "=", value } };
}

/**
 * Writes (or, with null, removes) the simple condition of the element or page called `name`. The operator is
 * `contains` when the source is a multiple-choice question, `=` otherwise, unless `op` says.
 * @example
 * setShowIf(draft, "rights_obtained_list", { question: "rights_obtained", value: true });
 */
export function setShowIf(
  content: DraftContent,
  name: string,
  condition: { question: string; value: ConditionValue; op?: ConditionOp } | null,
): DraftContent {
  let expression: string | null = null;
  if (condition) {
    if (typeof condition.value === "number" && !Number.isFinite(condition.value)) return content;
    const op = condition.op ?? (findElement(content, condition.question)?.type === "checkbox" ? "contains" : "=");
    expression = formatShowIf({ question: condition.question, op, value: condition.value });
  }
  const apply = <T extends { visibleIf?: string }>(target: T): T =>
    expression === null ? without(target, "visibleIf") : { ...target, visibleIf: expression };
  return findPage(content, name) ? mapPage(content, name, apply) : mapElement(content, name, apply);
}

/** True when the expression reads the answer of `name` (`{name}`, `{name.row}`, `{name[0]}`…). */
export function refersTo(expression: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`\{\s*${escaped}\s*(?:[.[][^}]*)?\}`).test(expression);
}

/** The pages and elements, other than those named, whose condition reads one of `names`. */
export function dependentsOf(content: DraftContent, names: readonly string[]): string[] {
  const out: string[] = [];
  const check = (target: { name: string; visibleIf?: string | undefined }) => {
    if (target.visibleIf && !names.includes(target.name) && names.some((n) => refersTo(target.visibleIf!, n))) out.push(target.name);
  };
  for (const page of content.definition.pages) {
    check(page);
    const visit = (elements: SurveyElement[]) => {
      for (const element of elements) {
        check(element);
        if (element.elements) visit(element.elements);
      }
    };
    visit(page.elements);
  }
  return out;
}

/** Removes the conditions of the pages and elements named, simple or complex (after the UI said so). */
export function clearShowIf(content: DraftContent, names: readonly string[]): DraftContent {
  return names.reduce((draft, name) => setShowIf(draft, name, null), content);
}

/** What a condition can compare a source question's answer with. */
export type SourceValues =
  { kind: "choices"; options: { value: ConditionValue; text: Localized }[] } | { kind: "number" } | { kind: "text" };

export interface ConditionSource {
  entry: QuestionEntry;
  values: SourceValues;
  op: ConditionOp;
}

const YES = { fr: "Oui", en: "Yes" };
const NO = { fr: "Non", en: "No" };

/** How a question's answer can be compared, or null when it cannot be a source of a simple condition. */
export function sourceValues(element: SurveyElement): SourceValues | null {
  switch (element.type) {
    case "radiogroup":
    case "dropdown":
    case "checkbox":
      return { kind: "choices", options: (element.choices ?? []).map((c) => ({ value: c.value, text: c.text })) };
    case "boolean":
      return {
        kind: "choices",
        options: [
          { value: true, text: (element["labelTrue"] as Localized | undefined) ?? YES },
          { value: false, text: (element["labelFalse"] as Localized | undefined) ?? NO },
        ],
      };
    case "rating": {
      const texts = new Map((element.rateValues ?? []).map((v) => [Number(v.value), v.text]));
      return {
        kind: "choices",
        options: ratingValues(element).map((value) => ({ value, text: texts.get(value) ?? { fr: String(value), en: String(value) } })),
      };
    }
    case "text":
      return element.inputType === "number" ? { kind: "number" } : { kind: "text" };
    default:
      return null;
  }
}

/**
 * The questions that come before `name` (an element or a page) and can decide whether it shows: a condition
 * on a later answer would be read before the person gave it.
 */
export function conditionSources(
  content: DraftContent,
  name: string,
  entries: QuestionEntry[] = listQuestions(content),
): ConditionSource[] {
  const page = findPage(content, name);
  const ownIndex = entries.findIndex((e) => e.name === name);
  const before = page
    ? entries.filter((e) => e.pageIndex < content.definition.pages.indexOf(page))
    : entries.slice(0, ownIndex < 0 ? 0 : ownIndex);
  const out: ConditionSource[] = [];
  for (const entry of before) {
    const values = sourceValues(entry.element);
    if (values) out.push({ entry, values, op: entry.element.type === "checkbox" ? "contains" : "=" });
  }
  return out;
}
