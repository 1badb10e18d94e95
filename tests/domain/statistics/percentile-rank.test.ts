import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentileRank } from "@/domain/statistics/percentile-rank.ts";

describe("percentileRank (mid-rank convention)", () => {
  it("Should count values below and half the ties", () => {
    expect(percentileRank([10, 20, 30, 40], 30)).toBe(62.5);
    expect(percentileRank([10, 20, 20, 40], 20)).toBe(50);
    expect(percentileRank([10, 20, 30], 5)).toBe(0);
    expect(percentileRank([10, 20, 30], 35)).toBe(100);
    // scipy.stats.percentileofscore([1, 2, 3, 3, 4], 3, kind="mean") → 60.0
    expect(percentileRank([1, 2, 3, 3, 4], 3)).toBe(60);
  });

  it("Should average 50 over a distribution's own members", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), (values) => {
        const mean = values.reduce((total, v) => total + percentileRank(values, v), 0) / values.length;
        expect(mean).toBeCloseTo(50, 9);
      }),
    );
  });
});
