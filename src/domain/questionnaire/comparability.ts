import { canonicalJson } from "./content-hash.ts";
import { listQuestions, ratingValues } from "./survey-elements.ts";
import type { Scoring, SurveyDefinition } from "./types.ts";

/**
 * Which versions can be pooled in one figure. Two versions measure a dimension the same way when they share
 * the scale, the dimensions with the same items and reverse items, and every scored item keeps its type and
 * its answer values. Anything else (a changed scale, a choice added) would silently mix incomparable answers,
 * so those versions are reported apart. Wording changes do not enter this signature.
 */
export function scoringSignature(version: { definition: SurveyDefinition; scoring: Scoring }): string {
  const questions = new Map(listQuestions(version.definition).map((p) => [p.question.name, p.question]));
  return canonicalJson({
    scale: version.scoring.scale,
    dimensions: version.scoring.dimensions.map((d) => ({
      id: d.id,
      items: d.items.map((item) => {
        const q = questions.get(item);
        const values = q?.type === "rating" ? ratingValues(q) : (q?.choices ?? []).map((choice) => choice.value);
        return { item, type: q?.type, values };
      }),
      reverse: [...(d.reverse ?? [])].sort(),
    })),
  });
}

/**
 * @returns the versions, among `candidates`, that can be pooled with `reference` (itself included),
 * newest first as given.
 */
export function comparableVersions<V extends { definition: SurveyDefinition; scoring: Scoring }>(reference: V, candidates: readonly V[]): V[] {
  const signature = scoringSignature(reference);
  return candidates.filter((candidate) => candidate === reference || scoringSignature(candidate) === signature);
}
