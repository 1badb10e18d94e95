import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFunnel, type Funnel } from "@/domain/benchmark/build-funnel.ts";
import { buildRegionReport, type RegionReport } from "@/domain/benchmark/build-region-report.ts";
import { buildStructureReport, type StructureReport } from "@/domain/benchmark/build-report.ts";
import { addToCells, type Cell, responseCells } from "@/domain/benchmark/cells.ts";
import type { BenchmarkStructure } from "@/domain/benchmark/comparison-groups.ts";
import { MIN_OTHER_STRUCTURES, MIN_PUBLIC_STRUCTURES, releaseSeries } from "@/domain/benchmark/disclosure.ts";
import type { GroupFigure, ShownGroup } from "@/domain/benchmark/group-figures.ts";
import type { Granularity } from "@/domain/benchmark/periods.ts";
import type { TrendPoint } from "@/domain/benchmark/trend.ts";
import { releaseCells } from "@/domain/benchmark/released-data.ts";
import type { Indicator, RespondentRole } from "@/domain/questionnaire/types.ts";

/*
 * Disclosure control for all inputs: random structures (two regions, three kinds, two settings), random
 * cells over ten quarters (many small ones), a random threshold in 5..15, reports made on successive days.
 * The checks read only what the reports show, as an attacker would.
 */

const QUARTERS = ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
/** Successive report days: the first sees 2026-Q1 as the last completed quarter, the next ones one more. */
const DAYS = ["2026-05-14", "2026-08-14", "2026-11-14"];
const ROLES: RespondentRole[] = ["patient", "professional"];
const title = { fr: "x", en: "x" };
const INDICATORS: Indicator[] = [
  { id: "s", kind: "score", dimension: "d", title },
  { id: "p", kind: "proportion", dimension: "d", threshold: 50, title },
];

interface Dataset {
  minCell: number;
  structures: BenchmarkStructure[];
  cells: Cell[];
}

// Lopsided kinds and a large region, so that partitions with one or two structures left over are common.
const structureArb = fc.record({
  region: fc.constantFrom("84", "84", "84", "11"),
  kind: fc.constantFrom("gem" as const, "gem" as const, "cmp" as const, "hospital" as const),
  setting: fc.constantFrom("urban" as const, "rural" as const),
  department: fc.constantFrom(0, 1),
});

/** Many empty and small cells, some large: release steps then span one to several quarters. */
const cellArb = fc.record({
  n: fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 3 },
    { arbitrary: fc.integer({ min: 7, max: 18 }), weight: 3 },
  ),
  a: fc.integer({ min: 0, max: 100 }),
  b: fc.integer({ min: 0, max: 100 }),
  k: fc.nat(),
});

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({ minCell: fc.integer({ min: 5, max: 15 }), structures: fc.array(structureArb, { minLength: 4, maxLength: 13 }) })
  .chain(({ minCell, structures }) =>
    fc
      .array(cellArb, {
        minLength: structures.length * ROLES.length * QUARTERS.length,
        maxLength: structures.length * ROLES.length * QUARTERS.length,
      })
      .map((raw) => {
        const list: BenchmarkStructure[] = structures.map((s, i) => ({
          id: i + 1,
          kind: s.kind,
          setting: s.setting,
          region: s.region,
          department: s.region === "84" ? ["69", "38"][s.department]! : "75",
        }));
        const cells: Cell[] = [];
        raw.forEach(({ n, a, b, k }, i) => {
          if (n === 0) return;
          const structureId = Math.floor(i / (ROLES.length * QUARTERS.length)) + 1;
          const role = ROLES[Math.floor(i / QUARTERS.length) % ROLES.length]!;
          const period = QUARTERS[i % QUARTERS.length]!;
          const half = Math.floor(n / 2);
          const successes = k % (n + 1);
          cells.push(
            {
              structureId,
              role,
              period,
              indicatorId: "s",
              n,
              sum: half * a + (n - half) * b,
              sumSquares: half * a * a + (n - half) * b * b,
            },
            { structureId, role, period, indicatorId: "p", n, sum: successes, sumSquares: successes },
          );
        });
        return { minCell, structures: list, cells };
      }),
  );

interface View {
  quarter: StructureReport;
  year: StructureReport;
  funnel: Funnel;
  regions: Map<string, RegionReport>;
}

function view(data: Dataset, viewer: BenchmarkStructure, today: string, cells = data.cells): View {
  const input = { structure: viewer, structures: data.structures, indicators: INDICATORS, cells, today, minCell: data.minCell };
  const regions = new Map(["84", "11"].map((region) => [region, buildRegionReport({ ...input, region })]));
  return {
    quarter: buildStructureReport({ ...input, granularity: "quarter" }),
    year: buildStructureReport({ ...input, granularity: "year" }),
    funnel: buildFunnel(input),
    regions,
  };
}

const shownGroup = (figure: GroupFigure | undefined): ShownGroup | undefined => (figure && !("suppressed" in figure) ? figure : undefined);
const shownTrend = (trend: TrendPoint[]) => trend.flatMap((p) => ("suppressed" in p ? [] : [p]));

/** A difference of shown counts must be nothing, or at least the threshold. */
function expectSafe(difference: number, threshold: number, what: string): void {
  expect(difference === 0 || difference >= threshold, `${what}: difference ${difference} under ${threshold}`).toBe(true);
}

/** Each (role, indicator) of a view, with the region report of the viewer's region. */
function* entries(v: View, viewer: BenchmarkStructure) {
  const region = v.regions.get(viewer.region)!;
  for (const [r, role] of v.quarter.roles.entries()) {
    for (const [i, quarter] of role.indicators.entries()) {
      yield {
        key: `${role.role}/${quarter.id}`,
        quarter,
        year: v.year.roles[r]!.indicators[i]!,
        funnel: v.funnel.roles.find((f) => f.role === role.role)!.indicators[i]!,
        region: region.roles.find((f) => f.role === role.role)?.indicators[i],
      };
    }
  }
}

/**
 * White-box oracle: the eligible structures (from the released data) give the member set of every group the
 * reader sees, in its report and in every region's public figures; every nested pair and every partition
 * remainder must hold 0 or enough structures besides the reader, and 0 or ≥ minCell respondents.
 */
function checkGroupFamily(data: Dataset, viewer: BenchmarkStructure, today: string): void {
  const v = view(data, viewer, today);
  const released = releaseCells(data.cells, today, data.minCell);
  const m = data.minCell;
  for (const e of entries(v, viewer)) {
    const [role, indicatorId] = e.key.split("/") as [RespondentRole, string];
    const totals = new Map(released.eligible(role, indicatorId).map((x) => [x.structureId, x.stats.n]));
    const members = (keep: (s: BenchmarkStructure) => boolean) =>
      data.structures.filter((s) => totals.has(s.id) && keep(s)).map((s) => s.id);
    // Every group the reader sees, with the member set the method must have used.
    const seen: { what: string; ids: number[]; figure: ShownGroup }[] = [];
    const add = (what: string, figure: GroupFigure | undefined, ids: number[]) => {
      const shown = shownGroup(figure);
      if (shown) seen.push({ what, ids, figure: shown });
    };
    const inRegion = (s: BenchmarkStructure) => s.region === viewer.region;
    add("region", e.quarter.groups.region, members(inRegion));
    add(
      "kind",
      e.quarter.groups.kind,
      members((s) => inRegion(s) && s.kind === viewer.kind),
    );
    add(
      "setting",
      e.quarter.groups.setting,
      members((s) => inRegion(s) && s.setting === viewer.setting),
    );
    add(
      "national",
      e.quarter.groups.national,
      members(() => true),
    );
    add(
      "department",
      e.quarter.rollUp?.department,
      members((s) => s.department === viewer.department),
    );
    const partitions: { what: string; total: number[]; parts: number[][] }[] = [];
    for (const [region, report] of v.regions) {
      const figures = report.roles.find((r) => r.role === role)?.indicators.find((i) => i.id === indicatorId);
      if (!figures) continue;
      const here = (s: BenchmarkStructure) => s.region === region;
      add(`${region}`, figures.overall, members(here));
      for (const [kind, f] of Object.entries(figures.byKind))
        add(
          `${region} ${kind}`,
          f,
          members((s) => here(s) && s.kind === kind),
        );
      for (const [setting, f] of Object.entries(figures.bySetting))
        add(
          `${region} ${setting}`,
          f,
          members((s) => here(s) && s.setting === setting),
        );
    }
    for (const { what, ids, figure } of seen) {
      // The test's model of the groups is the method's: same structures, same respondents.
      expect(figure.structures, what).toBe(ids.length);
      expect(figure.respondents, what).toBe(ids.reduce((n, id) => n + totals.get(id)!, 0));
    }
    const besides = (ids: number[]) => ids.filter((id) => id !== viewer.id);
    const respondents = (ids: number[]) => ids.reduce((n, id) => n + totals.get(id)!, 0);
    for (const a of seen) {
      for (const b of seen) {
        const inner = new Set(b.ids);
        if (a === b || !b.ids.every((id) => a.ids.includes(id))) continue;
        const difference = a.ids.filter((id) => !inner.has(id));
        expectSafe(besides(difference).length, MIN_OTHER_STRUCTURES, `${a.what} − ${b.what} (structures besides the reader)`);
        expectSafe(respondents(difference), m, `${a.what} − ${b.what}`);
      }
    }
    // Partitions: a shown group minus all its shown parts (kinds, settings; the nation minus its regions).
    const shownIds = new Set(seen.map((x) => JSON.stringify(x.ids)));
    const isShown = (ids: number[]) => ids.length > 0 && shownIds.has(JSON.stringify(ids));
    const regions = [...new Set(data.structures.map((s) => s.region))];
    for (const region of regions) {
      const total = members((s) => s.region === region);
      if (!isShown(total)) continue;
      for (const attribute of ["kind", "setting"] as const) {
        const values = [...new Set(data.structures.map((s) => s[attribute]))];
        partitions.push({
          what: `${region} by ${attribute}`,
          total,
          parts: values.map((value) => members((s) => s.region === region && s[attribute] === value)),
        });
      }
    }
    const national = members(() => true);
    if (isShown(national))
      partitions.push({ what: "nation by region", total: national, parts: regions.map((r) => members((s) => s.region === r)) });
    for (const partition of partitions) {
      const rest = partition.parts.filter((ids) => !isShown(ids)).flat();
      expectSafe(besides(rest).length, MIN_OTHER_STRUCTURES, `${partition.what} (structures besides the reader)`);
      expectSafe(respondents(rest), m, partition.what);
    }
  }
  // Public figures alone: any member may read them, so remainders hold 0 or ≥ 4 structures.
  for (const [region, report] of v.regions) {
    for (const role of report.roles) {
      for (const figures of role.indicators) {
        const total = shownGroup(figures.overall);
        if (!total) continue;
        for (const parts of [figures.byKind, figures.bySetting]) {
          const shown = Object.values(parts).flatMap((f) => shownGroup(f) ?? []);
          expectSafe(total.structures - shown.reduce((n, f) => n + f.structures, 0), MIN_PUBLIC_STRUCTURES, `public ${region} − parts`);
        }
      }
    }
  }
}

const neighbourhoodArb = fc
  .record({
    minCell: fc.integer({ min: 5, max: 15 }),
    neighbours: fc.array(
      fc.record({
        kind: fc.constantFrom("gem" as const, "cmp" as const),
        setting: fc.constantFrom("urban" as const, "rural" as const),
        department: fc.constantFrom("69", "69", "38"),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    kind: fc.constantFrom("gem" as const, "cmp" as const),
    setting: fc.constantFrom("urban" as const, "rural" as const),
  })
  .map(({ minCell, neighbours, kind, setting }) => {
    const viewer: BenchmarkStructure = { id: 1, kind, setting, department: "69", region: "84" };
    const structures = [viewer, ...neighbours.map((s, i) => ({ ...s, id: i + 2, region: "84" }))];
    const cells: Cell[] = structures.slice(1).flatMap((s) => [
      {
        structureId: s.id,
        role: "patient" as const,
        period: "2025-Q4",
        indicatorId: "s",
        n: minCell + s.id,
        sum: 50 * (minCell + s.id),
        sumSquares: 2500 * (minCell + s.id),
      },
      { structureId: s.id, role: "patient" as const, period: "2025-Q4", indicatorId: "p", n: minCell + s.id, sum: s.id, sumSquares: s.id },
    ]);
    return { data: { minCell, structures, cells }, viewer };
  });

describe("disclosure control, for all data sets", () => {
  it("Should show no figure resting on fewer than minCell respondents, nor a group of too few structures", () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), fc.constantFrom(...DAYS), (data, pick, today) => {
        const viewer = data.structures[pick % data.structures.length]!;
        const v = view(data, viewer, today);
        for (const e of entries(v, viewer)) {
          const own = "suppressed" in e.quarter.structure ? 0 : e.quarter.structure.n;
          if (own) expect(own).toBeGreaterThanOrEqual(data.minCell);
          for (const point of [...shownTrend(e.quarter.trend), ...shownTrend(e.year.trend)])
            expect(point.n).toBeGreaterThanOrEqual(data.minCell);
          const groups = [...Object.values(e.quarter.groups), ...Object.values(e.quarter.rollUp ?? {})].flatMap((g) => shownGroup(g) ?? []);
          for (const g of groups) {
            expect(g.respondents).toBeGreaterThanOrEqual(g.structures * data.minCell);
            expect(g.structures - (g.percentile === null ? 0 : 1)).toBeGreaterThanOrEqual(MIN_OTHER_STRUCTURES);
          }
          for (const [name, group] of Object.entries(e.funnel.groups)) {
            const shown = shownGroup(e.quarter.groups[name as keyof typeof e.quarter.groups]);
            if ("suppressed" in group) {
              expect(shown).toBeUndefined();
              continue;
            }
            // The funnel shows the very members of the report's group, each on ≥ minCell respondents.
            expect(group.points.length).toBe(shown!.structures);
            expect(group.points.reduce((n, p) => n + p.n, 0)).toBe(shown!.respondents);
            for (const point of group.points) expect(point.n).toBeGreaterThanOrEqual(data.minCell);
            expect(group.points.filter((p) => p.own).length).toBe(shown!.percentile === null ? 0 : 1);
          }
        }
        for (const report of v.regions.values()) {
          for (const role of report.roles) {
            for (const indicator of role.indicators) {
              for (const g of [indicator.overall, ...Object.values(indicator.byKind), ...Object.values(indicator.bySetting)].flatMap(
                (f) => shownGroup(f) ?? [],
              )) {
                expect(g.structures).toBeGreaterThanOrEqual(MIN_PUBLIC_STRUCTURES);
                expect(g.respondents).toBeGreaterThanOrEqual(g.structures * data.minCell);
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("Should let no subtraction of shown figures, in one report or across successive ones, isolate fewer than minCell respondents or fewer than 3 other structures", () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), fc.integer({ min: 0, max: DAYS.length - 2 }), (data, pick, day) => {
        const viewer = data.structures[pick % data.structures.length]!;
        const [earlier, later] = [view(data, viewer, DAYS[day]!), view(data, viewer, DAYS[day + 1]!)];
        const m = data.minCell;
        const previous = new Map([...entries(earlier, viewer)].map((e) => [e.key, e]));
        for (const e of entries(later, viewer)) {
          for (const now of [e, previous.get(e.key)].filter((x) => x !== undefined)) {
            const own = "suppressed" in now.quarter.structure ? 0 : now.quarter.structure.n;
            // Overall minus the periods shown, by quarter and by year.
            for (const report of [now.quarter, now.year]) {
              const shown = shownTrend(report.trend);
              expectSafe(own - shown.reduce((n, p) => n + p.n, 0), m, "overall − periods");
              for (const p of shown) expectSafe(own - p.n, m, "overall − period");
            }
            // A year minus its quarters shown.
            for (const year of shownTrend(now.year.trend)) {
              const quarters = shownTrend(now.quarter.trend).filter((q) => q.period.startsWith(year.period));
              expectSafe(year.n - quarters.reduce((n, q) => n + q.n, 0), m, "year − quarters");
            }
            // Groups minus the reader's own figure, and nested groups minus one another.
            const g = now.quarter.groups;
            const roll = now.quarter.rollUp ?? {};
            for (const group of Object.values(g).flatMap((x) => shownGroup(x) ?? [])) {
              if (group.percentile !== null) expectSafe(group.respondents - own, m, "group − own");
            }
            // Pairs nested by construction: the nation holds the region, which holds its kind, setting and département.
            const nested: [GroupFigure | undefined, GroupFigure | undefined, string][] = [
              [g.national, g.region, "national − region"],
              [g.region, g.kind, "region − kind"],
              [g.region, g.setting, "region − setting"],
              [roll.region, roll.department, "region − département"],
              [now.region?.overall, g.kind, "public region − kind"],
              [now.region?.overall, g.setting, "public region − setting"],
            ];
            for (const [outer, inner, what] of nested) {
              const [a, b] = [shownGroup(outer), shownGroup(inner)];
              if (!a || !b) continue;
              expectSafe(a.respondents - b.respondents, m, what);
              expectSafe(a.structures - b.structures, MIN_OTHER_STRUCTURES, `${what} (structures)`);
            }
            // The public region minus the parts the reader sees: public kinds (settings), and its own kind (setting) group.
            const total = shownGroup(now.region?.overall);
            if (now.region && total) {
              for (const [parts, mine, readerPart] of [
                [now.region.byKind, g.kind, viewer.kind],
                [now.region.bySetting, g.setting, viewer.setting],
              ] as const) {
                const visible = new Map(
                  Object.entries(parts).flatMap(([name, f]) => (shownGroup(f) ? [[name, shownGroup(f)!] as const] : [])),
                );
                if (!visible.has(readerPart) && shownGroup(mine)) visible.set(readerPart, shownGroup(mine)!);
                const sum = (key: "respondents" | "structures") => [...visible.values()].reduce((n, f) => n + f[key], 0);
                expectSafe(total.respondents - sum("respondents"), m, "public region − parts");
                const readerInRest = own > 0 && !visible.has(readerPart);
                expectSafe(
                  total.structures - sum("structures") - (readerInRest ? 1 : 0),
                  MIN_OTHER_STRUCTURES,
                  "public region − parts (structures besides the reader)",
                );
              }
            }
          }
          // Across the two days: the same figure may only move by whole steps.
          const before = previous.get(e.key);
          if (!before) continue;
          const ownNow = "suppressed" in e.quarter.structure ? 0 : e.quarter.structure.n;
          const ownBefore = "suppressed" in before.quarter.structure ? 0 : before.quarter.structure.n;
          expectSafe(ownNow - ownBefore, m, "own figure over time");
          for (const granularity of ["quarter", "year"] as Granularity[]) {
            const periods = new Map(shownTrend(before[granularity].trend).map((p) => [p.period, p.n]));
            for (const p of shownTrend(e[granularity].trend)) {
              if (periods.has(p.period)) expectSafe(p.n - periods.get(p.period)!, m, `${granularity} period over time`);
            }
          }
          for (const name of ["region", "kind", "setting", "national"] as const) {
            const [a, b] = [shownGroup(e.quarter.groups[name]), shownGroup(before.quarter.groups[name])];
            if (a && b) expectSafe(a.respondents - b.respondents, m, `${name} over time`);
          }
          const [publicNow, publicBefore] = [shownGroup(e.region?.overall), shownGroup(before.region?.overall)];
          if (publicNow && publicBefore) expectSafe(publicNow.respondents - publicBefore.respondents, m, "public region over time");
        }
      }),
      { numRuns: 60 },
    );
  });

  it("Should make every group a reader sees, and every difference of two nested ones or of a group and its shown parts, hold 0 or enough structures and respondents", () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), fc.constantFrom(...DAYS), (data, pick, today) =>
        checkGroupFamily(data, data.structures[pick % data.structures.length]!, today),
      ),
      { numRuns: 60 },
    );
    // A reader without data among eligible neighbours: roll-ups and nested kind, setting and département groups.
    fc.assert(
      fc.property(neighbourhoodArb, ({ data, viewer }) => checkGroupFamily(data, viewer, DAYS[0]!)),
      { numRuns: 80 },
    );
  });

  it("Should leave every report byte-identical after one more response, in the current quarter or in a quarter not yet released", () => {
    const responseArb = fc.record({
      pick: fc.nat(),
      role: fc.constantFrom(...ROLES),
      day: fc.constantFrom("2026-05-20", "2026-06-30", "2026-02-10", "2025-12-01"),
      score: fc.integer({ min: 0, max: 100 }),
      agrees: fc.constantFrom(0, 1, null),
    });
    fc.assert(
      fc.property(datasetArb, fc.nat(), responseArb, (data, viewerPick, response) => {
        const today = DAYS[0]!;
        const author = data.structures[response.pick % data.structures.length]!;
        const more = addToCells(
          data.cells,
          responseCells({
            structureId: author.id,
            role: response.role,
            day: response.day,
            values: [
              { indicatorId: "s", value: response.score },
              { indicatorId: "p", value: response.agrees },
            ],
          }),
        );
        // Completed quarters never receive responses in reality (responses carry the day they arrive); the
        // hypothesis tested is a response after the released cut-off that does not complete a step.
        const releasedOf = (cells: Cell[], indicatorId: string) =>
          JSON.stringify(
            releaseSeries(
              cells
                .filter((c) => c.structureId === author.id && c.role === response.role && c.indicatorId === indicatorId)
                .map((c) => ({ period: c.period, stats: c })),
              today,
              data.minCell,
            ),
          );
        if (["s", "p"].some((id) => releasedOf(data.cells, id) !== releasedOf(more, id))) return;
        for (const viewer of [author, data.structures[viewerPick % data.structures.length]!]) {
          const [before, after] = [view(data, viewer, today), view(data, viewer, today, more)];
          expect(JSON.stringify(after.quarter)).toBe(JSON.stringify(before.quarter));
          expect(JSON.stringify(after.year)).toBe(JSON.stringify(before.year));
          expect(JSON.stringify(after.funnel)).toBe(JSON.stringify(before.funnel));
          expect(JSON.stringify([...after.regions])).toBe(JSON.stringify([...before.regions]));
        }
      }),
      { numRuns: 80 },
    );
  });
});
