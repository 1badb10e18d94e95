import { describe, expect, it } from "vitest";
import { buildFunnel } from "@/domain/benchmark/build-funnel.ts";
import { buildRegionReport } from "@/domain/benchmark/build-region-report.ts";
import { buildStructureReport } from "@/domain/benchmark/build-report.ts";
import { addToCells, type Cell, responseCells } from "@/domain/benchmark/cells.ts";
import type { BenchmarkStructure } from "@/domain/benchmark/comparison-groups.ts";
import type { Indicator, RespondentRole } from "@/domain/questionnaire/types.ts";

/*
 * A hand-computed scenario. Region 84: structures 1–6 and 8; region 11: structures 7, 9, 10, 11.
 *   1 gem urban 69: 2025-Q3 six 60s, 2025-Q4 six 70s (one release step of 12: mean 65), 2026-Q1 four 80s
 *     (pending), 2026-Q2 twenty 90s (current quarter).
 *   2 gem urban 69: 20 × 50 · 3 gem rural 38: 20 × 80 · 4 cmp urban 69: 20 × 40 · 5 cmp rural 38: 20 × 90
 *   6 gem rural 38: 20 × 75 · 8 gem urban 69: 5 × 60 (never eligible) — all in 2025-Q4.
 *   7, 9, 10, 11 gem urban 75 (region 11): 15 × 30 in 2025-Q4.
 */
const structure = (
  id: number,
  kind: BenchmarkStructure["kind"],
  setting: BenchmarkStructure["setting"],
  department: string,
): BenchmarkStructure => ({
  id,
  kind,
  setting,
  department,
  region: department === "75" ? "11" : "84",
});
const structures = [
  structure(1, "gem", "urban", "69"),
  structure(2, "gem", "urban", "69"),
  structure(3, "gem", "rural", "38"),
  structure(4, "cmp", "urban", "69"),
  structure(5, "cmp", "rural", "38"),
  structure(6, "gem", "rural", "38"),
  structure(7, "gem", "urban", "75"),
  structure(8, "gem", "urban", "69"),
  structure(9, "gem", "urban", "75"),
  structure(10, "gem", "urban", "75"),
  structure(11, "gem", "urban", "75"),
];
const hope: Indicator = { id: "hope", kind: "score", dimension: "hope", title: { fr: "Espoir", en: "Hope" } };
const same = (structureId: number, period: string, n: number, value: number, role: RespondentRole = "patient"): Cell => ({
  structureId,
  role,
  period,
  indicatorId: "hope",
  n,
  sum: n * value,
  sumSquares: n * value * value,
});
const cells: Cell[] = [
  same(1, "2025-Q3", 6, 60),
  same(1, "2025-Q4", 6, 70),
  same(1, "2026-Q1", 4, 80),
  same(1, "2026-Q2", 20, 90),
  same(2, "2025-Q4", 20, 50),
  same(3, "2025-Q4", 20, 80),
  same(4, "2025-Q4", 20, 40),
  same(5, "2025-Q4", 20, 90),
  same(6, "2025-Q4", 20, 75),
  same(8, "2025-Q4", 5, 60),
  ...[7, 9, 10, 11].map((id) => same(id, "2025-Q4", 15, 30)),
];
const base = { structures, indicators: [hope], cells, today: "2026-05-14", minCell: 11 };
const label = { fr: "Espoir", en: "Hope" };

// Region 84 (1–6): 112 respondents, pooled (780 + 20·(50 + 80 + 40 + 90 + 75))/112 = 66.79; values
// 40, 50, 65, 75, 80, 90: median 70, p25 = 50 + 0.25·15 = 53.75, p75 = 75 + 0.75·5 = 78.75.
const region84 = { structures: 6, respondents: 112, value: 66.8, median: 70, p25: 53.8, p75: 78.8 };

describe("buildStructureReport", () => {
  it("Should report the structure's released figure, its groups and its trend (hand-computed)", () => {
    const report = buildStructureReport({ ...base, structure: structures[0]!, granularity: "year" });
    expect(report).toEqual({
      minCell: 11,
      granularity: "year",
      horizon: "2026-03-31",
      roles: [
        {
          role: "patient",
          indicators: [
            {
              id: "hope",
              label,
              kind: "score",
              higherIsBetter: true,
              // Six 60s and six 70s: 65 ± 2.20099 · √(300/11)/√12.
              structure: { n: 12, value: 65, ci: [61.7, 68.3] },
              groups: {
                // 65 is third of six: 100 · (2 + ½)/6.
                region: { ...region84, percentile: 41.7 },
                // gem {1, 2, 3, 6} has 3 others, but the region minus the gems would isolate the two CMPs.
                kind: { suppressed: true, reason: "complementary", minStructures: 3 },
                // urban {1, 2, 4}: 2 others.
                setting: { suppressed: true, reason: "too_few_structures", minStructures: 3 },
                // 10 structures: 172 respondents, (7480 + 60 · 30)/172 = 53.95; values 30 ×4, 40, 50, 65, 75, 80, 90.
                national: { structures: 10, respondents: 172, value: 54, median: 45, p25: 30, p75: 72.5, p10: 30, p90: 81, percentile: 65 },
              },
              trend: [{ period: "2025", n: 12, value: 65, ci: [61.7, 68.3] }],
              cutoff: "2025-12-31",
            },
          ],
        },
      ],
    });
  });

  it("Should suppress quarters that cut a release step, and show whole steps", () => {
    const report = buildStructureReport({ ...base, structure: structures[0]!, granularity: "quarter" });
    expect(report.roles[0]!.indicators[0]!.trend).toEqual([
      { period: "2025-Q3", suppressed: true, reason: "small_cell" },
      { period: "2025-Q4", suppressed: true, reason: "small_cell" },
    ]);
  });

  it("Should suppress a small structure's cell and offer its département and region instead", () => {
    const report = buildStructureReport({ ...base, structure: structures[7]!, granularity: "year" });
    const hopeReport = report.roles[0]!.indicators[0]!;
    expect(hopeReport.structure).toEqual({ suppressed: true, reason: "small_cell", nBelow: "< 11" });
    expect(hopeReport.trend).toEqual([]);
    expect(hopeReport.cutoff).toBeNull();
    // Département 69: structures 1, 2, 4: (780 + 1000 + 800)/52 = 49.6; values 40, 50, 65.
    expect(hopeReport.rollUp).toEqual({
      department: { structures: 3, respondents: 52, value: 49.6, median: 50, p25: 45, p75: 57.5, percentile: null },
      region: { ...region84, percentile: null },
    });
    // Not a member: urban {1, 2, 4} has 3 structures besides the reader, and the rural remainder 3 too.
    expect(hopeReport.groups.setting).toEqual({
      structures: 3,
      respondents: 52,
      value: 49.6,
      median: 50,
      p25: 45,
      p75: 57.5,
      percentile: null,
    });
  });

  it("Should not change by a byte when one response arrives, now or in a quarter still pending", () => {
    const before = JSON.stringify(buildStructureReport({ ...base, structure: structures[0]!, granularity: "quarter" }));
    for (const day of ["2026-05-20", "2026-02-03"]) {
      const more = addToCells(
        cells,
        responseCells({ structureId: 1, role: "patient", day, values: [{ indicatorId: "hope", value: 100 }] }),
      );
      expect(JSON.stringify(buildStructureReport({ ...base, cells: more, structure: structures[0]!, granularity: "quarter" }))).toBe(
        before,
      );
    }
  });

  it("Should report each role apart, in the canonical order, or only the role asked for", () => {
    const roles = [...cells, same(2, "2025-Q4", 11, 50, "professional"), same(3, "2025-Q4", 11, 50, "peer_worker")];
    const all = buildStructureReport({ ...base, cells: roles, structure: structures[0]!, granularity: "year" });
    expect(all.roles.map((r) => r.role)).toEqual(["patient", "peer_worker", "professional"]);
    const one = buildStructureReport({ ...base, cells: roles, structure: structures[0]!, granularity: "year", role: "professional" });
    expect(one.roles.map((r) => r.role)).toEqual(["professional"]);
    expect(one.roles[0]!.indicators[0]!.structure).toEqual({ suppressed: true, reason: "small_cell", nBelow: "< 11" });
  });

  it("Should refuse a threshold below 5", () => {
    expect(() => buildStructureReport({ ...base, minCell: 3, structure: structures[0]!, granularity: "year" })).toThrow(RangeError);
  });
});

describe("buildRegionReport", () => {
  it("Should show a region's groups to anyone only with 4 structures, and never a lone remainder", () => {
    const report = buildRegionReport({ ...base, region: "84" });
    const figures = report.roles[0]!.indicators[0]!;
    expect(figures.overall).toEqual({ ...region84, percentile: null });
    const tooFew = { suppressed: true, reason: "too_few_structures", minStructures: 4 };
    expect(figures.byKind).toEqual({
      gem: { suppressed: true, reason: "complementary", minStructures: 4 },
      hospital: tooFew,
      cmp: tooFew,
      association: tooFew,
      medico_social: tooFew,
      other: tooFew,
    });
    expect(figures.bySetting).toEqual({ urban: tooFew, intermediate: tooFew, rural: tooFew });
  });

  it("Should show the same group figures as the structures' reports", () => {
    const report = buildRegionReport({ ...base, region: "11" });
    const figures = report.roles[0]!.indicators[0]!;
    const group = { structures: 4, respondents: 60, value: 30, median: 30, p25: 30, p75: 30, percentile: null };
    expect(figures.overall).toEqual(group);
    expect(figures.byKind.gem).toEqual(group);
    expect(figures.bySetting.urban).toEqual(group);
  });
});

describe("buildFunnel", () => {
  it("Should give the group's target, limits over n and the members' anonymous points, the reader's marked", () => {
    const funnel = buildFunnel({ ...base, structure: structures[0]!, indicators: [hope] });
    const region = funnel.roles[0]!.indicators[0]!.groups.region;
    if ("suppressed" in region) throw new Error("the region should be shown");
    expect(region.target).toBe(66.8);
    expect(region.points).toEqual([
      { n: 12, value: 65, own: true },
      { n: 20, value: 40 },
      { n: 20, value: 50 },
      { n: 20, value: 75 },
      { n: 20, value: 80 },
      { n: 20, value: 90 },
    ]);
    expect(region.limits.map((l) => l.n)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    // σ pooled within structures: only structure 1 varies, √(300/106); at n = 11: 66.786 ± z · σ/√11.
    const sigma = Math.sqrt(300 / 106);
    const at11 = region.limits[0]!;
    const target = 7480 / 112;
    expect(at11.p95).toEqual([
      Math.round((target - (1.96 * sigma) / Math.sqrt(11)) * 10) / 10,
      Math.round((target + (1.96 * sigma) / Math.sqrt(11)) * 10) / 10,
    ]);
    expect(at11.p998).toEqual([
      Math.round((target - (3.09 * sigma) / Math.sqrt(11)) * 10) / 10,
      Math.round((target + (3.09 * sigma) / Math.sqrt(11)) * 10) / 10,
    ]);
    expect(funnel.roles[0]!.indicators[0]!.groups.kind).toEqual({ suppressed: true, reason: "complementary", minStructures: 3 });
  });

  it("Should use exact binomial limits for a proportion", () => {
    const agree: Indicator = { id: "agree", kind: "proportion", dimension: "hope", threshold: 75, title: label };
    const proportionCells = [1, 2, 3, 4, 5, 6].map((id) => ({
      structureId: id,
      role: "patient" as const,
      period: "2025-Q4",
      indicatorId: "agree",
      n: 20,
      sum: 10,
      sumSquares: 10,
    }));
    const funnel = buildFunnel({ ...base, cells: proportionCells, structure: structures[0]!, indicators: [agree] });
    const region = funnel.roles[0]!.indicators[0]!.groups.region;
    if ("suppressed" in region) throw new Error("the region should be shown");
    expect(region.target).toBe(50);
    expect(region.points.every((p) => p.n === 20 && p.value === 50)).toBe(true);
    // Binomial(20, ½) limits are symmetric around 50 %.
    for (const { p95, p998 } of region.limits) {
      expect(p95[0] + p95[1]).toBeCloseTo(100, 0);
      expect(p998[0] + p998[1]).toBeCloseTo(100, 0);
    }
  });
});
