import type { Config } from "../config.ts";
import type { StructureRecord } from "../domain/structures.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { Store } from "../db/store.ts";
import { METHOD_VERSION } from "../domain/benchmark/method-version.ts";
import type { Granularity } from "../domain/benchmark/periods.ts";
import { previousQuarter, quarterEnd, quarterOf } from "../domain/benchmark/periods.ts";
import { dayOf } from "../domain/campaign-window.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import { funnelView } from "../domain/release/views/funnel-view.ts";
import type { LedgerRows } from "../domain/release/views/ledger-rows.ts";
import type { Series } from "../domain/release/series.ts";
import { regionScopes, regionView } from "../domain/release/views/region-view.ts";
import { structureScopes, structureView } from "../domain/release/views/structure-view.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ReportPool, ReportPools } from "../caches/report-pool.ts";

/**
 * Reading released figures: every view of a questionnaire's figures (a structure's report, its funnel data,
 * a region's open figures) is assembled from the ledger rows of the series on show, never from response data.
 */

export interface ReadContext {
  store: Store;
  config: Pick<Config, "minCell">;
  clock: () => Date;
  reportPools: ReportPools;
}

interface PoolRead {
  pool: ReportPool;
  /** The series on show, or the newest one while nothing is released. */
  series: Series<VersionRecord>;
  reference: VersionRecord;
  ledger: LedgerRows;
}

/** Rows of the series on show for these scopes: the newest release, and earlier ones for groups it held back. */
async function readPool(ctx: ReadContext, slug: string, scopes: readonly string[], role?: RespondentRole): Promise<PoolRead> {
  const today = dayOf(ctx.clock());
  const pool = await ctx.reportPools.get(slug, today);
  if (!pool) throw new DomainError("questionnaire_not_found");
  const series = pool.onShow?.series ?? pool.family.series[pool.family.series.length - 1]!;
  const versions = [...series.versions].sort((a, b) => a.slug.localeCompare(b.slug) || b.version - a.version);
  const reference = versions.filter((v) => v.slug === pool.family.root).sort((a, b) => b.version - a.version)[0] ?? versions[0]!;
  const releases = [...(pool.onShow?.releases ?? [])].reverse();
  const newest = releases[0];
  if (!newest)
    return {
      pool,
      series: { ...series, versions },
      reference,
      ledger: { rows: [], cutoff: quarterEnd(previousQuarter(quarterOf(today))) },
    };
  const cutoffOf = new Map(releases.map((r) => [r.id, r.cutoff]));
  let rows = await ctx.store.ledger.figures([newest.id], scopes, role);
  const held = new Set(rows.filter((r) => !r.scope.startsWith("structure:") && "suppressed" in r.figure).map((r) => r.scope));
  if (held.size > 0 && releases.length > 1) {
    rows = rows.concat(
      await ctx.store.ledger.figures(
        releases.slice(1).map((r) => r.id),
        [...held],
        role,
      ),
    );
  }
  return {
    pool,
    series: { ...series, versions },
    reference,
    ledger: { rows: rows.map((r) => ({ ...r, cutoff: cutoffOf.get(r.releaseId)! })), cutoff: newest.cutoff },
  };
}

/** What every report says of the figures it shows: which questionnaire, series, release and method. */
function provenance(slug: string, read: PoolRead, minCell: number) {
  const newest = read.pool.onShow?.releases[read.pool.onShow.releases.length - 1];
  return {
    questionnaire: { slug: read.reference.slug, title: read.reference.title },
    // A variant is reported with its whole series, never alone: the page says which slug was asked for.
    requested: slug,
    versions: read.series.versions.map((v) => ({ questionnaire: v.slug, version: v.version })),
    series: read.series.key,
    release: newest ? { quarter: newest.quarter, cutoff: newest.cutoff, releasedOn: newest.releasedOn } : null,
    method: METHOD_VERSION,
    threshold: minCell,
  };
}

export function structureSummary(s: StructureRecord) {
  return { id: s.id, name: s.name, kind: s.kind, department: s.department, region: s.region, setting: s.setting };
}

export async function readStructureReport(
  ctx: ReadContext,
  structure: StructureRecord,
  query: { questionnaire: string; role?: RespondentRole | undefined; period: Granularity },
) {
  const read = await readPool(ctx, query.questionnaire, structureScopes(structure), query.role);
  const view = structureView({
    ledger: read.ledger,
    structure,
    indicators: read.reference.scoring.indicators,
    dimensions: read.reference.scoring.dimensions,
    ...(query.role ? { role: query.role } : {}),
    granularity: query.period,
    minCell: ctx.config.minCell,
  });
  return { structure: structureSummary(structure), ...provenance(query.questionnaire, read, ctx.config.minCell), ...view };
}

export async function readFunnel(
  ctx: ReadContext,
  structure: StructureRecord,
  query: { questionnaire: string; indicator: string; role?: RespondentRole | undefined },
) {
  const read = await readPool(ctx, query.questionnaire, [`group:${structure.region}:region`], query.role);
  const indicator = read.reference.scoring.indicators.find((i) => i.id === query.indicator);
  if (!indicator) throw new DomainError("indicator_not_found");
  const view = funnelView({
    ledger: read.ledger,
    structure,
    indicators: [indicator],
    dimensions: read.reference.scoring.dimensions,
    ...(query.role ? { role: query.role } : {}),
    minCell: ctx.config.minCell,
  });
  const { questionnaire: _q, ...rest } = provenance(query.questionnaire, read, ctx.config.minCell);
  return { structure: structureSummary(structure), questionnaire: read.reference.slug, ...rest, ...view };
}

export async function readRegionReport(
  ctx: ReadContext,
  region: string,
  query: { questionnaire: string; role?: RespondentRole | undefined },
) {
  const read = await readPool(ctx, query.questionnaire, regionScopes(region), query.role);
  const view = regionView({
    ledger: read.ledger,
    region,
    indicators: read.reference.scoring.indicators,
    dimensions: read.reference.scoring.dimensions,
    ...(query.role ? { role: query.role } : {}),
    minCell: ctx.config.minCell,
  });
  return { ...view, ...provenance(query.questionnaire, read, ctx.config.minCell) };
}
