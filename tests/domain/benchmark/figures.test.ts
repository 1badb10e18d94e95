import { describe, expect, it } from "vitest";
import { indicatorValue, round1, shownCell } from "@/domain/benchmark/figures.ts";

describe("figures", () => {
  it("Should show a proportion in % with its Wilson interval (Newcombe 1998: 81/263)", () => {
    expect(shownCell("proportion", { n: 263, sum: 81, sumSquares: 81 })).toEqual({ n: 263, value: 30.8, ci: [25.5, 36.6] });
  });

  it("Should show a score with its t interval, kept within 0–100", () => {
    // Six 60s and six 70s: mean 65, s² = 300/11, s/√12 = 1.50756, t(0.975, 11) = 2.20099: ± 3.3181.
    expect(shownCell("score", { n: 12, sum: 780, sumSquares: 51000 })).toEqual({ n: 12, value: 65, ci: [61.7, 68.3] });
    // Ten 100s and one 0: mean 90.909, s/√11 = 9.0909, t(0.975, 10) = 2.22814: [70.653, 111.165], cut at 100.
    expect(shownCell("score", { n: 11, sum: 1000, sumSquares: 100000 }).ci).toEqual([70.7, 100]);
    // Four 100s and one 0: 80 ± 2.77645 · 20 overshoots too.
    expect(shownCell("score", { n: 5, sum: 400, sumSquares: 40000 }).ci).toEqual([24.5, 100]);
  });

  it("Should round half away from zero to one decimal", () => {
    expect(round1(72.25)).toBe(72.3);
    expect(round1(66.78571)).toBe(66.8);
    expect(indicatorValue("proportion", { n: 4, sum: 3, sumSquares: 3 })).toBe(75);
  });
});
