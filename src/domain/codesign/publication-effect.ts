import { createHash } from "node:crypto";
import { canonicalJson } from "../questionnaire/content-hash.ts";
import type { PoolingBreak } from "../questionnaire/comparability.ts";
import { seriesOf, type SeriesMember } from "../release/series.ts";

/**
 * What publishing a draft does to what is already in use, stated before it happens so that those who publish
 * confirm it knowingly.
 *
 * E1 Campaigns keep their version. A live campaign (active or paused, not past its end) answers the version it
 *    was opened with, forever: a new version reaches respondents only through new campaigns.
 * E2 Series. The new version joins the series of comparable versions it follows (release/series.ts), or
 *    starts a new one when its scoring differs or a recorded decision says a scored rewording is not
 *    comparable. A new series starts its figures from nothing: the released figures of the old one stay
 *    as they were, and do not continue.
 * E3 Confirmation. When live campaigns or released figures use the questionnaire, publication needs a
 *    confirmation naming this very effect (its `key`): an effect that changed since it was read (a campaign
 *    opened, a quarter released) is to be read again.
 */

export interface LiveCampaigns {
  version: number;
  campaigns: number;
  structures: number;
}

export interface PublicationEffect {
  questionnaire: string;
  version: number;
  /** The version it follows; null for a new questionnaire. */
  previous: number | null;
  /** E1: the live campaigns, per version, that keep the version they answer. */
  campaignsKeepingTheirVersion: LiveCampaigns[];
  /** E2: the series the new version belongs to, and the one its predecessor is in (with its released quarters). */
  series: { key: string; startsAnew: boolean; previous: { key: string; releasedQuarters: number } | null };
  /** E3 */
  needsConfirmation: boolean;
  /** What a confirmation names: a fingerprint of everything above. */
  key: string;
}

export interface EffectInput<V extends SeriesMember> {
  /** The family's root questionnaire (the slug itself unless it is an easy-to-read variant). */
  root: string;
  /** Published versions of the root and its variants. */
  published: readonly V[];
  /** The version about to be published. */
  candidate: V;
  /** Breaks already recorded, and the candidate's own if one of its decisions breaks pooling. */
  breaks: readonly PoolingBreak[];
  live: readonly LiveCampaigns[];
  /** Quarters released per series key. */
  releasedQuarters: (seriesKey: string) => number;
}

/**
 * @example
 * publicationEffect({ root: "gem", published: [v1], candidate: v2, breaks: [], live: [{ version: 1, campaigns: 2, structures: 2 }], releasedQuarters: () => 0 })
 * // → { version: 2, previous: 1, series: { key: "gem@1", startsAnew: false, … }, needsConfirmation: true, … }
 */
export function publicationEffect<V extends SeriesMember>(input: EffectInput<V>): PublicationEffect {
  const { candidate } = input;
  const previousVersion = input.published.filter((v) => v.slug === candidate.slug).sort((a, b) => b.version - a.version)[0];
  const all = seriesOf(input.root, [...input.published, candidate], input.breaks);
  const holding = (member: SeriesMember) => all.find((s) => s.versions.some((v) => v.slug === member.slug && v.version === member.version));
  const next = holding(candidate);
  const before = previousVersion ? holding(previousVersion) : undefined;
  const previousSeries = before ? { key: before.key, releasedQuarters: input.releasedQuarters(before.key) } : null;
  const series = {
    key: next?.key ?? `${candidate.slug}@${candidate.version}`,
    startsAnew: next === undefined || next.key !== before?.key,
    previous: previousSeries,
  };
  const campaignsKeepingTheirVersion = input.live.filter((l) => l.campaigns > 0);
  const stated = {
    questionnaire: candidate.slug,
    version: candidate.version,
    previous: previousVersion?.version ?? null,
    campaignsKeepingTheirVersion,
    series,
    needsConfirmation: campaignsKeepingTheirVersion.length > 0 || (previousSeries?.releasedQuarters ?? 0) > 0,
  };
  return { ...stated, key: createHash("sha256").update(canonicalJson(stated)).digest("hex").slice(0, 16) };
}
