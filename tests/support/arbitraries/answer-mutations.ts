import type { Answers } from "@/domain/questionnaire/answer-validation.ts";
import type { SurveyDefinition, SurveyElement } from "@/domain/questionnaire/types.ts";
import { needsAnswer, validValue, type Draw } from "./answers.ts";
import { containerNames, isShown, placedQuestions, type Placed } from "./survey-structure.ts";
import { ratingValuesOf } from "./surveys.ts";

// Mutations that turn a valid answer set into an invalid one, each of a kind the validator must refuse.

export const MUTATIONS = [
  "drop_required",
  "unknown_key",
  "wrong_type",
  "out_of_domain",
  "too_long",
  "answer_hidden",
  "duplicate_choice",
  "selection_count",
  "unknown_row",
  "blank",
  "empty_object",
  "case_variant_key",
] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** Values of the wrong type for a question; the empty ones ([], {}, "") are "no answer" to both sides. */
function wrongValues(q: SurveyElement): unknown[] {
  const common = [true, [], {}, { x: 1 }, ["a", ["b"]]];
  switch (q.type) {
    case "rating":
      return [...common, "3", String(ratingValuesOf(q)[0]), [ratingValuesOf(q)[0]]];
    case "radiogroup":
    case "dropdown":
      return [...common, [q.choices?.[0]?.value], { value: q.choices?.[0]?.value }];
    case "checkbox":
      return [q.choices?.[0]?.value, [true], [[1]], [{ a: 1 }], [null], [q.choices?.[0]?.value, null], "a", 2, true, { a: "b" }];
    case "boolean":
      return ["true", "false", 1, 0, [true], { x: 1 }];
    case "text":
      return q.inputType === "number" ? ["5", "abc", true, [1], { x: 1 }] : [5, 0, true, ["a"], { x: "a" }];
    case "comment":
      return [5, false, ["a"], { x: "a" }];
    case "matrix": {
      const row = String(q.rows?.[0]?.value);
      // A cell that is null next to a filled one keeps the whole answer non-empty for survey-core too.
      const filled = { [row]: q.columns?.[0]?.value };
      return [
        [filled],
        "a",
        3,
        true,
        { [row]: [1] },
        { [row]: true },
        { [row]: { x: 1 } },
        { ...filled, zz: null },
        { [row]: q.columns?.[0]?.value, [String(q.rows?.[1]?.value ?? "r9")]: null },
      ];
    }
    default:
      return common;
  }
}

/** Values of the right type outside what the question accepts (loose look-alikes included: "1" for 1). */
function outOfDomain(q: SurveyElement, draw: Draw): unknown | undefined {
  const lookAlike = (v: string | number) => (typeof v === "number" ? String(v) : Number.isNaN(Number(v)) ? v.toUpperCase() : Number(v));
  switch (q.type) {
    case "rating": {
      const values = ratingValuesOf(q);
      const candidates = [Math.max(...values) + 1, Math.min(...values) - 1, (values[0] ?? 0) + 0.5, 99, -99].filter(
        (v) => !values.includes(v),
      );
      return draw.pick(candidates);
    }
    case "radiogroup":
    case "dropdown": {
      const values = (q.choices ?? []).map((c) => c.value);
      const candidates = ["zz", 999, ...values.map(lookAlike)].filter((v) => !values.includes(v));
      return candidates.length > 0 ? draw.pick(candidates) : undefined;
    }
    case "checkbox": {
      const values = (q.choices ?? []).map((c) => c.value);
      const candidates = ["zz", 999, ...values.map(lookAlike)].filter((v) => !values.includes(v));
      const base = validValue(q, draw) as unknown[];
      return candidates.length > 0 ? [...base.slice(0, Math.max(0, base.length - 1)), draw.pick(candidates)] : undefined;
    }
    case "matrix": {
      const values = (q.columns ?? []).map((c) => c.value);
      const candidates = ["zz", 999, ...values.map(lookAlike)].filter((v) => !values.includes(v));
      const base = validValue(q, draw) as Record<string, unknown>;
      const rows = Object.keys(base);
      return candidates.length > 0 ? { ...base, [draw.pick(rows)]: draw.pick(candidates) } : undefined;
    }
    case "text":
      if (q.inputType !== "number" || (q.min === undefined && q.max === undefined)) return undefined;
      return q.min !== undefined && (q.max === undefined || draw.bool())
        ? q.min - draw.pick([1, 0.5, 1000])
        : q.max! + draw.pick([1, 0.5, 1000]);
    default:
      return undefined;
  }
}

/** Own enumerable property, even for "__proto__". */
function withKey(answers: Answers, key: string, value: unknown): Answers {
  const copy = { ...answers };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const UNKNOWN_KEYS = ["extra", "q99", "q", "Q", "", "comment2", "constructor", "toString", "__proto__", "hasOwnProperty", "q1-Comment"];
const ANY_VALUES: unknown[] = [1, "x", true, null, [], {}, [1], { a: 1 }, ""];

/**
 * One mutation of a (usually valid) answer set, or null when the survey offers nothing to mutate that way.
 * Mutations do not predict the verdict: both validators are asked, whatever the cascade (dropping an
 * answer can hide a later answered question, answering a hidden one can show others).
 */
export function mutate(kind: Mutation, survey: SurveyDefinition, answers: Answers, draw: Draw): Answers | null {
  const placed = placedQuestions(survey);
  const answered = placed.filter((p) => Object.hasOwn(answers, p.question.name));
  const choose = (candidates: Placed[]) => (candidates.length > 0 ? draw.pick(candidates).question : null);
  const set = (q: SurveyElement, value: unknown) => ({ ...answers, [q.name]: value });
  switch (kind) {
    case "drop_required": {
      const q = choose(answered.filter((p) => needsAnswer(p.question)));
      if (!q) return null;
      const { [q.name]: _dropped, ...rest } = answers;
      return rest;
    }
    case "unknown_key": {
      const names = new Set(placed.map((p) => p.question.name));
      const key = draw.pick([...UNKNOWN_KEYS, ...containerNames(survey)].filter((k) => !names.has(k)));
      return withKey(answers, key, draw.pick(ANY_VALUES));
    }
    case "wrong_type": {
      const q = choose(draw.bool() && answered.length > 0 ? answered : placed);
      return q ? set(q, draw.pick(wrongValues(q))) : null;
    }
    case "out_of_domain": {
      const q = choose(
        placed.filter(
          (p) =>
            ["rating", "radiogroup", "dropdown", "checkbox", "matrix"].includes(p.question.type) ||
            (p.question.inputType === "number" && (p.question.min !== undefined || p.question.max !== undefined)),
        ),
      );
      const value = q ? outOfDomain(q, draw) : undefined;
      return q && value !== undefined ? set(q, value) : null;
    }
    case "too_long": {
      const q = choose(
        placed.filter((p) => p.question.type === "comment" || (p.question.type === "text" && p.question.inputType !== "number")),
      );
      return q
        ? set(
            q,
            draw
              .pick(["x", "é", "a b"])
              .repeat((q.maxLength ?? 2000) + draw.int(1, 3))
              .slice(0, (q.maxLength ?? 2000) + draw.int(1, 3)),
          )
        : null;
    }
    case "answer_hidden": {
      const q = choose(placed.filter((p) => !isShown(p, answers)));
      return q ? set(q, validValue(q, draw)) : null;
    }
    case "duplicate_choice": {
      const q = choose(placed.filter((p) => p.question.type === "checkbox"));
      if (!q) return null;
      const current = answers[q.name];
      const base = (Array.isArray(current) && current.length > 0 ? current : validValue(q, draw)) as unknown[];
      const copy = [...base];
      copy.splice(draw.int(0, copy.length), 0, draw.pick(base));
      return set(q, copy);
    }
    case "selection_count": {
      const q = choose(
        placed.filter(
          (p) =>
            p.question.type === "checkbox" &&
            ((p.question.minSelectedChoices ?? 0) > 1 || (p.question.maxSelectedChoices ?? Infinity) < (p.question.choices ?? []).length),
        ),
      );
      if (!q) return null;
      const values = (q.choices ?? []).map((c) => c.value);
      const tooMany = (q.maxSelectedChoices ?? Infinity) < values.length && ((q.minSelectedChoices ?? 0) <= 1 || draw.bool());
      return set(
        q,
        tooMany
          ? values.slice(0, draw.int(q.maxSelectedChoices! + 1, values.length))
          : values.slice(0, draw.int(1, q.minSelectedChoices! - 1)),
      );
    }
    case "unknown_row": {
      const q = choose(placed.filter((p) => p.question.type === "matrix"));
      if (!q) return null;
      const rows = (q.rows ?? []).map((r) => String(r.value));
      // Not a row differing only by case ("R1" for "r1"): see caseVariantKey.
      const key = draw.pick(["zz", "r9", "1", "row_x"].filter((k) => !rows.includes(k)));
      const current = answers[q.name];
      const base = (typeof current === "object" && current !== null && !Array.isArray(current) ? current : validValue(q, draw)) as Record<
        string,
        unknown
      >;
      return set(q, { ...base, [key]: draw.pick(q.columns ?? []).value });
    }
    case "blank": {
      const q = choose(answered);
      return q ? set(q, draw.pick(["", "   ", [], {}, null])) : null;
    }
    case "empty_object":
      return emptyObjectAnswer(survey, answers, draw);
    case "case_variant_key":
      return caseVariantKey(survey, answers, draw);
  }
}

/**
 * An unknown key that differs from a question's name only by case ("Q1" for "q1"), given the value of an
 * earlier answer or a valid value of that question.
 */
export function caseVariantKey(survey: SurveyDefinition, answers: Answers, draw: Draw): Answers | null {
  const placed = placedQuestions(survey);
  const names = new Set(placed.map((p) => p.question.name));
  const candidates = placed.filter((p) => !names.has(p.question.name.toUpperCase()));
  if (candidates.length === 0) return null;
  const q = draw.pick(candidates).question;
  return withKey(answers, q.name.toUpperCase(), validValue(q, draw));
}

/**
 * An answer that is an object all of whose values are empty ({ r1: null }, { x: "" }, { a: [] }…), which
 * survey-core's `Helpers.isValueEmpty` calls no answer, or nearly so ({ r1: "  " } is an answer: only a
 * top-level string is trimmed).
 */
export function emptyObjectAnswer(survey: SurveyDefinition, answers: Answers, draw: Draw): Answers {
  const placed = placedQuestions(survey);
  if (placed.length === 0) return answers;
  const q = draw.pick(placed).question;
  const key = q.type === "matrix" ? String(draw.pick(q.rows ?? []).value) : draw.pick(["x", "value", "r1"]);
  const value = draw.pick<unknown>([null, "", "  ", [], {}, { y: null }, { y: " " }]);
  const extra = draw.bool() ? { [`${key}2`]: draw.pick<unknown>([null, ""]) } : {};
  return { ...answers, [q.name]: { [key]: value, ...extra } };
}
