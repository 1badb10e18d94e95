import { listQuestions, ratingValues } from "../questionnaire/survey-elements.ts";
import type { ChoiceItem, Localized, Scoring, SurveyDefinition, SurveyElement } from "../questionnaire/types.ts";
import type { CsvValue } from "./csv.ts";

/**
 * The codebook of a questionnaire version: every variable a response-level file of that version holds, with its
 * labels in French and English, its type, its values and their labels, whether it is reverse-scored, the
 * dimension it is scored in, when it is shown, and the hash of the version it belongs to.
 *
 * How answers become columns (the same rule for the codebook, the R script and the SPSS syntax):
 * - a single-choice, dropdown, rating or number question is one column holding the value;
 * - a yes/no question is one column, 1 for yes and 0 for no;
 * - a multiple-choice question is one 0/1 column per choice, named `question___value` as REDCap names them;
 * - a matrix is one column per row, named `question__row`, holding the column's value;
 * - free text is one column of text.
 */

export type VariableType = "categorical" | "yesno" | "checkbox" | "integer" | "number" | "text";

export interface CodebookVariable {
  name: string;
  label: Localized;
  type: VariableType;
  /** The values and what they mean; empty for numbers and text. */
  values: { value: string | number; label: Localized }[];
  reverseScored: boolean;
  dimension: string | null;
  /** The SurveyJS conditions under which the question is shown (all must hold), outermost first. */
  visibleIf: string[];
  /** The question the variable comes from (a multiple-choice or matrix question gives several variables). */
  question: string;
  questionLabel: Localized;
  /** For a multiple-choice question's column: the choice it stands for. */
  choice?: { value: string | number; label: Localized };
  required: boolean;
  min?: number;
  max?: number;
  versionHash: string;
}

export interface Codebook {
  questionnaire: string;
  version: number;
  versionHash: string;
  title: Localized;
  variables: CodebookVariable[];
}

export interface CodebookSource {
  slug: string;
  version: number;
  contentHash: string;
  title: Localized;
  definition: SurveyDefinition;
  scoring: Scoring;
}

const YES_NO: CodebookVariable["values"] = [
  { value: 1, label: { fr: "Oui", en: "Yes" } },
  { value: 0, label: { fr: "Non", en: "No" } },
];
const CHECKED: CodebookVariable["values"] = [
  { value: 1, label: { fr: "Cochée", en: "Checked" } },
  { value: 0, label: { fr: "Non cochée", en: "Not checked" } },
];

/**
 * @example
 * codebook(version).variables[0] // → { name: "hope_future", label: { fr: "…", en: "…" }, type: "categorical", values: [{ value: 1, … }], … }
 */
export function codebook(source: CodebookSource): Codebook {
  const dimensionOf = new Map<string, string>();
  const reverse = new Set<string>();
  for (const d of source.scoring.dimensions) {
    for (const item of d.items) dimensionOf.set(item, d.id);
    for (const item of d.reverse ?? []) reverse.add(item);
  }
  const variables = listQuestions(source.definition).flatMap(({ question, conditions }) => {
    const base = {
      question: question.name,
      questionLabel: labelOf(question),
      label: labelOf(question),
      reverseScored: reverse.has(question.name),
      dimension: dimensionOf.get(question.name) ?? null,
      visibleIf: conditions,
      required: question.isRequired === true,
      versionHash: source.contentHash,
    };
    return variablesOf(question, base);
  });
  return { questionnaire: source.slug, version: source.version, versionHash: source.contentHash, title: source.title, variables };
}

type Base = Omit<CodebookVariable, "name" | "type" | "values">;

function variablesOf(q: SurveyElement, base: Base): CodebookVariable[] {
  switch (q.type) {
    case "radiogroup":
    case "dropdown":
      return [{ ...base, name: q.name, type: "categorical", values: choices(q.choices) }];
    case "rating":
      return [
        {
          ...base,
          name: q.name,
          type: "categorical",
          values: q.rateValues?.length
            ? choices(q.rateValues)
            : ratingValues(q).map((v) => ({ value: v, label: { fr: String(v), en: String(v) } })),
        },
      ];
    case "boolean":
      return [{ ...base, name: q.name, type: "yesno", values: YES_NO }];
    case "checkbox":
      return (q.choices ?? []).map((c) => ({
        ...base,
        name: `${q.name}___${c.value}`,
        label: { fr: `${base.label.fr} : ${c.text.fr}`, en: `${base.label.en}: ${c.text.en}` },
        type: "checkbox" as const,
        values: CHECKED,
        choice: { value: c.value, label: c.text },
      }));
    case "matrix":
      return (q.rows ?? []).map((r) => ({
        ...base,
        name: `${q.name}__${r.value}`,
        label: { fr: `${base.label.fr} : ${r.text.fr}`, en: `${base.label.en}: ${r.text.en}` },
        type: "categorical" as const,
        values: choices(q.columns),
      }));
    case "text":
      if (q.inputType === "number")
        return [
          {
            ...base,
            name: q.name,
            type: "number",
            values: [],
            ...(q.min !== undefined ? { min: q.min } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
          },
        ];
      return [{ ...base, name: q.name, type: "text", values: [] }];
    default:
      return [{ ...base, name: q.name, type: "text", values: [] }];
  }
}

function labelOf(q: SurveyElement): Localized {
  return q.title ?? { fr: q.name, en: q.name };
}

function choices(items: readonly ChoiceItem[] | undefined): CodebookVariable["values"] {
  return (items ?? []).map((c) => ({ value: c.value, label: c.text }));
}

/**
 * REDCap's data dictionary columns, in REDCap's order (REDCap, "Data Dictionary" import template), then the
 * codebook's own columns that REDCap has no place for.
 */
export const REDCAP_COLUMNS = [
  "Variable / Field Name",
  "Form Name",
  "Section Header",
  "Field Type",
  "Field Label",
  "Choices, Calculations, OR Slider Labels",
  "Field Note",
  "Text Validation Type OR Show Slider Number",
  "Text Validation Min",
  "Text Validation Max",
  "Identifier?",
  "Branching Logic (Show field only if...)",
  "Required Field?",
  "Custom Alignment",
  "Question Number (surveys only)",
  "Matrix Group Name",
  "Matrix Ranking?",
  "Field Annotation",
] as const;
export const CODEBOOK_EXTRA_COLUMNS = ["field_label_en", "reverse_scored", "dimension", "visible_if", "version_hash"] as const;

/**
 * The codebook as a REDCap data dictionary: one row per question (a multiple-choice question is one REDCap
 * checkbox field, whose choices REDCap itself names `question___value`), French labels, the English label after.
 */
export function redcapRows(book: Codebook): CsvValue[][] {
  const form = book.questionnaire.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  const rows: CsvValue[][] = [];
  const seen = new Set<string>();
  for (const v of book.variables) {
    const isCheckbox = v.type === "checkbox";
    if (isCheckbox && seen.has(v.question)) continue;
    seen.add(v.question);
    const group = book.variables.filter((w) => w.question === v.question);
    const name = isCheckbox ? v.question : v.name;
    const label = isCheckbox ? v.questionLabel : v.label;
    const choicesText = isCheckbox
      ? group.map((w) => `${w.choice!.value}, ${w.choice!.label.fr}`).join(" | ")
      : v.type === "categorical"
        ? v.values.map((c) => `${c.value}, ${c.label.fr}`).join(" | ")
        : "";
    const fieldType = { categorical: "radio", yesno: "yesno", checkbox: "checkbox", integer: "text", number: "text", text: "notes" }[
      v.type
    ];
    rows.push([
      name,
      form,
      "",
      fieldType,
      label.fr,
      choicesText,
      "",
      v.type === "number" || v.type === "integer" ? v.type : "",
      v.min,
      v.max,
      "",
      branchingLogic(v.visibleIf),
      v.required ? "y" : "",
      "",
      "",
      v.name !== v.question && !isCheckbox ? v.question : "",
      "",
      v.reverseScored ? "@REVERSE" : "",
      label.en,
      v.reverseScored,
      v.dimension,
      v.visibleIf.join(" and "),
      v.versionHash,
    ]);
  }
  return rows;
}

/**
 * SurveyJS conditions in REDCap's syntax: `{q}` becomes `[q]`, `{q} contains 'x'` on a multiple choice becomes
 * `[q(x)] = '1'`, `notempty` becomes `<> ''`.
 * @example
 * branchingLogic(["{role} = 'patient'"]) // → "[role] = 'patient'"
 */
export function branchingLogic(conditions: readonly string[]): string {
  const one = (c: string) =>
    c
      .replace(/\{([\w-]+)\}\s+(?:contains|anyof)\s+\[?'([^']*)'\]?/g, "[$1($2)] = '1'")
      .replace(/\{([\w-]+)\}\s+notempty/g, "[$1] <> ''")
      .replace(/\{([\w-]+)\}\s+empty/g, "[$1] = ''")
      .replace(/\{([\w-]+)\}/g, "[$1]")
      .replace(/==/g, "=")
      .replace(/!=/g, "<>");
  if (conditions.length <= 1) return conditions.map(one).join("");
  return conditions.map((c) => `(${one(c)})`).join(" and ");
}
