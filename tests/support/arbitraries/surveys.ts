import fc from "fast-check";
import type {
  ChoiceItem,
  Localized,
  QuestionnaireFile,
  SurveyDefinition,
  SurveyElement,
  SurveyPage,
} from "@/domain/questionnaire/types.ts";
import { placedQuestions } from "./survey-structure.ts";

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
