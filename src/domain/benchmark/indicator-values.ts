import { isEmptyAnswer, type Answers } from "../questionnaire/answer-validation.ts";
import type { DimensionScore } from "../questionnaire/scoring.ts";
import type { Dimension, Indicator, ItemProportionIndicator, Scoring } from "../questionnaire/types.ts";

/**
 * What one response contributes to each indicator of its questionnaire (the scoring metadata's `indicators`).
 *
 * - score: the dimension score, 0–100 (see scoring.ts: reverse items flipped, rescaled, mean of the answered
 *   items, and null when fewer than half of the items were answered).
 * - proportion of a dimension: 1 when the dimension score is at least the threshold (e.g. 75 = "agree" or
 *   better on a 5-point scale), else 0.
 * - proportion of an item: 1 when the answer is one of `values` (for a checkbox, when any selected value
 *   is), or at least `atLeast` for a number; else 0.
 * A response that does not count for an indicator gives null and is left out of its n: a dimension that is
 * not scored, an item left unanswered, or answered only with an `exclude` value ("prefer not to say"), so
 * that the proportion is that of the respondents who expressed a view.
 */

export interface IndicatorValue {
  indicatorId: string;
  /** 0–100 for a score, 0 or 1 for a proportion, null when the response does not count. */
  value: number | null;
}

/**
 * @example
 * indicatorValues(scoring, { a: 5, b: 4, q: "yes" }, scoreResponse(scoring, answers))
 * // → [{ indicatorId: "hope", value: 87.5 }, { indicatorId: "hope_agree", value: 1 }, { indicatorId: "helped", value: 1 }]
 */
export function indicatorValues(scoring: Scoring, answers: Answers, scores: readonly DimensionScore[]): IndicatorValue[] {
  const byDimension = new Map(scores.map((s) => [s.dimension, s.score]));
  return scoring.indicators.map((indicator) => ({ indicatorId: indicator.id, value: valueOf(indicator, answers, byDimension) }));
}

function valueOf(indicator: Indicator, answers: Answers, scores: ReadonlyMap<string, number | null>): number | null {
  if ("dimension" in indicator) {
    const score = scores.get(indicator.dimension) ?? null;
    if (score === null) return null;
    return indicator.kind === "score" ? score : score >= indicator.threshold ? 1 : 0;
  }
  return itemValue(indicator, answers[indicator.item]);
}

type AnswerValue = string | number | boolean;

function itemValue(indicator: ItemProportionIndicator, answer: unknown): number | null {
  if (isEmptyAnswer(answer)) return null;
  const excluded = (value: unknown) => (indicator.exclude ?? []).some((e) => e === value);
  // A checkbox answer is the list of the selected values; what remains once excluded values are set aside
  // is what the respondent expressed.
  const given = (Array.isArray(answer) ? answer : [answer]).filter((value) => !excluded(value));
  if (given.length === 0) return null;
  if (indicator.atLeast !== undefined) {
    const value = given[0];
    return typeof value === "number" ? (value >= indicator.atLeast ? 1 : 0) : null;
  }
  const wanted = indicator.values ?? [];
  return given.some((value) => wanted.some((w: AnswerValue) => w === value)) ? 1 : 0;
}

/**
 * An indicator's direction: its own, else its dimension's, else "higher is better".
 * @example
 * higherIsBetter({ kind: "score", dimension: "stigma", … }, [{ id: "stigma", higherIsBetter: false, … }]) // → false
 */
export function higherIsBetter(indicator: Indicator, dimensions: readonly Pick<Dimension, "id" | "higherIsBetter">[] = []): boolean {
  if (indicator.higherIsBetter !== undefined) return indicator.higherIsBetter;
  if ("dimension" in indicator) return dimensions.find((d) => d.id === indicator.dimension)?.higherIsBetter ?? true;
  return true;
}
