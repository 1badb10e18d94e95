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
 * A version at which the co-researchers recorded that a rewording of something scored leaves results not
 * comparable with the version before: the series of that questionnaire breaks there.
 */
export interface PoolingBreak {
  slug: string;
  version: number;
}

interface Poolable {
  slug: string;
  version: number;
  definition: SurveyDefinition;
  scoring: Scoring;
}

/**
 * @returns the versions, among `candidates`, that can be pooled with `reference` (itself included),
 * newest first as given: same scoring signature, and — between two versions of the same questionnaire — no
 * recorded break in between. An easy-to-read variant (another slug) pools on its signature alone: its
 * wording differs by design, and the loader checks that it keeps names, values and scoring.
 */
export function comparableVersions<V extends Poolable>(reference: V, candidates: readonly V[], breaks: readonly PoolingBreak[] = []): V[] {
  const signature = scoringSignature(reference);
  const brokenBetween = (candidate: V) => {
    if (candidate.slug !== reference.slug) return false;
    const [low, high] = [Math.min(candidate.version, reference.version), Math.max(candidate.version, reference.version)];
    return breaks.some((b) => b.slug === reference.slug && b.version > low && b.version <= high);
  };
  return candidates.filter(
    (candidate) => candidate === reference || (scoringSignature(candidate) === signature && !brokenBetween(candidate)),
  );
}
