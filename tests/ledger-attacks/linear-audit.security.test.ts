import { describe, expect, it } from "vitest";
import type { Setting, StructureKind } from "@/domain/structures.ts";
import { regionOfDepartment } from "../../src/domain/territory.ts";
import { determine, type HiddenQuantity, type Observation, show, showCombination, smallestDisclosed } from "../support/linear-attack.ts";
import type { TestApp } from "../support/test-app.ts";
import {
  attackApp,
  campaign,
  campaignList,
  FALC,
  funnel,
  get,
  IN,
  isShown,
  MIN_CELL,
  patientIndicator,
  place,
  regionReport,
  respond,
  ROOT,
  staff,
  structureReport,
  type Group,
  type Staff,
} from "./world.ts";

/**
 * Every view at once, judged by the linear audit (tests/support/linear-attack.ts). A small region is built
 * through the API over two quarters; one structure's manager and an anonymous visitor read everything they
 * may — the manager's reports and funnels for the questionnaire and its easy-to-read variant, the campaign
 * list, the public regional figures, the directory — before and after a quarter closes. Each respondent
 * count shown becomes an equation over atoms "structure, wording, quarter" whose true values the test knows,
 * and the audit decides what those equations determine. After the fix nothing hidden follows: no count of
 * the manager's own below the threshold, and no combination singling out one or two other structures.
 */

type Variant = "std" | "falc";
interface Batch {
  quarter: string;
  variant: Variant;
  n: number;
  level: number;
}
interface Spec {
  key: string;
  name: string;
  kind: StructureKind;
  setting: Setting;
  department: string;
  joins: string;
  batches: Batch[];
}

/** Region 84. V is the reader's structure; N joins in Q2. */
const WORLD: Spec[] = [
  {
    key: "V",
    name: "GEM Les Traboules",
    kind: "gem",
    setting: "urban",
    department: "69",
    joins: "2026-Q1",
    batches: [
      { quarter: "2026-Q1", variant: "falc", n: 11, level: 4 },
      { quarter: "2026-Q1", variant: "std", n: 5, level: 2 },
    ],
  },
  {
    key: "A",
    name: "GEM de Grenoble",
    kind: "gem",
    setting: "urban",
    department: "38",
    joins: "2026-Q1",
    batches: [{ quarter: "2026-Q1", variant: "std", n: 12, level: 3 }],
  },
  {
    key: "B",
    name: "CH de Bourg-en-Bresse",
    kind: "hospital",
    setting: "urban",
    department: "01",
    joins: "2026-Q1",
    batches: [{ quarter: "2026-Q1", variant: "std", n: 13, level: 2 }],
  },
  {
    key: "C",
    name: "GEM du Forez",
    kind: "gem",
    setting: "rural",
    department: "42",
    joins: "2026-Q1",
    batches: [{ quarter: "2026-Q1", variant: "std", n: 14, level: 4 }],
  },
  {
    key: "D",
    name: "CMP de Clermont",
    kind: "cmp",
    setting: "intermediate",
    department: "63",
    joins: "2026-Q1",
    batches: [{ quarter: "2026-Q1", variant: "std", n: 15, level: 3 }],
  },
  {
    key: "N",
    name: "GEM Nouveau Souffle",
    kind: "gem",
    setting: "urban",
    department: "73",
    joins: "2026-Q2",
    batches: [{ quarter: "2026-Q2", variant: "std", n: 11, level: 5 }],
  },
];

const atomOf = (key: string, b: Pick<Batch, "variant" | "quarter">) => `${key}:${b.variant}:${b.quarter}`;
const TRUTH = new Map(WORLD.flatMap((s) => s.batches.map((b) => [atomOf(s.key, b), b.n] as const)));
const ATOMS_BY_STRUCTURE = Object.fromEntries(WORLD.map((s) => [s.key, s.batches.map((b) => atomOf(s.key, b))]));

/**
 * The atoms of a structure's released data (R2: quarters before the reading's, taken in steps of at least
 * MIN_CELL respondents) within the wordings of a pool.
 */
function released(spec: Spec, pool: readonly Variant[], reading: string): string[] {
  const quarters = [...new Set(spec.batches.map((b) => b.quarter))].filter((q) => q < reading).sort();
  const out: string[] = [];
  let pending: string[] = [];
  let n = 0;
  for (const quarter of quarters) {
    for (const b of spec.batches) {
      if (b.quarter !== quarter || !pool.includes(b.variant)) continue;
      pending.push(atomOf(spec.key, b));
      n += b.n;
    }
    if (n >= MIN_CELL) {
      out.push(...pending);
      pending = [];
      n = 0;
    }
  }
  return out;
}

const total = (atoms: readonly string[]) => atoms.reduce((n, a) => n + TRUTH.get(a)!, 0);

/**
 * What a figure covers, from the ground truth. The variant's slug may cover the variant alone or the whole
 * pool, and a group may hold every eligible structure or (were a release deferred) only some of them: the
 * covering whose true counts match what was shown is taken — every eligible structure first, else the one
 * subset that matches. A figure nothing explains, or that two coverings explain alike, fails the test: the
 * ground truth would be wrong or ambiguous, and so would any conclusion drawn from it.
 */
function explain(
  label: string,
  slug: string,
  reading: string,
  members: (s: Spec) => boolean,
  shown: { n: number; structures?: number },
  within: (quarter: string) => boolean = () => true,
): Observation {
  const pools: Variant[][] = slug === FALC ? [["falc"], ["std", "falc"]] : [["std", "falc"]];
  const cover = (pool: Variant[], structures: readonly Spec[]) =>
    structures.flatMap((s) => released(s, pool, reading)).filter((a) => within(a.split(":")[2]!));
  const matches = (atoms: string[], count: number) =>
    total(atoms) === shown.n && (shown.structures === undefined || shown.structures === count);
  const found: string[][] = [];
  for (const pool of pools) {
    const eligible = WORLD.filter((s) => members(s) && total(released(s, pool, reading)) >= MIN_CELL);
    if (matches(cover(pool, eligible), eligible.length)) found.push(cover(pool, eligible));
  }
  if (found.length === 0) {
    for (const pool of pools) {
      const eligible = WORLD.filter((s) => members(s) && total(released(s, pool, reading)) >= MIN_CELL);
      for (let subset = 1; subset < 2 ** eligible.length - 1; subset++) {
        const chosen = eligible.filter((_, i) => subset & (2 ** i));
        if (matches(cover(pool, chosen), chosen.length)) found.push(cover(pool, chosen));
      }
    }
  }
  const distinct = [...new Map(found.map((atoms) => [[...atoms].sort().join(" "), atoms])).values()];
  if (distinct.length !== 1)
    throw new Error(`${label}: ${JSON.stringify(shown)} is explained by ${distinct.length} coverings of the ground truth`);
  return { label, form: Object.fromEntries(distinct[0]!.map((a) => [a, 1])), value: shown.n };
}

const inRegion = (s: Spec) => regionOfDepartment(s.department) === "84";

/** Everything the manager of V and an anonymous visitor read at one moment, as observations. */
async function readEverything(t: TestApp, manager: Staff, ids: Map<string, number>, reading: string): Promise<Observation[]> {
  const v = WORLD[0]!;
  const viewer = ids.get("V")!;
  const headers = await manager.headers();
  const observations: Observation[] = [];
  const readerGroups = {
    region: (s: Spec) => inRegion(s),
    kind: (s: Spec) => inRegion(s) && s.kind === v.kind,
    setting: (s: Spec) => inRegion(s) && s.setting === v.setting,
    national: () => true,
  };
  const group = (label: string, slug: string, members: (s: Spec) => boolean, g: Group | undefined) => {
    if (isShown(g)) observations.push(explain(label, slug, reading, members, { n: g.respondents, structures: g.structures }));
  };
  for (const slug of [ROOT, FALC]) {
    const at = `${reading} ${slug}`;
    // The manager's report: the structure's own figure, its trend and its comparison groups.
    const report = await structureReport(t, viewer, headers, slug);
    if (report.roles.some((r) => r.role === "patient")) {
      const indicator = patientIndicator(report);
      if (!("suppressed" in indicator.structure))
        observations.push(explain(`${at} report: own figure`, slug, reading, (s) => s === v, { n: indicator.structure.n }));
      for (const point of indicator.trend) {
        if ("suppressed" in point) continue;
        const inPeriod = (quarter: string) => quarter.startsWith(point.period);
        observations.push(explain(`${at} report: trend ${point.period}`, slug, reading, (s) => s === v, { n: point.n }, inPeriod));
      }
      for (const [name, members] of Object.entries(readerGroups))
        group(`${at} report: ${name}`, slug, members, indicator.groups[name as keyof typeof readerGroups]);
    }
    // The funnel: an exact point set adds up to its group's respondents; the own point is the own figure.
    const plot = await funnel(t, viewer, headers, slug);
    if (plot.roles.some((r) => r.role === "patient")) {
      for (const [name, g] of Object.entries(patientIndicator(plot).groups)) {
        if (!("points" in g) || !g.points) continue;
        const members = readerGroups[name as keyof typeof readerGroups];
        if (!members) throw new Error(`funnel group ${name} has no ground truth here`);
        // Other structures' points are rounded (n to 5): their sum is no exact equation, only the own point is.
        if (g.points.every((p) => p.own || p.n % 5 !== 0)) {
          const sum = g.points.reduce((n, p) => n + p.n, 0);
          observations.push(explain(`${at} funnel: ${name} points`, slug, reading, members, { n: sum, structures: g.points.length }));
        }
        const own = g.points.find((p) => p.own);
        if (own) observations.push(explain(`${at} funnel: ${name} own point`, slug, reading, (s) => s === v, { n: own.n }));
      }
    }
    // The observatory's open figures, read without signing in.
    const open = await regionReport(t, "84", slug);
    if (open.roles.some((r) => r.role === "patient")) {
      const indicator = patientIndicator(open);
      group(`${at} public: overall`, slug, inRegion, indicator.overall);
      for (const [kind, g] of Object.entries(indicator.byKind))
        group(`${at} public: ${kind}`, slug, (s) => inRegion(s) && s.kind === kind, g);
      for (const [setting, g] of Object.entries(indicator.bySetting))
        group(`${at} public: ${setting}`, slug, (s) => inRegion(s) && s.setting === setting, g);
    }
  }
  // The campaign list counts live, today's responses included.
  const { campaigns } = await campaignList(t, viewer, headers);
  for (const c of campaigns) {
    if (typeof c.responses !== "number") continue;
    const variant: Variant = c.questionnaire === FALC ? "falc" : "std";
    const atoms = v.batches.filter((b) => b.variant === variant && b.quarter <= reading).map((b) => atomOf("V", b));
    if (total(atoms) !== c.responses) throw new Error(`campaign ${c.code}: ${c.responses} is not explained by the ground truth`);
    observations.push({
      label: `${reading} campaigns: ${c.questionnaire}`,
      form: Object.fromEntries(atoms.map((a) => [a, 1])),
      value: c.responses,
    });
  }
  return observations;
}

describe("Attack: every view at once, under the linear audit", () => {
  it("Should let the manager of one structure and the public determine nothing that disclosure control hides", async () => {
    const t = await attackApp();
    const admin = await staff(t, "admin");
    const ids = new Map<string, number>();
    let manager: Staff | undefined;
    const observations: Observation[] = [];
    for (const quarter of ["2026-Q1", "2026-Q2"]) {
      t.setNow(IN[quarter]!);
      // Readings open each quarter after the first: the quarter before has just closed.
      if (manager) observations.push(...(await readEverything(t, manager, ids, quarter)));
      for (const spec of WORLD) {
        if (spec.joins === quarter) ids.set(spec.key, (await place(t, spec)).id);
        for (const variant of ["falc", "std"] as const) {
          const batch = spec.batches.find((b) => b.quarter === quarter && b.variant === variant);
          if (!batch) continue;
          const slug = variant === "falc" ? FALC : ROOT;
          await respond(t, await campaign(t, admin, ids.get(spec.key)!, slug), batch.n, batch.level, slug);
        }
      }
      manager ??= await staff(t, "manager", { structureIds: [ids.get("V")!] });
    }
    t.setNow(IN["2026-Q3"]!);
    observations.push(...(await readEverything(t, manager!, ids, "2026-Q3")));
    const directory = await get<{ structures: { id: number; name: string }[] }>(t, "/api/structures?region=84");
    const nameOf = (key: string) => directory.structures.find((s) => s.id === ids.get(key))?.name ?? key;
    expect(observations.length).toBeGreaterThan(10);

    // Hidden: the reader's own counts below the threshold, and every other structure's own counts.
    const hidden: HiddenQuantity[] = [
      ...WORLD[0]!.batches
        .filter((b) => b.n < MIN_CELL)
        .map((b) => ({
          label: `${nameOf("V")}, ${b.variant === "std" ? "standard" : "easy-to-read"} wording, ${b.quarter}`,
          form: { [atomOf("V", b)]: 1 },
        })),
      ...WORLD.slice(1).map((s) => ({
        label: `${nameOf(s.key)}, all respondents`,
        form: Object.fromEntries(ATOMS_BY_STRUCTURE[s.key]!.map((a) => [a, 1])),
      })),
    ];
    const recovered = determine(observations, hidden)
      .filter((d) => d.determined)
      .map((d) => `${d.label} = ${show(d.value!)} ← ${showCombination(d.from!)}`);
    const knownValues = Object.fromEntries(ATOMS_BY_STRUCTURE["V"]!.map((a) => [a, TRUTH.get(a)!]));
    const singledOut = smallestDisclosed(observations, ATOMS_BY_STRUCTURE, ["V"], knownValues).flatMap((d) =>
      d.combinations.map(
        (c) =>
          `${d.structures.map(nameOf).join(" + ")}: ${Object.entries(c.form)
            .map(([a, k]) => `${show(k)}·${a}`)
            .join(" + ")} = ${c.value ? show(c.value) : "?"} ← ${showCombination(c.from)}`,
      ),
    );
    expect({ recovered, singledOut }, "what the readings determine").toEqual({ recovered: [], singledOut: [] });
  });
});
