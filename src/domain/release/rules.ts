/**
 * The rules every released figure obeys, each written once, with its source. The release step
 * (build-release.ts) applies them; the views only read what it wrote.
 *
 * Persons. No figure rests on fewer than `minCell` respondents: 11 by default, the small-numbers rule of
 *   French health data (SNDS: no statistic on fewer than 11 people), never below 5 (disclosure.ts, R1). A
 *   structure's data are released in steps of at least `minCell` respondents (R2), so any difference of two
 *   releases also holds at least `minCell` people.
 * Units. A figure about structures needs at least 3 structures besides any one of them who may read it, so 4
 *   in a figure every structure can read, and no structure may hold more than 85 % of its respondents (the
 *   threshold and dominance rules of INSEE's secret statistique, as applied to business statistics; Hundepool
 *   et al., Statistical Disclosure Control, Wiley 2012, §4.2).
 * Differences. No combination of figures a caller can see — two groups, two views, two releases of one group,
 *   or any linear combination — may single out the data of fewer structures than the units rule allows: the
 *   release auditor (audit-release.ts) checks every release against every earlier one.
 * Distribution. Quartiles describe a group only from 10 structures, percentile ranks only from 20: below,
 *   the 25th, 50th and 75th percentiles of 5 structures are 3 structures' own figures (interpolated order
 *   statistics). Below those counts a group shows its mean with its interval, and a reader learns how many
 *   structures are above and below its own value.
 * Funnel. Other structures' points are shown in one frame per indicator (the reader's region), rounded — more
 *   coarsely when the region's exact total of respondents would pin a rounded n — never in two frames whose
 *   difference would isolate a point.
 * Peer workers. Peer workers are few in each structure: their answers are released only in groups at
 *   département × kind level or above, never as a single structure's figure (DOMAIN.md).
 * Live counts. Between releases, a campaign's count of responses is shown in bins of 10 — "fewer than T" or
 *   rounded down to a multiple of 10 — so that it cannot be subtracted from a released total. The lowest bin
 *   runs past minCell (T is the first multiple of 10 above it): beside a total the counts add up to, bins
 *   pin a count only at an end of its bin, when every other count sits at the same end of its own, and the
 *   lowest bin's ends, 0 and T − 1, are no count from 1 to minCell − 1. With "fewer than minCell" as the
 *   lowest bin, two campaigns shown so beside a released 20 (minCell 11) were both 10.
 */

export interface ReleaseRules {
  minCell: number;
  /** Structures a figure every structure may read must hold (3 besides its reader). */
  minStructures: number;
  /** Largest share of a figure's respondents one structure may hold. */
  maxDominance: number;
  minStructuresForQuartiles: number;
  minStructuresForPercentiles: number;
  /** Whether the auditor checks every release against all figures ever shown (off only to show the attack). */
  auditDifferences: boolean;
}

export const MIN_STRUCTURES = 4;
export const MAX_DOMINANCE = 0.85;
export const MIN_STRUCTURES_FOR_QUARTILES = 10;
export const MIN_STRUCTURES_FOR_PERCENTILES = 20;
/** Step in which a live count of responses is shown between releases. */
export const LIVE_COUNT_STEP = 10;

/**
 * @example
 * releaseRules(11) // → { minCell: 11, minStructures: 4, maxDominance: 0.85, …, auditDifferences: true }
 */
export function releaseRules(minCell: number): ReleaseRules {
  return {
    minCell,
    minStructures: MIN_STRUCTURES,
    maxDominance: MAX_DOMINANCE,
    minStructuresForQuartiles: MIN_STRUCTURES_FOR_QUARTILES,
    minStructuresForPercentiles: MIN_STRUCTURES_FOR_PERCENTILES,
    auditDifferences: true,
  };
}

export type GroupRefusal = "too_few_structures" | "dominance" | "differencing" | "complementary";

/**
 * Units and persons rules on one group figure, from its members' respondents.
 * @example
 * primaryRefusal([40, 12, 15, 11], releaseRules(11)) // → null
 * primaryRefusal([400, 12, 15, 11], releaseRules(11)) // → "dominance"
 */
export function primaryRefusal(memberRespondents: readonly number[], rules: ReleaseRules): GroupRefusal | null {
  if (memberRespondents.length < rules.minStructures) return "too_few_structures";
  const total = memberRespondents.reduce((a, b) => a + b, 0);
  if (total < rules.minCell) return "too_few_structures";
  if (Math.max(...memberRespondents) > rules.maxDominance * total) return "dominance";
  return null;
}

/**
 * A live count as it may be shown between releases.
 * @example
 * liveCount(7, 11)  // → { below: 20 }
 * liveCount(37, 11) // → { atLeast: 30 }
 */
export function liveCount(count: number, minCell: number): { below: number } | { atLeast: number } {
  const lowest = (Math.floor(minCell / LIVE_COUNT_STEP) + 1) * LIVE_COUNT_STEP;
  if (count < lowest) return { below: lowest };
  return { atLeast: Math.floor(count / LIVE_COUNT_STEP) * LIVE_COUNT_STEP };
}
