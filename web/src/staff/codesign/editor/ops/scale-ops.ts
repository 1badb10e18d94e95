import { type DraftContent, ratingValues, type ChoiceItem, type SurveyElement } from "@web/shared/domain.ts";
import { mapElement } from "./element-tree.ts";
import { AGREEMENT_LABELS, PLACEHOLDER } from "./placeholders.ts";
import { isLikert } from "./question-list.ts";

/**
 * Answer scales: an agreement scale written as a radiogroup (the library's way) or a SurveyJS rating. Both
 * are edited the same way: from a lowest to a highest whole number, with a label per point.
 */

/** SurveyJS renders at most 20 rating values (check-questionnaire.ts says the same). */
export const MAX_SCALE_POINTS = 20;

/** The lowest and highest value of a scale question, or null for other questions. */
export function scaleRange(element: SurveyElement): { min: number; max: number } | null {
  if (isLikert(element)) return { min: element.choices![0]!.value as number, max: element.choices!.at(-1)!.value as number };
  if (element.type === "rating") {
    const values = ratingValues(element);
    if (values.length === 0) return null;
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  return null;
}

function points(min: number, max: number, previous: readonly ChoiceItem[]): ChoiceItem[] {
  const texts = new Map(previous.map((item) => [Number(item.value), item.text]));
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    return { value, text: texts.get(value) ?? PLACEHOLDER.level(value) };
  });
}

/**
 * Sets the range of a scale question, keeping the labels of the points that stay. Unchanged unless
 * `min < max`, both whole numbers, with at most 20 points.
 */
export function setScaleRange(content: DraftContent, name: string, min: number, max: number): DraftContent {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min + 1 > MAX_SCALE_POINTS) return content;
  return mapElement(content, name, (element) => {
    if (isLikert(element)) return { ...element, choices: points(min, max, element.choices ?? []) };
    if (element.type !== "rating") return element;
    if (element.rateValues && element.rateValues.length > 0) return { ...element, rateValues: points(min, max, element.rateValues) };
    const next: SurveyElement = { ...element, rateMin: min, rateMax: max };
    delete next.rateStep;
    return next;
  });
}

/** True when the usual agreement wording exists for this many points (4, 5 or 7). */
export function hasAgreementLabels(element: SurveyElement): boolean {
  const range = scaleRange(element);
  return range !== null && AGREEMENT_LABELS[range.max - range.min + 1] !== undefined;
}

/** Labels every point with the usual agreement wording ("Pas du tout d'accord" … "Tout à fait d'accord"). */
export function applyAgreementLabels(content: DraftContent, name: string): DraftContent {
  return mapElement(content, name, (element) => {
    const range = scaleRange(element);
    const labels = range && AGREEMENT_LABELS[range.max - range.min + 1];
    if (!range || !labels) return element;
    const items = labels.map((text, i) => ({ value: range.min + i, text: { ...text } }));
    if (isLikert(element)) return { ...element, choices: items };
    const next: SurveyElement = { ...element, rateValues: items };
    delete next.rateMin;
    delete next.rateMax;
    delete next.rateStep;
    return next;
  });
}
