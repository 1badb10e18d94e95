import fc from "fast-check";
import { SETTINGS, type StructureKind } from "@/domain/structures.ts";
import type { Cell } from "../../../src/domain/benchmark/cells.ts";
import { nextQuarter } from "../../../src/domain/benchmark/periods.ts";
import type { Indicator, RespondentRole } from "../../../src/domain/questionnaire/types.ts";
import {
  buildRelease,
  type BenchmarkStructure,
  type EarlierRelease,
  type ReleasedFigure,
} from "../../../src/domain/release/build-release.ts";
import type { ReleaseRules } from "../../../src/domain/release/rules.ts";

/**
 * Random worlds for the release ledger, and the ledger they get quarter by quarter as src/actions/releases.ts
 * writes it. A world holds structures of a few kinds and settings in one or two regions, and their cells over
 * three to five quarters: structures start at different quarters, some quarters bring data from one or two
 * structures only, some structures answer in the easy-to-read wording too (its cells join the same series),
 * and a breaking version may start a second series in the middle, while some structures stay on the old one.
 */

/** Which questionnaire version a cell's responses answered: the root's, its easy-to-read variant, a breaking one. */
export type Version = "v1" | "falc" | "v2";

export interface TruthCell extends Cell {
  version: Version;
}

export interface SeriesTruth {
  key: string;
  cells: TruthCell[];
}

export interface World {
  minCell: number;
  indicator: Indicator;
  quarters: string[];
  structures: BenchmarkStructure[];
  series: SeriesTruth[];
  /** Index of the quarter of the first reading: the first release of a series covers everything up to it. */
  firstReading: number;
}

export interface Release {
  quarter: string;
  figures: ReleasedFigure[];
}

const REGIONS = [
  { code: "84", departments: ["01", "38", "42", "63", "69", "73"] },
  { code: "27", departments: ["21", "25", "39", "71"] },
];
const KINDS: readonly StructureKind[] = ["gem", "hospital", "cmp"];
export const FIRST_QUARTER = "2025-Q3";

export interface QuarterSpec {
  /** Respondents in the root questionnaire's wording (the breaking version's from the break on). */
  std: number;
  /** Respondents in the easy-to-read wording. */
  falc: number;
  /** Peer workers. */
  peers: number;
  /** Mean value of the quarter's respondents, 0–100 (a score) or their share answering yes (a proportion). */
  level: number;
  spread: number;
}

export interface StructureSpec {
  /** Index into the world's kinds, modulo their number. */
  kind: number;
  /** Index into the world's settings, modulo their number. */
  setting: number;
  region: number;
  department: number;
  /** Quarter index of its first responses. */
  entry: number;
  /** After a breaking version, whether it goes on with a campaign of the old version. */
  keepsOldVersion: boolean;
  quarters: QuarterSpec[];
}

export interface WorldSpec {
  minCell: number;
  kind: Indicator["kind"];
  quarterCount: number;
  twoRegions: boolean;
  /** How many kinds and settings the structures are spread over: few make groups that nearly coincide. */
  kinds: number;
  settings: number;
  structures: StructureSpec[];
  /** Quarter index at which a breaking version starts a second series. */
  breakAt: number | null;
  firstReading: number;
  /** A quarter in which only the first one or two structures with data keep them. */
  sparse: { quarter: number; keep: number } | null;
}

const respondents = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 4, arbitrary: fc.integer({ min: 11, max: 30 }) },
);
const few = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) });

/** A structure answering at its own pace: `std` draws each quarter's respondents in the root wording. */
const structureSpecOf = (std: fc.Arbitrary<number>): fc.Arbitrary<StructureSpec> =>
  fc.record({
    kind: fc.nat({ max: KINDS.length - 1 }),
    setting: fc.nat({ max: SETTINGS.length - 1 }),
    region: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
    department: fc.nat({ max: 5 }),
    entry: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }),
    keepsOldVersion: fc.boolean(),
    quarters: fc.array(
      fc.record({ std, falc: few, peers: few, level: fc.integer({ min: 0, max: 100 }), spread: fc.integer({ min: 0, max: 30 }) }),
      {
        minLength: 5,
        maxLength: 5,
      },
    ),
  });
// Steady structures release a step every quarter, so that groups can change by several structures at once.
const structureSpec = fc.oneof(structureSpecOf(respondents), structureSpecOf(fc.integer({ min: 11, max: 30 })));

export const worldSpec: fc.Arbitrary<WorldSpec> = fc.record({
  minCell: fc.constantFrom(5, 11),
  kind: fc.constantFrom("score" as const, "proportion" as const),
  quarterCount: fc.integer({ min: 3, max: 5 }),
  twoRegions: fc.boolean(),
  kinds: fc.integer({ min: 1, max: KINDS.length }),
  settings: fc.integer({ min: 1, max: SETTINGS.length }),
  structures: fc.integer({ min: 4, max: 14 }).chain((n) => fc.array(structureSpec, { minLength: n, maxLength: n })),
  breakAt: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  firstReading: fc.integer({ min: 0, max: 4 }),
  sparse: fc.option(fc.record({ quarter: fc.integer({ min: 1, max: 4 }), keep: fc.integer({ min: 1, max: 2 }) }), { nil: null }),
});

export function quartersFrom(first: string, count: number): string[] {
  const quarters = [first];
  while (quarters.length < count) quarters.push(nextQuarter(quarters[quarters.length - 1]!));
  return quarters;
}

/** Statistics of n values around a level: integers, so that sums are exact. */
function statsOf(kind: Indicator["kind"], n: number, level: number, spread: number) {
  if (kind === "proportion") {
    const yes = Math.round((level / 100) * n);
    return { n, sum: yes, sumSquares: yes };
  }
  const low = Math.max(0, level - spread);
  const high = Math.min(100, level + spread);
  const half = Math.floor(n / 2);
  return { n, sum: half * low + (n - half) * high, sumSquares: half * low * low + (n - half) * high * high };
}

export function worldOf(spec: WorldSpec): World {
  const quarters = quartersFrom(FIRST_QUARTER, spec.quarterCount);
  const structures: BenchmarkStructure[] = spec.structures.map((s, i) => {
    const region = REGIONS[spec.twoRegions ? s.region : 0]!;
    return {
      id: i + 1,
      kind: KINDS[s.kind % spec.kinds]!,
      setting: SETTINGS[s.setting % spec.settings]!,
      department: region.departments[s.department % region.departments.length]!,
      region: region.code,
    };
  });
  const active = (s: StructureSpec, t: number) => t >= s.entry;
  const cells: TruthCell[] = [];
  spec.structures.forEach((s, i) => {
    quarters.forEach((period, t) => {
      if (!active(s, t)) return;
      if (spec.sparse && spec.sparse.quarter === t) {
        const withData = spec.structures.flatMap((o, k) => (active(o, t) && o.quarters[t]!.std > 0 ? [k] : []));
        if (!withData.slice(0, spec.sparse.keep).includes(i)) return;
      }
      const q = s.quarters[t]!;
      const broken = spec.breakAt !== null && t >= spec.breakAt;
      const std: Version = broken && !s.keepsOldVersion ? "v2" : "v1";
      const add = (role: RespondentRole, version: Version, n: number) => {
        if (n > 0)
          cells.push({ structureId: i + 1, role, period, indicatorId: "hope", version, ...statsOf(spec.kind, n, q.level, q.spread) });
      };
      add("patient", std, q.std);
      add("patient", "falc", q.falc);
      add("peer_worker", std, q.peers);
    });
  });
  const indicator: Indicator =
    spec.kind === "score"
      ? { id: "hope", kind: "score", dimension: "hope", title: { fr: "Espoir", en: "Hope" } }
      : { id: "hope", kind: "proportion", dimension: "hope", threshold: 75, title: { fr: "Espoir", en: "Hope" } };
  const series: SeriesTruth[] = [{ key: "experience@1", cells: cells.filter((c) => c.version !== "v2") }];
  if (spec.breakAt !== null) series.push({ key: `experience@2`, cells: cells.filter((c) => c.version === "v2") });
  return { minCell: spec.minCell, indicator, quarters, structures, series, firstReading: spec.firstReading };
}

/** The group scopes a release showed, by role and indicator: what the next release is audited against. */
export function shownGroups(figures: readonly ReleasedFigure[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const f of figures) {
    if (!f.scope.startsWith("group:") || "suppressed" in f.figure) continue;
    const key = `${f.role}|${f.indicatorId}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f.scope);
  }
  return groups;
}

/**
 * A series' releases as the release step writes them: the first at the first reading (or the series' first
 * quarter, if later) holds everything up to it, then one per quarter. Each is made early in the next quarter,
 * when that quarter's first cells already exist; later cells do not exist yet.
 */
export function runReleases(world: World, series: SeriesTruth, rules: ReleaseRules): Release[] {
  const first = world.quarters.findIndex((q) => series.cells.some((c) => c.period === q));
  if (first < 0) return [];
  const releases: Release[] = [];
  const earlier: EarlierRelease[] = [];
  for (const quarter of world.quarters.slice(Math.max(first, world.firstReading))) {
    const cells = series.cells.filter((c) => c.period <= nextQuarter(quarter));
    const figures = buildRelease({
      quarter,
      earlier: [...earlier],
      structures: world.structures,
      indicators: [world.indicator],
      cells,
      rules,
    });
    releases.push({ quarter, figures });
    earlier.push({ quarter, shown: shownGroups(figures) });
  }
  return releases;
}
