import { describe, expect, it } from "vitest";
import { releaseSeries } from "@/domain/benchmark/disclosure.ts";
import { buildTrend } from "@/domain/benchmark/trend.ts";

/** n respondents all answering `value`. */
const cell = (period: string, n: number, value = 50) => ({ period, stats: { n, sum: n * value, sumSquares: n * value * value } });

describe("buildTrend", () => {
  it("Should suppress a large quarter that shares its release step with a small one", () => {
    // Steps: {Q1 (3), Q2 (12)} = 15, then {Q3 (20)}. Showing Q2 would give away Q1 = 15 − 12 by difference with
    // the figure released after Q2 (the naive rule "suppress the smallest visible period" would pick nothing
    // here, or Q3 if it were smaller, and leak Q1).
    const series = releaseSeries([cell("2025-Q1", 3), cell("2025-Q2", 12), cell("2025-Q3", 20, 70)], "2026-05-14", 11);
    expect(buildTrend(series, "quarter", "score", 11)).toEqual([
      { period: "2025-Q1", suppressed: true, reason: "small_cell" },
      { period: "2025-Q2", suppressed: true, reason: "complementary" },
      { period: "2025-Q3", n: 20, value: 70, ci: [70, 70] },
    ]);
  });

  it("Should list empty quarters between released ones as suppressed, and stop at the cut-off", () => {
    const series = releaseSeries([cell("2025-Q1", 11), cell("2025-Q4", 11), cell("2026-Q1", 4)], "2026-05-14", 11);
    expect(
      buildTrend(series, "quarter", "score", 11).map((p) => ("suppressed" in p ? `${p.period}:${p.reason}` : `${p.period}:${p.n}`)),
    ).toEqual(["2025-Q1:11", "2025-Q2:small_cell", "2025-Q3:small_cell", "2025-Q4:11"]);
  });

  it("Should show years holding whole steps, and suppress a year cut by a step straddling New Year", () => {
    const aligned = releaseSeries([cell("2024-Q1", 11), cell("2024-Q4", 11), cell("2025-Q2", 15, 80)], "2026-05-14", 11);
    expect(buildTrend(aligned, "year", "score", 11)).toEqual([
      { period: "2024", n: 22, value: 50, ci: [50, 50] },
      { period: "2025", n: 15, value: 80, ci: [80, 80] },
    ]);
    // Step {2024-Q3 (5), 2024-Q4 (4), 2025-Q1 (8)} = 17 straddles New Year: 2025 (31) would give away 2025-Q1 by
    // difference with the overall figures released before and after it.
    const straddling = releaseSeries(
      [cell("2024-Q3", 5), cell("2024-Q4", 4), cell("2025-Q1", 8), cell("2025-Q2", 11), cell("2025-Q3", 12)],
      "2026-05-14",
      11,
    );
    expect(buildTrend(straddling, "year", "score", 11)).toEqual([
      { period: "2024", suppressed: true, reason: "small_cell" },
      { period: "2025", suppressed: true, reason: "complementary" },
    ]);
  });

  it("Should give proportions in % with a Wilson interval", () => {
    const series = releaseSeries([{ period: "2025-Q1", stats: { n: 20, sum: 10, sumSquares: 10 } }], "2026-05-14", 11);
    // Wilson 10/20: (20 + 3.8416 ± 1.96·√(3.8416 + 20))/(2 · 23.8416) = [0.2993, 0.7007].
    expect(buildTrend(series, "quarter", "proportion", 11)).toEqual([{ period: "2025-Q1", n: 20, value: 50, ci: [29.9, 70.1] }]);
  });

  it("Should give nothing before anything is released", () => {
    expect(buildTrend(releaseSeries([cell("2025-Q1", 5)], "2026-05-14", 11), "year", "score", 11)).toEqual([]);
  });
});
