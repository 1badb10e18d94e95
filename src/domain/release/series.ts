import type { Scoring, SurveyDefinition } from "../questionnaire/types.ts";
import { scoringSignature, type PoolingBreak } from "../questionnaire/comparability.ts";

/**
 * Series of comparable versions: what one line of released figures is about.
 *
 * A questionnaire's versions follow one another; a version that is not comparable with the one before (its
 * scoring differs, or the co-researchers recorded that a rewording breaks comparability) starts a new series.
 * An easy-to-read variant (another slug) measures the same thing in other words: each of its versions joins
 * the series of the questionnaire it rewords that was current when it was published (the latest with the
 * same scoring then), and stays there: a later version of the questionnaire never takes its answers along,
 * which would change figures already released. A request for a variant's slug is
 * answered with its whole series, never the variant alone: the two would differ by the other version's
 * respondents.
 */

export interface SeriesMember {
  id: number;
  slug: string;
  version: number;
  variantOf: string | null;
  definition: SurveyDefinition;
  scoring: Scoring;
}

export interface Series<V extends SeriesMember> {
  /** `${rootSlug}@${firstVersion}`: stable as versions join. */
  key: string;
  root: string;
  versions: V[];
}

/**
 * @param candidates published versions of the root questionnaire and of its variants.
 * @returns the series, oldest first.
 * @example
 * seriesOf("experience-usagers", [v1, v2, falc1], [])
 * // → [{ key: "experience-usagers@1", root: "experience-usagers", versions: [v1, v2, falc1] }]
 */
export function seriesOf<V extends SeriesMember>(root: string, candidates: readonly V[], breaks: readonly PoolingBreak[]): Series<V>[] {
  const own = candidates.filter((v) => v.slug === root).sort((a, b) => a.version - b.version);
  const series: (Series<V> & { signature: string })[] = [];
  for (const version of own) {
    const signature = scoringSignature(version);
    const last = series[series.length - 1];
    const broken = breaks.some((b) => b.slug === root && b.version === version.version);
    if (last && last.signature === signature && !broken) last.versions.push(version);
    else series.push({ key: `${root}@${version.version}`, root, versions: [version], signature });
  }
  for (const variant of candidates.filter((v) => v.slug !== root)) {
    const signature = scoringSignature(variant);
    // Version ids grow with each version stored: a series started before the variant's version has a smaller one.
    const publishedBy = (s: (typeof series)[number]) => s.versions[0]!.id < variant.id;
    const matching = [...series].reverse().filter((s) => s.signature === signature);
    const home = matching.find(publishedBy) ?? matching[matching.length - 1];
    if (home) home.versions.push(variant);
  }
  return series.map(({ key, versions }) => ({ key, root, versions }));
}
