import type { UserRecord } from "../domain/accounts.ts";
import { DomainError } from "../domain/domain-error.ts";
import { permit } from "./permit.ts";
import type { Config } from "../config.ts";
import type { AuditEntry } from "../domain/audit.ts";
import type { ReleaseRecord } from "../db/ledger-store.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { Store } from "../db/store.ts";
import { METHOD_VERSION } from "../domain/benchmark/method-version.ts";
import { nextQuarter, previousQuarter, quarterEnd, quarterOf, quartersBetween } from "../domain/benchmark/periods.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { buildRelease, type EarlierRelease } from "../domain/release/build-release.ts";
import { releaseRules, type ReleaseRules } from "../domain/release/rules.ts";
import { seriesOf, type Series } from "../domain/release/series.ts";
import { poolingBreaks } from "./pooling-breaks.ts";

/**
 * The release step: for every series of a questionnaire family, releases each closed quarter not yet released
 * (oldest first) and writes it to the ledger. The first release of a series holds everything up to the last
 * closed quarter; each later one, one more quarter. Views call `ensureReleased` before reading, so a quarter
 * is released by the first reading after it closes (and at start-up, by the server's daily tick).
 */

export interface ReleaseContext {
  store: Store;
  config: Pick<Config, "minCell">;
  clock: () => Date;
  /** The rules in force; tests weaken them to show what the auditor prevents. */
  rules?: ReleaseRules;
}

export interface FamilySeries {
  root: string;
  series: Series<VersionRecord>[];
}

/** The family of a slug: its root questionnaire, the root's versions and its variants', and their series. */
export async function familyOf(store: Store, slug: string): Promise<FamilySeries | undefined> {
  const own = await store.questionnaires.listPoolCandidates(slug);
  const root = own.find((v) => v.slug === slug)?.variantOf ?? slug;
  const candidates = root === slug ? own : await store.questionnaires.listPoolCandidates(root);
  if (candidates.length === 0) return undefined;
  return { root, series: seriesOf(root, candidates, await poolingBreaks(store, root)) };
}

/**
 * Releases every closed quarter up to `upTo` (default: the last closed quarter) in every series of the family.
 * @returns the releases written now.
 */
export async function ensureReleased(ctx: ReleaseContext, family: FamilySeries, options: { upTo?: string; audit?: AuditEntry } = {}) {
  const today = dayOf(ctx.clock());
  const lastClosed = previousQuarter(quarterOf(today));
  const upTo = options.upTo && options.upTo < lastClosed ? options.upTo : lastClosed;
  const rules = ctx.rules ?? releaseRules(ctx.config.minCell);
  const written: ReleaseRecord[] = [];
  const structures = await ctx.store.structures.list();
  for (const series of family.series) {
    const released = await ctx.store.ledger.listReleases(series.key);
    const last = released[released.length - 1]?.quarter;
    if (last && last >= upTo) continue;
    const cells = await ctx.store.reports.indicatorCells(series.versions.map((v) => v.id));
    const first = cells.reduce<string | null>((min, c) => (min === null || c.period < min ? c.period : min), null);
    if (first === null || first > upTo) continue;
    const quarters = last ? quartersBetween(nextQuarter(last), upTo) : [upTo];
    const shown = await ctx.store.ledger.shownGroups(series.key);
    const earlier: EarlierRelease[] = released.map((r) => ({ quarter: r.quarter, shown: shown.get(r.id) ?? new Map() }));
    const reference = series.versions.filter((v) => v.slug === family.root).sort((a, b) => b.version - a.version)[0] ?? series.versions[0]!;
    for (const quarter of quarters) {
      const figures = buildRelease({ quarter, earlier, structures, indicators: reference.scoring.indicators, cells, rules });
      const record = await ctx.store.ledger.writeRelease(
        {
          series: series.key,
          quarter,
          cutoff: quarterEnd(quarter),
          methodVersion: METHOD_VERSION,
          minCell: rules.minCell,
          versions: series.versions.map((v) => ({ questionnaire: v.slug, version: v.version })),
          releasedOn: today,
        },
        figures,
        options.audit && { entry: { ...options.audit, details: { series: series.key, quarter } }, now: ctx.clock() },
      );
      written.push(record);
      const groups = new Map<string, string[]>();
      for (const f of figures) {
        if (!f.scope.startsWith("group:") || "suppressed" in f.figure) continue;
        const key = `${f.role}|${f.indicatorId}`;
        (groups.get(key) ?? groups.set(key, []).get(key)!).push(f.scope);
      }
      earlier.push({ quarter, shown: groups });
    }
  }
  return written;
}

/**
 * The series a view shows: the newest one with released figures. A breaking version starts a new series; the
 * one before stays on show, labelled with its versions, until the new one has figures of its own.
 */
export async function seriesOnShow(
  store: Store,
  family: FamilySeries,
): Promise<{ series: Series<VersionRecord>; releases: ReleaseRecord[] } | undefined> {
  let fallback: { series: Series<VersionRecord>; releases: ReleaseRecord[] } | undefined;
  for (const series of [...family.series].reverse()) {
    const releases = await store.ledger.listReleases(series.key);
    if (releases.length === 0) continue;
    fallback ??= { series, releases };
    if (await store.ledger.anyShown(releases.map((r) => r.id))) return { series, releases };
  }
  return fallback;
}

/**
 * Releases the closed quarters of every questionnaire, so that the first reading of a new quarter finds its
 * figures ready. Run by the server at start-up and then every few hours.
 */
export async function releaseAll(ctx: ReleaseContext): Promise<ReleaseRecord[]> {
  const written: ReleaseRecord[] = [];
  const roots = new Set<string>();
  for (const questionnaire of await ctx.store.questionnaires.list()) {
    const family = await familyOf(ctx.store, questionnaire.slug);
    if (!family || roots.has(family.root)) continue;
    roots.add(family.root);
    written.push(...(await ensureReleased(ctx, family)));
  }
  return written;
}

/**
 * An admin releases the closed quarters not yet released, up to the one asked for (default: the last closed
 * one); each release is written with its audit entry in one transaction.
 */
export async function releaseQuarters(
  ctx: ReleaseContext & { reportPools: { clear(): void } },
  user: UserRecord,
  input: { questionnaire: string; quarter?: string | undefined },
): Promise<ReleaseRecord[]> {
  permit(user, { action: "release.write" });
  if (input.quarter && input.quarter > previousQuarter(quarterOf(dayOf(ctx.clock())))) throw new DomainError("quarter_not_closed");
  const family = await familyOf(ctx.store, input.questionnaire);
  if (!family) throw new DomainError("questionnaire_not_found");
  const audit = { userId: user.id, action: "release.write", targetType: "questionnaire", targetId: family.root };
  const written = await ensureReleased(ctx, family, { ...(input.quarter ? { upTo: input.quarter } : {}), audit });
  ctx.reportPools.clear();
  return written;
}

/** What was released of a questionnaire's family, series by series: public. */
export async function listReleases(store: Store, questionnaire: string) {
  const family = await familyOf(store, questionnaire);
  if (!family) throw new DomainError("questionnaire_not_found");
  const series = await Promise.all(
    family.series.map(async (s) => ({
      series: s.key,
      versions: s.versions.map((v) => ({ questionnaire: v.slug, version: v.version })),
      releases: (await store.ledger.listReleases(s.key)).map(({ id: _id, series: _s, ...r }) => r),
    })),
  );
  return { questionnaire: family.root, series };
}
