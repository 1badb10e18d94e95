import { Ajv, type ErrorObject } from "ajv";
import { ConditionsParser } from "survey-core";
import fileSchema from "../../../surveys/questionnaire.schema.json" with { type: "json" };
import { checkScoring } from "./check-scoring.ts";
import { QuestionnaireFileError, type QuestionnaireFault } from "./questionnaire-fault.ts";
import { listElements, listQuestions, ratingValues } from "./survey-elements.ts";
import type { QuestionnaireFile, SurveyElement } from "./types.ts";

/**
 * Checks a questionnaire file: first its shape against surveys/questionnaire.schema.json, then the rules a
 * schema cannot say (names unique, both languages everywhere, conditions that parse and point at real
 * questions, scored items on the declared scale and in exactly one dimension). Every fault is reported with
 * the JSON path it sits at, so an author can find it.
 */

/** Strings a person reads: each must be given as { fr, en }. */
const LOCALIZABLE_KEYS = new Set([
  "title",
  "description",
  "html",
  "placeholder",
  "minRateDescription",
  "maxRateDescription",
  "labelTrue",
  "labelFalse",
  "text",
  "completedHtml",
  "requiredErrorText",
]);

/**
 * The SurveyJS properties a questionnaire may use, by place. Anything else is refused: the server-side
 * checker implements exactly these semantics (compared with survey-core by a differential test), so a
 * property it does not know — a validator, a default value, a hidden-by-default flag, a choice-level
 * condition — would make it judge answers differently from the respondent's browser.
 */
const SURVEY_PROPERTIES = new Set([
  "pages",
  "title",
  "description",
  "showProgressBar",
  "progressBarType",
  "showQuestionNumbers",
  "completedHtml",
  "questionErrorLocation",
  "widthMode",
]);
const PAGE_PROPERTIES = new Set(["name", "title", "description", "elements", "visibleIf"]);
const COMMON_PROPERTIES = [
  "type",
  "name",
  "title",
  "description",
  "isRequired",
  "visibleIf",
  "startWithNewLine",
  "titleLocation",
  "descriptionLocation",
  "hideNumber",
  "requiredErrorText",
];
const TYPE_PROPERTIES: Record<string, string[]> = {
  panel: ["elements"],
  rating: ["rateMin", "rateMax", "rateStep", "rateValues", "minRateDescription", "maxRateDescription", "displayMode"],
  radiogroup: ["choices", "colCount"],
  dropdown: ["choices", "placeholder"],
  checkbox: ["choices", "colCount", "minSelectedChoices", "maxSelectedChoices"],
  boolean: ["labelTrue", "labelFalse"],
  text: ["inputType", "min", "max", "maxLength", "placeholder"],
  comment: ["maxLength", "placeholder", "autoGrow"],
  matrix: ["rows", "columns", "isAllRowRequired"],
  html: ["html"],
};
const ITEM_PROPERTIES = new Set(["value", "text"]);
/** SurveyJS's own limit on the number of rating values it renders. */
const MAX_RATING_VALUES = 20;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile<QuestionnaireFile>(fileSchema);

/**
 * @returns the typed file when it passes, or throws a QuestionnaireFileError naming the file and its faults.
 * @example
 * const questionnaire = checkQuestionnaire(JSON.parse(text), "surveys/experience-usagers.json");
 */
export function checkQuestionnaire(data: unknown, file: string): QuestionnaireFile {
  if (!validateShape(data)) {
    throw new QuestionnaireFileError(file, (validateShape.errors ?? []).map(schemaFault));
  }
  const faults = [...checkSurvey(data), ...checkScoring(data)];
  if (faults.length > 0) throw new QuestionnaireFileError(file, faults);
  return data;
}

function schemaFault(error: ErrorObject): QuestionnaireFault {
  const detail =
    error.keyword === "additionalProperties"
      ? `unknown property "${String(error.params["additionalProperty"])}"`
      : error.keyword === "enum"
        ? `${error.message} (${(error.params["allowedValues"] as unknown[]).join(", ")})`
        : (error.message ?? error.keyword);
  return { path: error.instancePath, message: detail };
}

function checkSurvey(file: QuestionnaireFile): QuestionnaireFault[] {
  const faults: QuestionnaireFault[] = [];
  checkLocalized(file.survey, "/survey", faults);

  const names = new Map<string, number>();
  for (const page of file.survey.pages) names.set(page.name, (names.get(page.name) ?? 0) + 1);
  for (const element of listElements(file.survey)) names.set(element.name, (names.get(element.name) ?? 0) + 1);
  for (const [name, count] of names) {
    if (count > 1) faults.push({ path: "/survey", message: `name "${name}" is used ${count} times; names must be unique` });
  }

  const questionNames = new Set(listQuestions(file.survey).map((p) => p.question.name));
  const checkCondition = (expression: string, path: string) => {
    const parser = new ConditionsParser();
    const operand = parser.parseExpression(expression);
    if (!operand) {
      faults.push({ path, message: `condition "${expression}" does not parse: ${parser.error?.code ?? "syntax error"}` });
      return;
    }
    const variables: string[] = [];
    operand.setVariables(variables);
    for (const variable of variables) {
      const name = variable.split(/[.[]/)[0] ?? variable;
      if (!questionNames.has(name)) faults.push({ path, message: `condition refers to unknown question "${name}"` });
    }
  };

  for (const key of Object.keys(file.survey)) {
    if (!SURVEY_PROPERTIES.has(key)) faults.push({ path: `/survey/${key}`, message: `property "${key}" is not supported` });
  }
  file.survey.pages.forEach((page, p) => {
    for (const key of Object.keys(page)) {
      if (!PAGE_PROPERTIES.has(key)) faults.push({ path: `/survey/pages/${p}/${key}`, message: `property "${key}" is not supported` });
    }
    if (page.visibleIf) checkCondition(page.visibleIf, `/survey/pages/${p}/visibleIf`);
    walkElements(page.elements, `/survey/pages/${p}/elements`, (element, path) => {
      // A panel holds questions but no answer of its own: "required" means nothing the checker can test.
      const common = element.type === "panel" ? COMMON_PROPERTIES.filter((p) => p !== "isRequired") : COMMON_PROPERTIES;
      const allowed = new Set([...common, ...(TYPE_PROPERTIES[element.type] ?? [])]);
      for (const property of Object.keys(element)) {
        if (!allowed.has(property)) faults.push({ path: `${path}/${property}`, message: `property "${property}" is not supported` });
      }
      for (const list of ["choices", "rows", "columns", "rateValues"] as const) {
        (element[list] ?? []).forEach((item, i) => {
          for (const key of Object.keys(item)) {
            if (!ITEM_PROPERTIES.has(key))
              faults.push({ path: `${path}/${list}/${i}/${key}`, message: `property "${key}" is not supported` });
          }
        });
      }
      // A name shared with a built-in property of every JavaScript object would confuse both checkers.
      if (element.name in Object.prototype) faults.push({ path: `${path}/name`, message: `name "${element.name}" is reserved` });
      if (element.visibleIf) checkCondition(element.visibleIf, `${path}/visibleIf`);
      faults.push(...checkElement(element, path));
    });
  });
  return faults;
}

function walkElements(elements: SurveyElement[], path: string, visit: (element: SurveyElement, path: string) => void) {
  elements.forEach((element, i) => {
    const here = `${path}/${i}`;
    visit(element, here);
    if (element.elements) walkElements(element.elements, `${here}/elements`, visit);
  });
}

function checkElement(q: SurveyElement, path: string): QuestionnaireFault[] {
  const faults: QuestionnaireFault[] = [];
  const need = (property: keyof SurveyElement, types: string[]) => {
    if (types.includes(q.type) && q[property] === undefined)
      faults.push({ path, message: `a ${q.type} question needs "${String(property)}"` });
  };
  need("choices", ["radiogroup", "dropdown", "checkbox"]);
  need("rows", ["matrix"]);
  need("columns", ["matrix"]);
  need("html", ["html"]);
  need("elements", ["panel"]);
  if (q.type !== "html" && q.type !== "panel" && q.title === undefined)
    faults.push({ path, message: `question "${q.name}" needs a title` });
  for (const list of ["choices", "rows", "columns", "rateValues"] as const) {
    const items = q[list];
    if (!items) continue;
    const values = items.map((item) => item.value);
    if (new Set(values).size !== values.length) faults.push({ path: `${path}/${list}`, message: "values must be unique" });
  }
  if (q.type === "rating") {
    const min = q.rateMin ?? 1;
    const max = q.rateMax ?? 5;
    if (!q.rateValues && min >= max) faults.push({ path, message: `rateMin (${min}) must be below rateMax (${max})` });
    else if (ratingValues(q).length > MAX_RATING_VALUES)
      faults.push({ path, message: `a rating offers at most ${MAX_RATING_VALUES} values` });
  }
  if (q.type === "text" && q.inputType !== "number" && (q.min !== undefined || q.max !== undefined)) {
    faults.push({ path, message: 'min and max apply only to a number input ("inputType": "number")' });
  }
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) faults.push({ path, message: "min must not exceed max" });
  return faults;
}

/** Walks the survey definition: every localizable string must be { fr, en } with both non-empty. */
function checkLocalized(node: unknown, path: string, faults: QuestionnaireFault[]) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkLocalized(child, `${path}/${i}`, faults));
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const here = `${path}/${key}`;
    if (LOCALIZABLE_KEYS.has(key)) {
      const localized = value as Record<string, unknown> | null;
      const ok =
        localized !== null &&
        typeof localized === "object" &&
        typeof localized["fr"] === "string" &&
        localized["fr"].trim() !== "" &&
        typeof localized["en"] === "string" &&
        localized["en"].trim() !== "";
      if (!ok) faults.push({ path: here, message: 'a text a person reads must be given as { "fr": "…", "en": "…" }, both non-empty' });
    } else {
      checkLocalized(value, here, faults);
    }
  }
}
