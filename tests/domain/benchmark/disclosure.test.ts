import { describe, expect, it } from "vitest";
import { checkMinCell, complementarySuppression, holdsWholeSteps, releaseSeries, suppressedCell } from "@/domain/benchmark/disclosure.ts";

const n = (count: number) => ({ n: count, sum: 50 * count, sumSquares: 2500 * count });
const quarters = (...cells: [string, number][]) => cells.map(([period, count]) => ({ period, stats: n(count) }));

describe("R1: small cells", () => {
  it("Should accept a threshold of 5 or more only", () => {
    expect(checkMinCell(11)).toBe(11);
    expect(checkMinCell(5)).toBe(5);
    expect(() => checkMinCell(4)).toThrow(RangeError);
    expect(() => checkMinCell(10.5)).toThrow(RangeError);
  });

  it("Should say why a cell is suppressed without its n", () => {
    expect(suppressedCell(11)).toEqual({ suppressed: true, reason: "small_cell", nBelow: "< 11" });
  });
});

describe("R2: release steps", () => {
  it("Should release a step once it holds minCell respondents, and keep the rest pending", () => {
    const series = releaseSeries(quarters(["2025-Q3", 6], ["2025-Q4", 7], ["2026-Q1", 4]), "2026-05-14", 11);
    expect(series.cutoff).toBe("2025-12-31");
    expect(series.steps.map((s) => s.n)).toEqual([13]);
    expect(series.quarters.map((q) => [q.period, q.step])).toEqual([
      ["2025-Q3", 0],
      ["2025-Q4", 0],
    ]);
    expect(series.total.n).toBe(13);
  });

  it("Should never release the current quarter, however large", () => {
    const series = releaseSeries(quarters(["2026-Q2", 500], ["2026-Q1", 3]), "2026-05-14", 11);
    expect(series).toMatchObject({ cutoff: null, steps: [], quarters: [], total: { n: 0 } });
  });

  it("Should make each large completed quarter its own step, in chronological order whatever the input order", () => {
    const series = releaseSeries(quarters(["2025-Q4", 12], ["2025-Q2", 20], ["2025-Q3", 0], ["2026-Q1", 11]), "2026-04-01", 11);
    expect(series.steps.map((s) => s.n)).toEqual([20, 12, 11]);
    expect(series.cutoff).toBe("2026-03-31");
  });

  it("Should not move when one more response does not complete a step", () => {
    const before = releaseSeries(quarters(["2025-Q1", 11], ["2025-Q3", 5], ["2026-Q1", 4]), "2026-05-14", 11);
    const after = releaseSeries(quarters(["2025-Q1", 11], ["2025-Q3", 5], ["2026-Q1", 5]), "2026-05-14", 11);
    expect(after).toEqual(before);
    expect(after.cutoff).toBe("2025-03-31");
  });
});

describe("R3: whole steps", () => {
  const series = releaseSeries(quarters(["2025-Q1", 3], ["2025-Q2", 12], ["2025-Q3", 20]), "2026-05-14", 11);

  it("Should tell a period holding whole steps from one cutting a step", () => {
    expect(holdsWholeSteps(series, ["2025-Q1", "2025-Q2"])).toBe(true);
    expect(holdsWholeSteps(series, ["2025-Q3"])).toBe(true);
    expect(holdsWholeSteps(series, ["2025-Q2"])).toBe(false);
    expect(holdsWholeSteps(series, [])).toBe(true);
  });
});

describe("R5: complementary suppression", () => {
  it("Should suppress the smallest shown parts until the suppressed ones hold enough", () => {
    expect(complementarySuppression([3, 12, 20], [true, false, false], 11)).toEqual([true, true, false]);
    expect(complementarySuppression([5, 12, 6], [true, false, false], 11)).toEqual([true, false, true]);
    expect(complementarySuppression([3, 4, 20], [true, true, false], 11)).toEqual([true, true, true]);
  });

  it("Should leave alone a set whose suppressed parts hold nothing or enough", () => {
    expect(complementarySuppression([0, 12, 20], [true, false, false], 11)).toEqual([true, false, false]);
    expect(complementarySuppression([4, 8, 20], [true, true, false], 11)).toEqual([true, true, false]);
    expect(complementarySuppression([12, 20], [false, false], 11)).toEqual([false, false]);
  });

  it("Should break ties by order and never suppress a locked part", () => {
    expect(complementarySuppression([2, 12, 12], [true, false, false], 11)).toEqual([true, true, false]);
    expect(complementarySuppression([3, 12, 20], [true, false, false], 11, [false, true, false])).toEqual([true, false, true]);
    expect(complementarySuppression([3, 12], [true, false], 11, [false, true])).toEqual([true, false]);
  });
});
