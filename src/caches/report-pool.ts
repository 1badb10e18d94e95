import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";
import type { ReleaseRules } from "../domain/release/rules.ts";
import { ensureReleased, familyOf, seriesOnShow, type FamilySeries } from "../actions/releases.ts";
import { quarterOf } from "../domain/benchmark/periods.ts";
import type { ReleaseRecord } from "../db/ledger-store.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { Series } from "../domain/release/series.ts";

/**
 * What every view of a questionnaire reads from: its family's series, released up to the last closed quarter,
 * and the series on show with its releases. Releases change only when a quarter closes (or an admin releases
 * one), so the answer is kept until the quarter changes or `clear()` is called (a version published, a release
 * asked for).
 */
export interface ReportPool {
  family: FamilySeries;
  /** The series whose figures views show, with its releases oldest first; undefined when nothing is released yet. */
  onShow: { series: Series<VersionRecord>; releases: ReleaseRecord[] } | undefined;
}

/** What the pools are built from: the app's store, config and clock (and, in tests only, other release rules). */
export interface ReportPoolDeps {
  store: Store;
  config: Pick<Config, "minCell">;
  clock: () => Date;
  releaseRules?: ReleaseRules;
}

export function createReportPools(deps: ReportPoolDeps) {
  const cache = new Map<string, Promise<ReportPool | undefined>>();
  const load = async (slug: string): Promise<ReportPool | undefined> => {
    const family = await familyOf(deps.store, slug);
    if (!family) return undefined;
    await ensureReleased({ ...deps, ...(deps.releaseRules ? { rules: deps.releaseRules } : {}) }, family);
    return { family, onShow: await seriesOnShow(deps.store, family) };
  };
  return {
    /** The pool of a questionnaire (or of the family of a variant) as of `today` (YYYY-MM-DD). */
    get(slug: string, today: string): Promise<ReportPool | undefined> {
      const key = `${slug}|${quarterOf(today)}`;
      let entry = cache.get(key);
      if (!entry) {
        for (const k of cache.keys()) if (k.startsWith(`${slug}|`)) cache.delete(k);
        entry = load(slug);
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
      }
      return entry;
    },
    /** Forget every pool: a version was published or a release written. */
    clear() {
      cache.clear();
    },
  };
}

export type ReportPools = ReturnType<typeof createReportPools>;
