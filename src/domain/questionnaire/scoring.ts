import type { Answers } from "./answer-validation.ts";
import type { Dimension, Scoring } from "./types.ts";

/**
 * Scoring of one response, dimension by dimension.
 *
 * 1. Reverse items are flipped on the scale: v' = min + max − v (so that a high score always means the same
 *    direction for every item of a dimension).
 * 2. Each item is rescaled to 0–100: 100 × (v' − min) / (max − min), the convention of French published
 *    patient-experience indicators.
 * 3. The dimension score is the mean of the answered items, and exists only if at least half of the
 *    dimension's items were answered (the half rule commonly used for scale scores with missing items,
 *    e.g. SF-36 scoring); otherwise it is null and the response does not count in that dimension's figures.
 */

export interface DimensionScore {
  dimension: string;
  /** 0–100, or null when fewer than half of the items were answered. */
  score: number | null;
  answered: number;
  items: number;
}

/**
 * @example
 * scoreResponse({ scale: { min: 1, max: 5 }, dimensions: [{ id: "hope", items: ["a", "b"], … }] }, { a: 5, b: 3 })
 * // → [{ dimension: "hope", score: 75, answered: 2, items: 2 }]
 */
export function scoreResponse(scoring: Scoring, answers: Answers): DimensionScore[] {
  return scoring.dimensions.map((dimension) => scoreDimension(scoring.scale, dimension, answers));
}

export function scoreDimension(scale: Scoring["scale"], dimension: Dimension, answers: Answers): DimensionScore {
  const reverse = new Set(dimension.reverse ?? []);
  const span = scale.max - scale.min;
  let sum = 0;
  let answered = 0;
  for (const item of dimension.items) {
    const value = answers[item];
    if (typeof value !== "number") continue;
    const oriented = reverse.has(item) ? scale.min + scale.max - value : value;
    sum += (100 * (oriented - scale.min)) / span;
    answered += 1;
  }
  const items = dimension.items.length;
  const enough = answered > 0 && answered * 2 >= items;
  return { dimension: dimension.id, score: enough ? round(sum / answered, 4) : null, answered, items };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
