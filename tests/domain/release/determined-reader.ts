import { indicatorValue, round1 } from "../../../src/domain/benchmark/figures.ts";
import { quarterEnd } from "../../../src/domain/benchmark/periods.ts";
import type { RespondentRole } from "../../../src/domain/questionnaire/types.ts";
import type { BenchmarkStructure, ShownGroupFigure } from "../../../src/domain/release/build-release.ts";
import type { ReleaseRules } from "../../../src/domain/release/rules.ts";
import { funnelView } from "../../../src/domain/release/views/funnel-view.ts";
import type { LedgerRows } from "../../../src/domain/release/views/ledger-rows.ts";
import { regionView } from "../../../src/domain/release/views/region-view.ts";
import { structureScopes, structureView } from "../../../src/domain/release/views/structure-view.ts";
import { combine, NO_OBSERVATIONS, type SufficientStatistics } from "../../../src/domain/statistics/sufficient-statistics.ts";
import { disclosedSets, show, showCombination, type Atom, type Observation, type SetDisclosure } from "../../support/linear-attack.ts";
import { runReleases, type Release, type SeriesTruth, type World } from "./release-world.ts";

/**
 * The determined reader of the release ledger. Every caller reads every view at every release — the public
 * every region's figures, each structure's manager its report (own figure, trend, groups) and its funnel, each
 * region's coordinator every structure of the region — and writes each figure shown as an equation over
 * atoms "structure, quarter, wording" (its respondents; its sum of values is the same combination of the same
 * atoms, so it gives the same equations with other values). What a figure covers comes from the ground truth,
 * not from the ledger: each member's quarters released by its cut-off under R2 (disclosure.ts), and the test
 * checks that they add up to what the view shows. The exact solver (tests/support/linear-attack.ts) then looks
 * for any combination singling out fewer structures than the rules allow for that caller.
 */

export interface Reading {
  /** Combinations singling out structures, as a reader would compute them. */
  disclosures: string[];
  /** Shown figures breaking a per-figure rule, or not matching the ground truth. */
  faults: string[];
  /** The public's equations, by series and role (to tell an empty world from a safe one, and to re-solve). */
  publicSystems: { name: string; observations: Observation[]; atoms: Map<string, Atom[]> }[];
}

const ROLES: readonly RespondentRole[] = ["patient", "peer_worker"];

/** What a role's cells say of each structure, quarter by quarter. */
class Truth {
  private readonly byStructure = new Map<number, Map<string, { stats: SufficientStatistics; atoms: Atom[] }>>();

  constructor(
    readonly world: World,
    series: SeriesTruth,
    readonly role: RespondentRole,
  ) {
    for (const c of series.cells) {
      if (c.role !== role) continue;
      const quarters = this.byStructure.get(c.structureId) ?? this.byStructure.set(c.structureId, new Map()).get(c.structureId)!;
      const q = quarters.get(c.period) ?? quarters.set(c.period, { stats: NO_OBSERVATIONS, atoms: [] }).get(c.period)!;
      q.stats = combine(q.stats, c);
      q.atoms.push(atomOf(c.structureId, c.period, c.version));
    }
  }

  atomsByStructure(): Map<string, Atom[]> {
    return new Map(
      this.world.structures.map((s) => [String(s.id), [...(this.byStructure.get(s.id)?.values() ?? [])].flatMap((q) => q.atoms)]),
    );
  }

  /** R2: quarters up to `quarter` taken in steps of at least minCell respondents; a pending step is not released. */
  released(id: number, quarter: string): string[] {
    const quarters = [...(this.byStructure.get(id) ?? new Map<string, { stats: SufficientStatistics }>())]
      .filter(([period, q]) => period <= quarter && q.stats.n > 0)
      .map(([period]) => period)
      .sort();
    const out: string[] = [];
    let pending: string[] = [];
    let n = 0;
    for (const period of quarters) {
      pending.push(period);
      n += this.byStructure.get(id)!.get(period)!.stats.n;
      if (n >= this.world.minCell) {
        out.push(...pending);
        pending = [];
        n = 0;
      }
    }
    return out;
  }

  coverage(id: number, quarters: readonly string[]): { atoms: Atom[]; stats: SufficientStatistics } {
    const own = this.byStructure.get(id)!;
    return { atoms: quarters.flatMap((q) => own.get(q)!.atoms), stats: combine(...quarters.map((q) => own.get(q)!.stats)) };
  }

  /** Members of a group at a release: the structures of its scope with released data. */
  members(scope: string, quarter: string): BenchmarkStructure[] {
    const [, region, name, value] = scope.split(":");
    return this.world.structures.filter(
      (s) =>
        (scope === "national" ||
          (s.region === region && (name === "kind" ? s.kind === value : name === "setting" ? s.setting === value : true))) &&
        this.released(s.id, quarter).length > 0,
    );
  }
}

const atomOf = (id: number, quarter: string, version: string) => `${id}:${quarter}:${version}`;

/** Every caller's equations for one series and role, and the faults seen on the way. */
function readSeries(world: World, series: SeriesTruth, role: RespondentRole, releases: readonly Release[], rules: ReleaseRules) {
  const truth = new Truth(world, series, role);
  const faults: string[] = [];
  const regions = [...new Set(world.structures.map((s) => s.region))].sort();
  const publicEquations = new Map<string, Observation>();
  const managers = new Map(world.structures.map((s) => [s.id, new Map<string, Observation>()]));
  const coordinators = new Map(regions.map((r) => [r, new Map<string, Observation>()]));
  const indicator = world.indicator;
  const at = (quarter: string) => `${series.key} ${role} @${quarter}`;

  const add = (into: Map<string, Observation>, o: Observation) => {
    const before = into.get(o.label);
    if (before && (before.value !== o.value || JSON.stringify(before.form) !== JSON.stringify(o.form)))
      faults.push(`${o.label}: read twice with different contents`);
    into.set(o.label, o);
  };
  const releaseOf = (cutoff: string | undefined, current: number) =>
    cutoff === undefined ? current : releases.findIndex((r) => quarterEnd(r.quarter) === cutoff);

  /** A shown group figure as an equation, after checking it against the ground truth and the per-figure rules. */
  const groupEquation = (scope: string, release: number, figure: ShownGroupFigure): Observation => {
    const quarter = releases[release]!.quarter;
    const label = `${at(quarter)} ${scope}`;
    const members = truth.members(scope, quarter);
    const parts = members.map((m) => truth.coverage(m.id, truth.released(m.id, quarter)));
    const pooled = combine(...parts.map((p) => p.stats));
    const row = releases[release]!.figures.find((f) => f.scope === scope && f.role === role);
    const ledgerMembers = row?.detail.kind === "group" ? row.detail.members.map((m) => m.id) : null;
    if (JSON.stringify(ledgerMembers) !== JSON.stringify(members.map((m) => m.id)))
      faults.push(
        `${label}: members ${JSON.stringify(ledgerMembers)} in the ledger, ${JSON.stringify(members.map((m) => m.id))} by the truth`,
      );
    if (
      figure.respondents !== pooled.n ||
      figure.structures !== members.length ||
      figure.value !== round1(indicatorValue(indicator.kind, pooled))
    )
      faults.push(
        `${label}: shows ${figure.structures} structures, n ${figure.respondents}, ${figure.value}; the truth gives ${members.length}, ${pooled.n}, ${round1(indicatorValue(indicator.kind, pooled))}`,
      );
    if (figure.structures < rules.minStructures) faults.push(`${label}: ${figure.structures} structures`);
    if (figure.respondents < rules.minCell) faults.push(`${label}: ${figure.respondents} respondents`);
    const largest = Math.max(...parts.map((p) => p.stats.n));
    if (largest > rules.maxDominance * pooled.n) faults.push(`${label}: one structure holds ${largest} of ${pooled.n} respondents`);
    if (figure.median !== undefined && figure.structures < rules.minStructuresForQuartiles)
      faults.push(`${label}: quartiles of ${figure.structures} structures`);
    if (figure.p10 !== undefined && figure.structures < rules.minStructuresForPercentiles)
      faults.push(`${label}: percentiles of ${figure.structures} structures`);
    return { label, form: Object.fromEntries(parts.flatMap((p) => p.atoms).map((a) => [a, 1])), value: pooled.n };
  };

  /** A figure about one structure's own quarters (its figure, a trend point, its funnel point). */
  const ownEquation = (label: string, id: number, quarters: readonly string[], n: number): Observation => {
    const { atoms, stats } = truth.coverage(id, quarters);
    if (stats.n !== n) faults.push(`${label}: shows n ${n}, the truth gives ${stats.n}`);
    return { label, form: Object.fromEntries(atoms.map((a) => [a, 1])), value: n };
  };

  releases.forEach((release, k) => {
    const ledger: LedgerRows = {
      rows: releases
        .slice(0, k + 1)
        .reverse()
        .flatMap((r) => r.figures.map((f) => ({ ...f, cutoff: quarterEnd(r.quarter) }))),
      cutoff: quarterEnd(release.quarter),
    };
    const common = { ledger, indicators: [indicator], role, minCell: world.minCell };

    // The public: every region's open figures.
    for (const region of regions) {
      const view = regionView({ ...common, region }).roles[0]?.indicators[0];
      if (!view) continue;
      const groups = [
        ["region", view.overall],
        ...Object.entries(view.byKind).map(([kind, g]) => [`kind:${kind}`, g] as const),
        ...Object.entries(view.bySetting).map(([setting, g]) => [`setting:${setting}`, g] as const),
      ] as const;
      for (const [name, g] of groups) {
        if ("suppressed" in g) continue;
        const equation = groupEquation(`group:${region}:${name}`, releaseOf(g.cutoff, k), g);
        add(publicEquations, equation);
        for (const m of managers.values()) add(m, equation);
        for (const c of coordinators.values()) add(c, equation);
      }
    }

    // Each structure's report and funnel, read by its managers and its region's coordinators.
    for (const structure of world.structures) {
      const readers = [managers.get(structure.id)!, coordinators.get(structure.region)!];
      const read = (o: Observation) => readers.forEach((r) => add(r, o));
      const name = `${at(release.quarter)} structure:${structure.id}`;
      const ownQuarters = truth.released(structure.id, release.quarter);
      for (const granularity of ["quarter", "year"] as const) {
        const view = structureView({ ...common, structure, granularity }).roles[0]?.indicators[0];
        if (!view) continue;
        if (role === "peer_worker" && (!("suppressed" in view.structure) || view.trend.length > 0))
          faults.push(`${name}: a peer workers' figure of one structure`);
        if (!("suppressed" in view.structure)) read(ownEquation(`${name} own`, structure.id, ownQuarters, view.structure.n));
        for (const point of view.trend) {
          if ("suppressed" in point) continue;
          const inPeriod = ownQuarters.filter((q) => q.startsWith(point.period));
          read(ownEquation(`${name} trend ${point.period}`, structure.id, inPeriod, point.n));
        }
        const [, ...scopes] = structureScopes(structure);
        const groups = [view.groups.region, view.groups.kind, view.groups.setting, view.groups.national];
        groups.forEach((g, i) => {
          if (!("suppressed" in g)) read(groupEquation(scopes[i]!, releaseOf(g.cutoff, k), g));
        });
        if (view.rollUp?.region) read(groupEquation(scopes[0]!, releaseOf(view.rollUp.region.cutoff, k), view.rollUp.region));
      }
      const frame = funnelView({ ...common, structure }).roles[0]?.indicators[0]?.groups.region;
      if (frame && "points" in frame) {
        const frameRelease = releaseOf(frame.cutoff, k);
        const frameQuarter = releases[frameRelease]!.quarter;
        const members = truth.members(`group:${structure.region}:region`, frameQuarter);
        if (frame.points.length !== (role === "peer_worker" ? 0 : members.length))
          faults.push(`${name} funnel: ${frame.points.length} points for ${members.length} structures`);
        for (const point of frame.points) {
          // Other structures' points are rounded (n to 5, value to a unit): no equation, only a check.
          if (point.own) read(ownEquation(`${name} funnel own`, structure.id, truth.released(structure.id, frameQuarter), point.n));
          else if (point.n % 5 !== 0 || !Number.isInteger(point.value)) faults.push(`${name} funnel: an exact point of another structure`);
        }
      }
    }
  });

  // The solver: any combination about fewer structures than the rules allow, for each caller.
  const atoms = truth.atomsByStructure();
  const disclosures: string[] = [];
  const report = (caller: string, found: readonly SetDisclosure[]) => {
    for (const d of found) {
      const form = Object.entries(d.example.form)
        .map(([a, k]) => `${show(k)}·(${a})`)
        .join(" + ");
      disclosures.push(`${caller} singles out structures ${d.structures.join(", ")}: ${form} = ${showCombination(d.example.from)}`);
    }
  };
  const equations = (m: Map<string, Observation>) => [...m.values()];
  report(`the public (${series.key}, ${role})`, disclosedSets(equations(publicEquations), atoms, [], 3));
  for (const [id, m] of managers)
    report(`the manager of ${id} (${series.key}, ${role})`, disclosedSets(equations(m), atoms, [String(id)], 2));
  for (const [region, m] of coordinators) {
    const own = world.structures.filter((s) => s.region === region).map((s) => String(s.id));
    report(`the coordinator of ${region} (${series.key}, ${role})`, disclosedSets(equations(m), atoms, own, 2));
  }
  return { disclosures, faults, publicSystem: { name: `${series.key}, ${role}`, observations: equations(publicEquations), atoms } };
}

/**
 * Releases every series of the world under the rules, then reads them as every caller would.
 * @example
 * readWorld(worldOf(spec), releaseRules(11)) // → { disclosures: [], faults: [], publicSystems: [{ name: "experience@1, patient", … }, …] }
 */
export function readWorld(world: World, rules: ReleaseRules): Reading {
  const reading: Reading = { disclosures: [], faults: [], publicSystems: [] };
  for (const series of world.series) {
    const releases = runReleases(world, series, rules);
    for (const role of ROLES) {
      const { disclosures, faults, publicSystem } = readSeries(world, series, role, releases, rules);
      reading.disclosures.push(...disclosures);
      reading.faults.push(...faults);
      reading.publicSystems.push(publicSystem);
    }
  }
  return reading;
}
