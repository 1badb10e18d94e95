import { describe, expect, it } from "vitest";
import type { RespondentRole } from "../../../src/domain/questionnaire/types.ts";
import { buildRelease } from "../../../src/domain/release/build-release.ts";
import { releaseRules } from "../../../src/domain/release/rules.ts";
import { funnelView, pinsAPoint } from "../../../src/domain/release/views/funnel-view.ts";

const hope = { id: "hope", kind: "score", dimension: "hope", title: { fr: "Espoir", en: "Hope" } } as const;
const structures = [1, 2, 3, 4].map((id) => ({ id, kind: "gem" as const, setting: "urban" as const, department: "69", region: "84" }));
const cells = structures.flatMap(({ id }) =>
  (["patient", "peer_worker"] as RespondentRole[]).map((role) => ({
    structureId: id,
    role,
    period: "2026-Q1",
    indicatorId: "hope",
    n: 5 + id,
    sum: 60 * (5 + id),
    sumSquares: 3700 * (5 + id),
  })),
);
const figures = buildRelease({ quarter: "2026-Q1", earlier: [], structures, indicators: [hope], cells, rules: releaseRules(5) });
const ledger = { rows: figures.map((f) => ({ ...f, cutoff: "2026-03-31" })), cutoff: "2026-03-31" };
const frameOf = (role: RespondentRole) =>
  funnelView({ ledger, structure: structures[0]!, indicators: [hope], role, minCell: 5 }).roles[0]!.indicators[0]!.groups.region;

describe("funnelView", () => {
  it("Should show the reader's own point exactly and the others rounded", () => {
    const frame = frameOf("patient");
    // Rounded n: 7 → 5, 8 and 9 → 10.
    expect("points" in frame && frame.points).toEqual([
      { n: 5, value: 60 },
      { n: 6, value: 60, own: true },
      { n: 10, value: 60 },
      { n: 10, value: 60 },
    ]);
  });

  it("Should show no structure's point for peer workers, the reader's own included, only the region's value and limits", () => {
    const frame = frameOf("peer_worker");
    expect(frame).toMatchObject({ target: 60, points: [] });
    expect("limits" in frame && frame.limits.length).toBeGreaterThan(0);
  });
});

describe("pinsAPoint", () => {
  const member = (id: number, n: number) => ({ id, stats: { n } });

  it("Should find the point the exact total pins: four points shown 10, each at most 12, in a total of 48", () => {
    const four = [1, 2, 3, 4].map((id) => member(id, 12));
    expect(pinsAPoint(four, 99, 48, 5, 11)).toBe(true);
    // Coarser steps leave each of them a range.
    expect(pinsAPoint(four, 99, 48, 10, 11)).toBe(false);
  });

  it("Should leave alone points the total does not pin", () => {
    const mixed = [member(1, 14), member(2, 23), member(3, 31), member(4, 40)];
    expect(pinsAPoint(mixed, 99, 14 + 23 + 31 + 40, 5, 11)).toBe(false);
  });

  it("Should count the reader's own exact n out of the total", () => {
    const withReader = [member(1, 30), ...[2, 3, 4, 5].map((id) => member(id, 12))];
    expect(pinsAPoint(withReader, 1, 30 + 48, 5, 11)).toBe(true);
  });
});

describe("funnelView with a total that would pin the rounded points", () => {
  it("Should round the others' n more coarsely rather than let the total pin them", () => {
    const five = [1, 2, 3, 4, 5].map((id) => ({ id, kind: "gem" as const, setting: "urban" as const, department: "69", region: "84" }));
    const tight = five.map(({ id }) => ({
      structureId: id,
      role: "patient" as const,
      period: "2026-Q1",
      indicatorId: "hope",
      n: id === 1 ? 30 : 12,
      sum: 60 * (id === 1 ? 30 : 12),
      sumSquares: 3700 * (id === 1 ? 30 : 12),
    }));
    const release = buildRelease({
      quarter: "2026-Q1",
      earlier: [],
      structures: five,
      indicators: [hope],
      cells: tight,
      rules: releaseRules(11),
    });
    const view = funnelView({
      ledger: { rows: release.map((f) => ({ ...f, cutoff: "2026-03-31" })), cutoff: "2026-03-31" },
      structure: five[0]!,
      indicators: [hope],
      role: "patient",
      minCell: 11,
    });
    const frame = view.roles[0]!.indicators[0]!.groups.region;
    // Shown 10 in steps of 5 would mean 8–12, hence 11 or 12 above the threshold: four of them in 48 are all 12.
    expect(frame).toMatchObject({ nStep: 10 });
    expect("points" in frame && frame.points.filter((p) => !p.own).map((p) => p.n)).toEqual([10, 10, 10, 10]);
  });
});
