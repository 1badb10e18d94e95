import fc from "fast-check";
import { ConditionRunner, ConditionsParser } from "survey-core";
import type { Answers } from "../../src/domain/questionnaire/answer-validation.ts";
import type {
  ChoiceItem,
  Localized,
  QuestionnaireFile,
  SurveyDefinition,
  SurveyElement,
  SurveyPage,
} from "../../src/domain/questionnaire/types.ts";

/**
 * fast-check arbitraries for the differential test of the answer validator: small SurveyJS definitions
 * built only from what check-questionnaire.ts lets through, valid answer sets for them, and mutations that
 * turn a valid set into an invalid one. Deliberately independent of src/ (own tree walk, own value
 * domains): only survey-core's expression engine is shared, to decide what is shown while answering and
 * which questions a condition reads.
 */

const loc = (text: string): Localized => ({ fr: `FR ${text}`, en: `EN ${text}` });
const item = (value: string | number): ChoiceItem => ({ value, text: loc(String(value)) });

/** Choice values, numbers and strings mixed; 1 and "1" are distinct values (check-questionnaire allows both). */
const CHOICE_POOL: (string | number)[] = [1, 2, 3, 4, 5, 0, -1, 10, "a", "b", "c", "oui", "non", "1", "2", "autre"];
const ROW_POOL = ["r1", "r2", "r3", "r4", "ligne", "Row"];

export type Kind = "rating" | "radiogroup" | "dropdown" | "checkbox" | "boolean" | "text" | "number" | "comment" | "matrix";
const KINDS: Kind[] = ["rating", "radiogroup", "dropdown", "checkbox", "boolean", "text", "number", "comment", "matrix"];

export interface SurveyOptions {
  /** Pages, 1 to this (default 3). */
  maxPages?: number;
  /** Elements per page or panel, 1 to this (default 3). */
  maxElements?: number;
  /**
   * Rating scales of more than 20 values (survey-core shows at most `settings.ratingMaximumRateValueCount`
   * = 20), which check-questionnaire refuses. Off by default: they have their own property.
   */
  wideRatings?: boolean;
}

const ratingProps = (wide: boolean): fc.Arbitrary<Partial<SurveyElement>> =>
  wide
    ? fc
        .record({ rateMin: fc.integer({ min: -5, max: 5 }), span: fc.integer({ min: 20, max: 40 }) })
        .map(({ rateMin, span }) => ({ rateMin, rateMax: rateMin + span }))
    : fc.oneof(
        fc.constant({}),
        fc.integer({ min: 2, max: 10 }).map((rateMax) => ({ rateMax })),
        fc.integer({ min: -3, max: 4 }).map((rateMin) => ({ rateMin })),
        // span ≤ 19 keeps every scale within survey-core's 20 values.
        fc
          .record({
            rateMin: fc.integer({ min: -5, max: 6 }),
            span: fc.integer({ min: 1, max: 19 }),
            rateStep: fc.integer({ min: 1, max: 4 }),
          })
          .map(({ rateMin, span, rateStep }) => ({ rateMin, rateMax: rateMin + span, rateStep })),
        fc
          .uniqueArray(fc.integer({ min: -3, max: 10 }), { minLength: 2, maxLength: 6 })
          .map((values) => ({ rateValues: values.map(item) })),
      );

const choices = fc.uniqueArray(fc.constantFrom(...CHOICE_POOL), { minLength: 1, maxLength: 6 }).map((values) => values.map(item));

/** The type-specific properties of a question (no name, title, isRequired or visibleIf yet). */
function questionProps(kind: Kind, options: SurveyOptions): fc.Arbitrary<Partial<SurveyElement>> {
  switch (kind) {
    case "rating":
      return ratingProps(options.wideRatings === true).map((p) => ({ type: "rating", ...p }));
    case "radiogroup":
    case "dropdown":
      return choices.map((c) => ({ type: kind, choices: c }));
    case "checkbox":
      return choices.chain((c) =>
        fc
          .record(
            { minSelectedChoices: fc.integer({ min: 0, max: c.length }), maxSelectedChoices: fc.integer({ min: 1, max: c.length }) },
            { requiredKeys: [] },
          )
          // Keep a valid non-empty answer possible (min ≤ max); check-questionnaire does not ask for it.
          .filter((p) => (p.minSelectedChoices ?? 0) <= (p.maxSelectedChoices ?? c.length))
          .map((p) => ({ type: "checkbox", choices: c, ...p })),
      );
    case "boolean":
      return fc.constant({ type: "boolean" });
    case "text":
      return fc
        .record({ maxLength: fc.integer({ min: 1, max: 20 }), inputType: fc.constant("text" as const) }, { requiredKeys: [] })
        .map((p) => ({ type: "text", ...p }));
    case "number":
      return fc
        .record({
          min: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -50, max: 50, noNaN: true })),
          width: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
          hasMin: fc.boolean(),
          hasMax: fc.boolean(),
        })
        .map(({ min, width, hasMin, hasMax }) => ({
          type: "text",
          inputType: "number" as const,
          ...(hasMin ? { min } : {}),
          ...(hasMax ? { max: hasMin ? min + width : width - 50 } : {}),
        }));
    case "comment":
      return fc.record({ maxLength: fc.integer({ min: 1, max: 30 }) }, { requiredKeys: [] }).map((p) => ({ type: "comment", ...p }));
    case "matrix":
      return fc
        .record(
          {
            rows: fc.uniqueArray(fc.constantFrom(...ROW_POOL), { minLength: 1, maxLength: 4 }),
            columns: fc.uniqueArray(fc.constantFrom(...CHOICE_POOL), { minLength: 2, maxLength: 4 }),
            isAllRowRequired: fc.boolean(),
          },
          { requiredKeys: ["rows", "columns"] },
        )
        .map(({ rows, columns, ...rest }) => ({ type: "matrix", rows: rows.map(item), columns: columns.map(item), ...rest }));
  }
}

/** A condition to attach, resolved once the earlier questions are known (see `condition`). */
interface ConditionSeed {
  target: number;
  form: number;
  value: number;
  join: "and" | "or" | null;
  target2: number;
  form2: number;
  value2: number;
}

const conditionSeed: fc.Arbitrary<ConditionSeed | null> = fc.option(
  fc.record({
    target: fc.nat(),
    form: fc.nat(),
    value: fc.nat(),
    join: fc.constantFrom(null, null, "and" as const, "or" as const),
    target2: fc.nat(),
    form2: fc.nat(),
    value2: fc.nat(),
  }),
  { freq: 2 },
);

type ElementSeed =
  | { element: "question"; props: Partial<SurveyElement>; isRequired: boolean; condition: ConditionSeed | null }
  | { element: "html" }
  | { element: "panel"; condition: ConditionSeed | null; children: ElementSeed[] };

function elementSeed(options: SurveyOptions, depth: number): fc.Arbitrary<ElementSeed> {
  const question = fc.constantFrom(...KINDS).chain((kind) =>
    fc.record({
      element: fc.constant("question" as const),
      props: questionProps(kind, options),
      isRequired: fc.boolean(),
      condition: conditionSeed,
    }),
  );
  const html = fc.constant({ element: "html" as const });
  if (depth >= 2) return fc.oneof({ arbitrary: question, weight: 6 }, { arbitrary: html, weight: 1 });
  const panel = fc.record({
    element: fc.constant("panel" as const),
    condition: conditionSeed,
    children: fc.array(elementSeed(options, depth + 1), { minLength: 1, maxLength: options.maxElements ?? 3 }),
  });
  return fc.oneof({ arbitrary: question, weight: 6 }, { arbitrary: html, weight: 1 }, { arbitrary: panel, weight: 2 });
}

/**
 * Small survey definitions: 1–3 pages of questions, panels (nested once) and html blocks, random
 * `isRequired`, `visibleIf` conditions on questions, panels and pages that refer to earlier questions, every
 * human string as { fr, en }.
 */
export function surveyArb(options: SurveyOptions = {}): fc.Arbitrary<SurveyDefinition> {
  const page = fc.record({
    condition: conditionSeed,
    elements: fc.array(elementSeed(options, 0), { minLength: 1, maxLength: options.maxElements ?? 3 }),
  });
  return fc.array(page, { minLength: 1, maxLength: options.maxPages ?? 3 }).map(buildSurvey);
}

function buildSurvey(pages: { condition: ConditionSeed | null; elements: ElementSeed[] }[]): SurveyDefinition {
  const earlier: SurveyElement[] = [];
  const counters = { q: 0, panel: 0, html: 0 };
  const build = (seed: ElementSeed): SurveyElement => {
    if (seed.element === "html") {
      counters.html += 1;
      return { type: "html", name: `info${counters.html}`, html: loc("info") };
    }
    if (seed.element === "panel") {
      counters.panel += 1;
      const name = `group${counters.panel}`;
      const visibleIf = condition(seed.condition, earlier);
      return { type: "panel", name, title: loc(name), ...(visibleIf ? { visibleIf } : {}), elements: seed.children.map(build) };
    }
    counters.q += 1;
    const name = `q${counters.q}`;
    const visibleIf = condition(seed.condition, earlier);
    const question: SurveyElement = {
      ...(seed.props as SurveyElement),
      name,
      title: loc(name),
      ...(seed.isRequired ? { isRequired: true } : {}),
      ...(visibleIf ? { visibleIf } : {}),
    };
    earlier.push(question);
    return question;
  };
  return {
    pages: pages.map((p, i): SurveyPage => {
      const visibleIf = condition(p.condition, earlier);
      return { name: `page${i + 1}`, title: loc(`page ${i + 1}`), ...(visibleIf ? { visibleIf } : {}), elements: p.elements.map(build) };
    }),
  };
}

const literal = (v: string | number) => (typeof v === "string" ? `'${v}'` : String(v));

/** An expression on one earlier question, of a form that suits its type: "{q1} = 2", "{q3} contains 'a'"… */
function atom(q: SurveyElement, form: number, value: number): string {
  const v = `{${q.name}}`;
  const pick = <T>(xs: readonly T[]): T => xs[value % xs.length]!;
  const among = (values: (string | number)[]) => pick([...values, "zz", 99]);
  const forms: string[] = [`${v} notempty`, `${v} empty`];
  switch (q.type) {
    case "rating": {
      const values = ratingValuesOf(q);
      forms.push(
        `${v} = ${among(values)}`,
        `${v} > ${pick(values)}`,
        `${v} <= ${pick(values)}`,
        `${v} anyof [${pick(values)}, ${among(values)}]`,
      );
      break;
    }
    case "radiogroup":
    case "dropdown": {
      const values = (q.choices ?? []).map((c) => c.value);
      forms.push(
        `${v} = ${literal(among(values))}`,
        `${v} <> ${literal(pick(values))}`,
        `${v} anyof [${literal(pick(values))}, ${literal(among(values))}]`,
      );
      break;
    }
    case "checkbox": {
      const values = (q.choices ?? []).map((c) => c.value);
      forms.push(
        `${v} contains ${literal(among(values))}`,
        `${v} notcontains ${literal(pick(values))}`,
        `${v} allof [${literal(pick(values))}]`,
      );
      break;
    }
    case "boolean":
      forms.push(`${v} = true`, `${v} = false`);
      break;
    case "text":
      if (q.inputType === "number") forms.push(`${v} > ${value % 7}`, `${v} = ${value % 5}`, `${v} < ${value % 11}`);
      else forms.push(`${v} contains 'a'`, `${v} = 'x'`, `${v} notcontains 'e'`);
      break;
    case "comment":
      forms.push(`${v} contains 'a'`, `${v} notcontains 'e'`);
      break;
    case "matrix": {
      const row = pick((q.rows ?? []).map((r) => String(r.value)));
      const column = pick((q.columns ?? []).map((c) => c.value));
      forms.push(`{${q.name}.${row}} = ${literal(column)}`, `{${q.name}.${row}} notempty`);
      break;
    }
  }
  return forms[form % forms.length]!;
}

function condition(seed: ConditionSeed | null, earlier: SurveyElement[]): string | undefined {
  if (!seed || earlier.length === 0) return undefined;
  const first = atom(earlier[seed.target % earlier.length]!, seed.form, seed.value);
  if (!seed.join) return first;
  return `${first} ${seed.join} ${atom(earlier[seed.target2 % earlier.length]!, seed.form2, seed.value2)}`;
}

/**
 * The values SurveyJS offers for a rating: `rateValues`, else rateMin (1) to rateMax (5) by rateStep (1).
 * survey-core stops at 20 values; this does not (the wide-rating property relies on that).
 */
export function ratingValuesOf(q: SurveyElement): number[] {
  if (q.rateValues && q.rateValues.length > 0) return q.rateValues.map((v) => Number(v.value));
  const values: number[] = [];
  for (let v = q.rateMin ?? 1; v <= (q.rateMax ?? 5); v += q.rateStep ?? 1) values.push(v);
  return values;
}

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
 * A questionnaire file around a survey, for check-questionnaire. Its scoring needs a rating or
 * integer-valued radiogroup question: when the survey has none, the file's copy gets one more, last (so no
 * condition reads it), named "anchor".
 */
export function asQuestionnaireFile(survey: SurveyDefinition): QuestionnaireFile {
  const isScorable = (q: SurveyElement) =>
    q.type === "rating" || (q.type === "radiogroup" && (q.choices ?? []).every((c) => Number.isInteger(c.value)));
  let scorable = placedQuestions(survey)
    .map((p) => p.question)
    .find((q) => isScorable(q) && new Set(scoredValues(q)).size > 1);
  let withScorable = survey;
  if (!scorable) {
    scorable = { type: "rating", name: "anchor", title: loc("anchor") };
    const last = survey.pages[survey.pages.length - 1]!;
    withScorable = { ...survey, pages: [...survey.pages.slice(0, -1), { ...last, elements: [...last.elements, scorable] }] };
  }
  const values = scoredValues(scorable);
  return {
    slug: "generated",
    roles: ["patient"],
    title: loc("generated"),
    description: loc("generated"),
    survey: withScorable,
    scoring: {
      scale: { min: Math.min(...values), max: Math.max(...values) },
      dimensions: [{ id: "d", title: loc("d"), items: [scorable.name], source: "generated survey" }],
      indicators: [{ id: "d_score", title: loc("d"), kind: "score", dimension: "d" }],
    },
  };
}

function scoredValues(q: SurveyElement): number[] {
  return q.type === "rating" ? ratingValuesOf(q) : (q.choices ?? []).map((c) => Number(c.value));
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
