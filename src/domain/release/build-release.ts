import { SETTINGS, STRUCTURE_KINDS, type Setting, type StructureKind } from "../structures.ts";
import type { Cell } from "../benchmark/cells.ts";
import {
  releaseBefore,
  suppressedCell,
  type CellSuppression,
  type QuarterStatistics,
  type ReleasedSeries,
} from "../benchmark/disclosure.ts";
import { round1, shownCell, type IndicatorKind, type ShownCell } from "../benchmark/figures.ts";
import { nextQuarter } from "../benchmark/periods.ts";
import type { RespondentRole } from "../questionnaire/types.ts";
import { quantile } from "../statistics/descriptive.ts";
import { combine, type SufficientStatistics } from "../statistics/sufficient-statistics.ts";
import { auditRegion, type AuditedGroup, type AuditedStructure } from "./audit-release.ts";
import { primaryRefusal, type GroupRefusal, type ReleaseRules } from "./rules.ts";

/**
 * One release step: every figure of every view, for one series of comparable versions and one closed quarter,
 * computed once under the rules of rules.ts and checked against every earlier release (audit-release.ts).
 * What it returns is written to the ledger and never changed; every view reads it from there. Pure: the same
 * cells, structures and earlier releases always give the same figures.
 *
 * Scopes of the figures:
 * - `structure:<id>`: a structure's own figure, read by its managers and its region's coordinators;
 * - `group:<region>:region`, `group:<region>:kind:<kind>`, `group:<region>:setting:<setting>`: the region's
 *   groups, public, which are also the comparison groups of every structure of the region;
 * - `national`: every structure, shown only when it follows from the regions' figures.
 */

/** What the release needs to know of a structure: the groups it belongs to. */
export interface BenchmarkStructure {
  id: number;
  kind: StructureKind;
  setting: Setting;
  /** INSEE département code. */
  department: string;
  /** INSEE region code. */
  region: string;
}

export interface ShownGroupFigure {
  structures: number;
  respondents: number;
  value: number;
  ci: [number, number];
  median?: number;
  p25?: number;
  p75?: number;
  p10?: number;
  p90?: number;
}

export type SuppressedGroupFigure = { suppressed: true; reason: GroupRefusal; minStructures: number };
export type GroupFigure = ShownGroupFigure | SuppressedGroupFigure;
export type OwnSuppression = CellSuppression | { suppressed: true; reason: "peer_workers" };

/** What a view may read beyond the figure itself, never served as such. */
export type FigureDetail =
  | { kind: "structure"; series: ReleasedSeries }
  | { kind: "group"; pooled: SufficientStatistics; members: { id: number; stats: SufficientStatistics }[] }
  | { kind: "none" };

export interface ReleasedFigure {
  role: RespondentRole;
  indicatorId: string;
  scope: string;
  figure: ShownCell | OwnSuppression | GroupFigure;
  detail: FigureDetail;
}

export interface EarlierRelease {
  quarter: string;
  /** Group scopes shown, by `${role}|${indicatorId}`. */
  shown: ReadonlyMap<string, readonly string[]>;
}

export interface ReleaseInput {
  /** The closed quarter released, e.g. "2026-Q1": data up to its end. */
  quarter: string;
  /** Earlier releases of the same series, oldest first. */
  earlier: readonly EarlierRelease[];
  structures: readonly BenchmarkStructure[];
  indicators: readonly { id: string; kind: IndicatorKind }[];
  /** Cells of the series' versions (any quarter: later ones are left out). */
  cells: readonly Cell[];
  rules: ReleaseRules;
}

/**
 * @example
 * buildRelease({ quarter: "2026-Q1", earlier: [], structures, indicators, cells, rules: releaseRules(11) })
 * // → [{ role: "patient", indicatorId: "hope", scope: "structure:7", figure: { n: 24, value: 71.2, ci: […] }, … }, …]
 */
export function buildRelease(input: ReleaseInput): ReleasedFigure[] {
  const quarters = [...input.earlier.map((r) => r.quarter), input.quarter];
  const known = new Map(input.structures.map((s) => [s.id, s]));
  const byKey = new Map<string, Map<number, QuarterStatistics[]>>();
  for (const cell of input.cells) {
    if (cell.period > input.quarter || !known.has(cell.structureId)) continue;
    const key = `${cell.role}|${cell.indicatorId}`;
    const byStructure = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    const list = byStructure.get(cell.structureId) ?? byStructure.set(cell.structureId, []).get(cell.structureId)!;
    const same = list.find((q) => q.period === cell.period);
    if (same) same.stats = combine(same.stats, cell);
    else list.push({ period: cell.period, stats: { n: cell.n, sum: cell.sum, sumSquares: cell.sumSquares } });
  }
  const kinds = new Map(input.indicators.map((i) => [i.id, i.kind]));
  const figures: ReleasedFigure[] = [];
  const auditCache = new Map<string, Set<string>>();
  for (const [key, byStructure] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [role, indicatorId] = key.split("|") as [RespondentRole, string];
    const kind = kinds.get(indicatorId);
    if (!kind) continue;
    const series = new Map(
      [...byStructure].map(([id, list]) => [id, releaseBefore(list, nextQuarter(input.quarter), input.rules.minCell)]),
    );
    for (const [id, s] of [...series].sort(([a], [b]) => a - b)) figures.push(ownFigure(role, indicatorId, kind, id, s, input.rules));
    const earlierShown = input.earlier.map((r) => r.shown.get(key) ?? []);
    figures.push(...groupFigures({ role, indicatorId, kind, series, known, quarters, earlierShown, rules: input.rules, auditCache }));
  }
  return figures;
}

function ownFigure(
  role: RespondentRole,
  indicatorId: string,
  kind: IndicatorKind,
  id: number,
  series: ReleasedSeries,
  rules: ReleaseRules,
): ReleasedFigure {
  const scope = `structure:${id}`;
  // Peer workers are a handful per structure: their answers are never one structure's figure (rules.ts).
  if (role === "peer_worker")
    return { role, indicatorId, scope, figure: { suppressed: true, reason: "peer_workers" }, detail: { kind: "none" } };
  const figure = series.total.n >= rules.minCell ? shownCell(kind, series.total) : suppressedCell(rules.minCell);
  return { role, indicatorId, scope, figure, detail: { kind: "structure", series } };
}

interface GroupContext {
  role: RespondentRole;
  indicatorId: string;
  kind: IndicatorKind;
  series: ReadonlyMap<number, ReleasedSeries>;
  known: ReadonlyMap<number, BenchmarkStructure>;
  /** Quarters of the earlier releases and, last, of this one. */
  quarters: readonly string[];
  /** Group scopes shown at each earlier release. */
  earlierShown: readonly (readonly string[])[];
  rules: ReleaseRules;
  auditCache: Map<string, Set<string>>;
}

interface GroupDefinition {
  scope: string;
  cells: Set<string>;
  members: BenchmarkStructure[];
}

function groupFigures(ctx: GroupContext): ReleasedFigure[] {
  const eligible = [...ctx.series].filter(([, s]) => s.steps.length > 0).map(([id]) => ctx.known.get(id)!);
  const regions = [...new Set(eligible.map((s) => s.region))].sort();
  const figures: ReleasedFigure[] = [];
  let everyRegionShown = true;
  for (const region of regions) {
    const inRegion = eligible.filter((s) => s.region === region);
    const definitions = regionGroups(region, inRegion);
    const decisions = decideRegion(ctx, region, definitions);
    for (const definition of definitions) {
      const refusal = decisions.get(definition.scope) ?? null;
      if (definition.scope === `group:${region}:region` && refusal) everyRegionShown = false;
      figures.push(groupFigure(ctx, definition, refusal));
    }
  }
  // The nation is the sum of the regions: shown only when every region's figure is, so it adds nothing.
  const national: GroupDefinition = { scope: "national", cells: new Set(), members: eligible };
  const refusal = everyRegionShown ? primaryRefusal(respondentsOf(ctx, eligible), ctx.rules) : "complementary";
  figures.push(groupFigure(ctx, national, refusal));
  return figures;
}

function regionGroups(region: string, members: readonly BenchmarkStructure[]): GroupDefinition[] {
  const group = (name: string, keep: (s: BenchmarkStructure) => boolean): GroupDefinition => {
    const inside = members.filter(keep);
    return { scope: `group:${region}:${name}`, cells: new Set(inside.map(cellOf)), members: inside };
  };
  return [
    group("region", () => true),
    ...STRUCTURE_KINDS.map((kind) => group(`kind:${kind}`, (s) => s.kind === kind)),
    ...SETTINGS.map((setting) => group(`setting:${setting}`, (s) => s.setting === setting)),
  ];
}

/** Structures of the same region, kind and setting belong to exactly the same groups. */
function cellOf(s: Pick<BenchmarkStructure, "kind" | "setting">): string {
  return `${s.kind}/${s.setting}`;
}

function decideRegion(ctx: GroupContext, region: string, definitions: readonly GroupDefinition[]): Map<string, GroupRefusal> {
  const decisions = new Map<string, GroupRefusal>();
  const candidates: AuditedGroup[] = [];
  for (const d of definitions) {
    const refusal = primaryRefusal(respondentsOf(ctx, d.members), ctx.rules);
    if (refusal) decisions.set(d.scope, refusal);
    else candidates.push({ key: d.scope, cells: d.cells });
  }
  if (!ctx.rules.auditDifferences || candidates.length === 0) return decisions;
  const regionScopes = new Set(regionGroups(region, []).map((d) => d.scope));
  const structures: AuditedStructure[] = [...ctx.series]
    .filter(([id, s]) => s.steps.length > 0 && ctx.known.get(id)!.region === region)
    .map(([id, s]) => ({ id, cell: cellOf(ctx.known.get(id)!), entries: entriesOf(s, ctx.quarters) }));
  const shownBefore = new Map(
    ctx.earlierShown.map((scopes, release) => [
      release,
      scopes.filter((scope) => regionScopes.has(scope)).map((scope) => ({ key: scope, cells: cellsOfScope(scope) })),
    ]),
  );
  const signature = JSON.stringify([structures, [...shownBefore], candidates.map((c) => c.key)]);
  let refused = ctx.auditCache.get(signature);
  if (!refused) {
    refused = auditRegion({
      structures,
      current: ctx.quarters.length - 1,
      shownBefore,
      candidates,
      minStructures: ctx.rules.minStructures,
    });
    ctx.auditCache.set(signature, refused);
  }
  for (const scope of refused) decisions.set(scope, "differencing");
  return decisions;
}

/** The cells of a group, from its scope: a kind holds that kind in every setting, a setting every kind. */
function cellsOfScope(scope: string): Set<string> {
  const [, , name, value] = scope.split(":");
  const all = STRUCTURE_KINDS.flatMap((kind) => SETTINGS.map((setting) => ({ kind, setting })));
  const keep = all.filter((c) => (name === "kind" ? c.kind === value : name === "setting" ? c.setting === value : true));
  return new Set(keep.map(cellOf));
}

/** The release at which each of the series' steps entered the figures: the first release at or after its end. */
function entriesOf(series: ReleasedSeries, quarters: readonly string[]): number[] {
  const lastQuarterOfStep = new Map<number, string>();
  for (const q of series.quarters) lastQuarterOfStep.set(q.step, q.period);
  const entries = [...lastQuarterOfStep.values()].map((end) => quarters.findIndex((q) => q >= end));
  return [...new Set(entries.filter((i) => i >= 0))].sort((a, b) => a - b);
}

function respondentsOf(ctx: GroupContext, members: readonly BenchmarkStructure[]): number[] {
  return members.map((m) => ctx.series.get(m.id)!.total.n);
}

function groupFigure(ctx: GroupContext, definition: GroupDefinition, refusal: GroupRefusal | null): ReleasedFigure {
  const base = { role: ctx.role, indicatorId: ctx.indicatorId, scope: definition.scope };
  if (refusal)
    return { ...base, figure: { suppressed: true, reason: refusal, minStructures: ctx.rules.minStructures }, detail: { kind: "none" } };
  const members = definition.members.map((m) => ({ id: m.id, stats: ctx.series.get(m.id)!.total })).sort((a, b) => a.id - b.id);
  const pooled = combine(...members.map((m) => m.stats));
  const cell = shownCell(ctx.kind, pooled);
  const figure: ShownGroupFigure = { structures: members.length, respondents: pooled.n, value: cell.value, ci: cell.ci };
  const values = members.map((m) => (ctx.kind === "score" ? m.stats.sum / m.stats.n : (100 * m.stats.sum) / m.stats.n));
  const at = (p: number) => round1(quantile(values, p));
  if (members.length >= ctx.rules.minStructuresForQuartiles) Object.assign(figure, { median: at(0.5), p25: at(0.25), p75: at(0.75) });
  if (members.length >= ctx.rules.minStructuresForPercentiles) Object.assign(figure, { p10: at(0.1), p90: at(0.9) });
  return { ...base, figure, detail: { kind: "group", pooled, members } };
}
