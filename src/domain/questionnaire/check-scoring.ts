import mirroredItems from "../../../surveys/shared/mirrored-items.json" with { type: "json" };
import type { QuestionnaireFault } from "./questionnaire-fault.ts";
import { listQuestions, ratingValues } from "./survey-elements.ts";
import type { QuestionnaireFile, SurveyElement } from "./types.ts";

/**
 * The scoring rules of a questionnaire file: every scored item is a question on the declared scale and in
 * exactly one dimension; reverse items only where flipping stays on the scale; every dimension feeds at
 * least one indicator and every indicator points at something real; mirrored items are the library's shared
 * statements, asked on the scale.
 */

const MIRROR_IDS = new Set(mirroredItems.items.map((m) => m.id));

export function checkScoring(file: QuestionnaireFile): QuestionnaireFault[] {
  const faults: QuestionnaireFault[] = [];
  const { scale, dimensions } = file.scoring;
  if (scale.min >= scale.max) faults.push({ path: "/scoring/scale", message: "min must be below max" });
  const fullScale = new Set<number>();
  for (let v = scale.min; v <= scale.max; v++) fullScale.add(v);

  const questions = new Map(listQuestions(file.survey).map((p) => [p.question.name, p.question]));
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  dimensions.forEach((dimension, d) => {
    const path = `/scoring/dimensions/${d}`;
    if (ids.has(dimension.id)) faults.push({ path: `${path}/id`, message: `dimension id "${dimension.id}" is used twice` });
    ids.add(dimension.id);
    dimension.items.forEach((item, i) => {
      const here = `${path}/items/${i}`;
      const previous = owner.get(item);
      if (previous) faults.push({ path: here, message: `item "${item}" is already scored in dimension "${previous}"` });
      owner.set(item, dimension.id);
      const question = questions.get(item);
      if (!question) {
        faults.push({ path: here, message: `item "${item}" is not a question of the survey` });
        return;
      }
      const values = scoredValues(question);
      if (!values) {
        faults.push({ path: here, message: `item "${item}" is a ${question.type} question; only rating and radiogroup can be scored` });
      } else if (!values.every((v) => Number.isInteger(v) && v >= scale.min && v <= scale.max)) {
        faults.push({ path: here, message: `item "${item}" has values outside the scale ${scale.min}–${scale.max}` });
      }
    });
    (dimension.reverse ?? []).forEach((item, i) => {
      const here = `${path}/reverse/${i}`;
      if (!dimension.items.includes(item)) {
        faults.push({ path: here, message: `reverse item "${item}" is not one of the dimension's items` });
        return;
      }
      // Flipping v into min + max − v stays on the item's own values only if the item spans the whole scale.
      const question = questions.get(item);
      const values = question ? scoredValues(question) : null;
      if (values && !(values.length === fullScale.size && values.every((v) => fullScale.has(v)))) {
        faults.push({ path: here, message: `reverse item "${item}" must offer every value of the scale ${scale.min}–${scale.max}` });
      }
    });
  });
  faults.push(...checkIndicators(file, questions), ...checkMirrors(file, questions, fullScale));
  return faults;
}

function checkIndicators(file: QuestionnaireFile, questions: Map<string, SurveyElement>): QuestionnaireFault[] {
  const faults: QuestionnaireFault[] = [];
  const dimensions = new Set(file.scoring.dimensions.map((d) => d.id));
  const fed = new Set<string>();
  const ids = new Set<string>();
  file.scoring.indicators.forEach((indicator, i) => {
    const path = `/scoring/indicators/${i}`;
    const fault = (message: string) => faults.push({ path, message });
    if (ids.has(indicator.id)) fault(`indicator id "${indicator.id}" is used twice`);
    ids.add(indicator.id);
    const has = (key: string) => key in indicator;
    if (has("dimension")) {
      const dimension = (indicator as { dimension: string }).dimension;
      if (!dimensions.has(dimension)) fault(`indicator refers to unknown dimension "${dimension}"`);
      fed.add(dimension);
      if (has("item") || has("values") || has("atLeast") || has("exclude"))
        fault("a dimension indicator takes no item, values, atLeast or exclude");
      if (indicator.kind === "proportion" && !has("threshold")) fault("a proportion of a dimension needs a threshold (0–100)");
      if (indicator.kind === "score" && has("threshold")) fault("a score indicator takes no threshold");
      return;
    }
    if (!has("item")) return fault('an indicator needs a "dimension" or an "item"');
    if (indicator.kind !== "proportion") return fault("an item indicator must be a proportion");
    const { item, values, atLeast, exclude } = indicator as { item: string; values?: unknown[]; atLeast?: number; exclude?: unknown[] };
    const question = questions.get(item);
    if (!question) return fault(`indicator refers to unknown question "${item}"`);
    if ((values === undefined) === (atLeast === undefined)) return fault('an item proportion needs exactly one of "values" or "atLeast"');
    if (atLeast !== undefined) {
      if (!(question.type === "text" && question.inputType === "number") && question.type !== "rating")
        fault(`"atLeast" needs a number or rating question, "${item}" is a ${question.type}`);
      return;
    }
    const allowed = answerValues(question);
    if (!allowed) return fault(`question "${item}" (${question.type}) cannot feed a proportion by values`);
    for (const value of [...(values ?? []), ...(exclude ?? [])]) {
      if (!allowed.some((a) => a === value)) fault(`value ${JSON.stringify(value)} is not an answer of "${item}"`);
    }
  });
  file.scoring.dimensions.forEach((dimension, d) => {
    if (!fed.has(dimension.id))
      faults.push({ path: `/scoring/dimensions/${d}`, message: `dimension "${dimension.id}" feeds no indicator` });
  });
  return faults;
}

function checkMirrors(file: QuestionnaireFile, questions: Map<string, SurveyElement>, fullScale: Set<number>): QuestionnaireFault[] {
  const faults: QuestionnaireFault[] = [];
  const seen = new Set<string>();
  (file.scoring.mirrors ?? []).forEach((mirror, i) => {
    const path = `/scoring/mirrors/${i}`;
    if (!MIRROR_IDS.has(mirror.id))
      faults.push({ path, message: `"${mirror.id}" is not a mirrored statement of surveys/shared/mirrored-items.json` });
    if (seen.has(mirror.id)) faults.push({ path, message: `mirrored statement "${mirror.id}" is asked twice` });
    seen.add(mirror.id);
    const question = questions.get(mirror.item);
    const values = question ? scoredValues(question) : null;
    if (!question) faults.push({ path, message: `mirrored item "${mirror.item}" is not a question of the survey` });
    else if (!values || values.length !== fullScale.size || !values.every((v) => fullScale.has(v))) {
      faults.push({ path, message: `mirrored item "${mirror.item}" must be asked on the whole scale` });
    }
  });
  return faults;
}

/** The answers a choice-like question can take, or null for free answers. */
function answerValues(question: SurveyElement): (string | number | boolean)[] | null {
  if (question.type === "boolean") return [true, false];
  if (question.type === "rating") return ratingValues(question);
  if (["radiogroup", "dropdown", "checkbox"].includes(question.type)) return (question.choices ?? []).map((c) => c.value);
  return null;
}

function scoredValues(question: SurveyElement): number[] | null {
  if (question.type === "rating") return ratingValues(question);
  if (question.type === "radiogroup") {
    const values = (question.choices ?? []).map((c) => c.value);
    return values.every((v) => typeof v === "number") ? (values as number[]) : [Number.NaN];
  }
  return null;
}
