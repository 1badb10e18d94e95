import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combine, meanOf, observe, pooledStandardDeviation, varianceOf } from "@/domain/statistics/sufficient-statistics.ts";

describe("sufficient statistics", () => {
  it("Should give the mean and sample variance of the values observed", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 60 }), (values) => {
        const stats = combine(...values.map(observe));
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
        expect(meanOf(stats)).toBeCloseTo(mean, 8);
        expect(varianceOf(stats)).toBeCloseTo(variance, 6);
      }),
    );
  });

  it("Should add up: the statistics of a union are the sums of its parts'", () => {
    const stats = combine(observe(1), observe(2), observe(3));
    expect(stats).toEqual({ n: 3, sum: 6, sumSquares: 14 });
    expect(varianceOf(stats)).toBe(1);
  });

  it("Should pool within-group spread and leave out the differences between groups", () => {
    // Groups {0, 2} and {10, 12, 14}: within sums of squares 2 and 8 over 1 + 2 degrees: √(10/3).
    const a = combine(observe(0), observe(2));
    const b = combine(observe(10), observe(12), observe(14));
    expect(pooledStandardDeviation([a, b])).toBeCloseTo(Math.sqrt(10 / 3), 12);
  });

  it("Should refuse the mean of nothing and the variance of one value", () => {
    expect(() => meanOf(combine())).toThrow(RangeError);
    expect(() => varianceOf(observe(3))).toThrow(RangeError);
  });
});
