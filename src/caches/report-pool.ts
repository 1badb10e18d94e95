import type { Config } from "../config.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { Store } from "../db/store.ts";
import type { Cell } from "../domain/benchmark/cells.ts";
import { quarterOf } from "../domain/benchmark/periods.ts";
import { comparableVersions } from "../domain/questionnaire/comparability.ts";
import { poolingBreaks } from "../actions/pooling-breaks.ts";

/**
 * What every report of a questionnaire is computed from: the versions that can be pooled (the latest one,
 * the earlier ones and the easy-to-read variants whose answers and scoring are comparable) and their cells.
 *
 * Reports only ever use completed quarters (disclosure rule R2), and responses are stamped with the day
 * they arrive, so the cells of completed quarters never change: they are read once per quarter and kept.
 */
export interface ReportPool {
  reference: VersionRecord;
  versions: VersionRecord[];
  cells: Cell[];
}

export function createReportPools(store: Store, config: Pick<Config, "minCell">) {
  const cache = new Map<string, Promise<ReportPool | undefined>>();
  const load = async (slug: string, quarter: string): Promise<ReportPool | undefined> => {
    const candidates = await store.questionnaires.listPoolCandidates(slug);
    // The reference is the questionnaire's own latest version; its variants and earlier versions join it
    // only if comparable.
    const reference = candidates.filter((v) => v.slug === slug).sort((a, b) => b.version - a.version)[0];
    if (!reference) return undefined;
    const versions = comparableVersions(reference, candidates, await poolingBreaks(store, slug)).sort(
      (a, b) => a.slug.localeCompare(b.slug) || b.version - a.version,
    );
    const cells = (await store.reports.indicatorCells(versions.map((v) => v.id))).filter((cell) => cell.period < quarter);
    return { reference, versions, cells };
  };
  return {
    /** The pool of a questionnaire as of `today` (YYYY-MM-DD). */
    get(slug: string, today: string): Promise<ReportPool | undefined> {
      const key = `${slug}|${quarterOf(today)}|${config.minCell}`;
      let entry = cache.get(key);
      if (!entry) {
        // A new quarter, or a version published since: older entries are dropped with it.
        for (const k of cache.keys()) if (k.startsWith(`${slug}|`)) cache.delete(k);
        entry = load(slug, quarterOf(today));
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
      }
      return entry;
    },
    /** Forget every pool, when a version is published. */
    clear() {
      cache.clear();
    },
  };
}

export type ReportPools = ReturnType<typeof createReportPools>;
