import { ConditionRunner } from "survey-core";
import { listQuestions, ratingValues } from "./survey-elements.ts";
import type { SurveyDefinition, SurveyElement } from "./types.ts";

/**
 * Server-side check of a respondent's answers against the exact version they answer, with SurveyJS
 * semantics. survey-core is the reference (a differential test compares the two on generated answer
 * sets); this compiled form exists because building a survey-core `Model` per submission costs ~30× the
 * rest of the request. Conditions (`visibleIf`) are still evaluated by survey-core's own expression engine,
 * so their semantics cannot drift from what the respondent's browser showed.
 */

/** Free text longer than this is refused when a question sets no `maxLength` of its own. */
export const DEFAULT_MAX_TEXT_LENGTH = 2000;

export type AnswerErrorReason =
  | "not_an_object"
  | "unknown_question"
  | "hidden_question"
  | "required"
  | "wrong_type"
  | "not_a_choice"
  | "out_of_range"
  | "too_long"
  | "too_many_choices"
  | "too_few_choices"
  | "duplicate_choice"
  | "unknown_row";

export interface AnswerError {
  question: string;
  reason: AnswerErrorReason;
}

export type Answers = Record<string, unknown>;

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

export type AnswerValidator = (answers: unknown) => ValidationResult;

interface CompiledQuestion {
  name: string;
  /** Why an empty answer is refused, or null when the question may be left blank. */
  whenEmpty: AnswerErrorReason | null;
  conditions: ConditionRunner[];
  check: (value: unknown) => AnswerErrorReason | null;
}

/**
 * SurveyJS treats undefined, null, "", [] and an object whose values are all empty as "no answer"
 * (`Helpers.isValueEmpty`); so does this. The walk keeps its own stack rather than recursing: an answer is
 * whatever a respondent sent, and its depth must not decide whether the check completes.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (!isPlainObject(value)) return isEmptyLeaf(value, false);
  const pending: object[] = [value];
  while (pending.length > 0) {
    for (const child of Object.values(pending.pop()!)) {
      if (isPlainObject(child)) pending.push(child);
      else if (!isEmptyLeaf(child, true)) return false;
    }
  }
  return true;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value that is not an object is empty. */
function isEmptyLeaf(value: unknown, nested: boolean): boolean {
  if (value === undefined || value === null) return true;
  // A blank free-text answer is no answer; inside an object (a matrix row), only "" is empty.
  if (typeof value === "string") return nested ? value.length === 0 : value.trim().length === 0;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Compiles a survey definition into a validator. Compile once per version (versions never change) and
 * reuse it for every submission.
 * @example
 * const validate = compileValidator(version.definition);
 * const result = validate({ hope_future: 4 });
 */
export function compileValidator(survey: SurveyDefinition): AnswerValidator {
  const questions = listQuestions(survey).map(({ question, conditions }) => compileQuestion(question, conditions));
  const byName = new Map(questions.map((q) => [q.name, q]));

  return (answers) => {
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
      return { ok: false, errors: [{ question: "", reason: "not_an_object" }] };
    }
    const given = answers as Answers;
    const errors: AnswerError[] = [];
    for (const name of Object.keys(given)) {
      if (!byName.has(name)) errors.push({ question: name, reason: "unknown_question" });
    }
    // Conditions see only the answers to known questions: survey-core looks variables up without regard to
    // case, so an unknown key "Q1" must not stand in for question "q1".
    const known: Answers = {};
    for (const name of Object.keys(given)) if (byName.has(name)) known[name] = given[name];
    const kept: Answers = {};
    for (const q of questions) {
      const value = given[q.name];
      const empty = isEmptyAnswer(value);
      const visible = q.conditions.every((condition) => condition.runValues(known));
      if (!visible) {
        if (!empty) errors.push({ question: q.name, reason: "hidden_question" });
        continue;
      }
      if (empty) {
        if (q.whenEmpty) errors.push({ question: q.name, reason: q.whenEmpty });
        continue;
      }
      const reason = q.check(value);
      if (reason) errors.push({ question: q.name, reason });
      else kept[q.name] = value;
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: kept };
  };
}

function compileQuestion(question: SurveyElement, conditions: string[]): CompiledQuestion {
  return {
    name: question.name,
    whenEmpty: whenEmpty(question),
    conditions: conditions.map((expression) => new ConditionRunner(expression)),
    check: compileCheck(question),
  };
}

/**
 * survey-core also demands an answer where a question asks for a minimum number of choices or for every
 * row of a matrix, required or not; it then names the unmet minimum.
 */
function whenEmpty(question: SurveyElement): AnswerErrorReason | null {
  if (question.isRequired === true) return "required";
  if (question.type === "checkbox" && (question.minSelectedChoices ?? 0) > 0) return "too_few_choices";
  if (question.type === "matrix" && question.isAllRowRequired === true) return "required";
  return null;
}

function compileCheck(q: SurveyElement): (value: unknown) => AnswerErrorReason | null {
  switch (q.type) {
    case "rating": {
      const allowed = new Set(ratingValues(q));
      return (v) => (typeof v !== "number" ? "wrong_type" : allowed.has(v) ? null : "out_of_range");
    }
    case "radiogroup":
    case "dropdown": {
      const choices = choiceSet(q);
      return (v) => (!isScalar(v) ? "wrong_type" : choices.has(v) ? null : "not_a_choice");
    }
    case "checkbox": {
      const choices = choiceSet(q);
      const min = q.minSelectedChoices ?? 0;
      const max = q.maxSelectedChoices ?? Infinity;
      return (v) => {
        if (!Array.isArray(v) || !v.every(isScalar)) return "wrong_type";
        if (!v.every((item) => choices.has(item))) return "not_a_choice";
        if (new Set(v).size !== v.length) return "duplicate_choice";
        if (v.length > max) return "too_many_choices";
        if (v.length < min) return "too_few_choices";
        return null;
      };
    }
    case "boolean":
      return (v) => (typeof v === "boolean" ? null : "wrong_type");
    case "text":
      if (q.inputType === "number") {
        const min = q.min ?? -Infinity;
        const max = q.max ?? Infinity;
        return (v) => (typeof v !== "number" || !Number.isFinite(v) ? "wrong_type" : v < min || v > max ? "out_of_range" : null);
      }
      return textCheck(q.maxLength ?? DEFAULT_MAX_TEXT_LENGTH);
    case "comment":
      return textCheck(q.maxLength ?? DEFAULT_MAX_TEXT_LENGTH);
    case "matrix": {
      const rows = new Set((q.rows ?? []).map((r) => String(r.value)));
      const columns = new Set((q.columns ?? []).map((c) => c.value));
      const allRows = q.isAllRowRequired === true;
      return (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return "wrong_type";
        const entries = Object.entries(v as Record<string, unknown>);
        for (const [row, cell] of entries) {
          if (!rows.has(row)) return "unknown_row";
          if (!isScalar(cell)) return "wrong_type";
          if (!columns.has(cell)) return "not_a_choice";
        }
        if (allRows && entries.length < rows.size) return "required";
        return null;
      };
    }
    default:
      // The questionnaire checker refuses any other type before a version is stored.
      throw new Error(`Unsupported question type "${q.type}" for "${q.name}"`);
  }
}

function textCheck(maxLength: number): (value: unknown) => AnswerErrorReason | null {
  return (v) => (typeof v !== "string" ? "wrong_type" : v.length > maxLength ? "too_long" : null);
}

function choiceSet(q: SurveyElement): Set<string | number> {
  return new Set((q.choices ?? []).map((c) => c.value));
}

function isScalar(v: unknown): v is string | number {
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}
