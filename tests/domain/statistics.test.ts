import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median, pooledMean, quantile } from "@/domain/statistics/descriptive.ts";

describe("quantile (Hyndman & Fan type 7)", () => {
  it("Should match R's default quantiles on a known sample", () => {
    // R: quantile(c(1, 3, 4, 8, 10), c(.1, .25, .5, .75, .9)) → 1.8 3 4 8 9.2
    const x = [10, 1, 8, 3, 4];
    expect([0.1, 0.25, 0.5, 0.75, 0.9].map((p) => quantile(x, p))).toEqual([1.8, 3, 4, 8, 9.2].map((v) => expect.closeTo(v, 10)));
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it("Should lie between the sample's minimum and maximum and grow with p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(quantile(x, lo)).toBeGreaterThanOrEqual(Math.min(...x) - 1e-9);
          expect(quantile(x, hi)).toBeLessThanOrEqual(Math.max(...x) + 1e-9);
          expect(quantile(x, lo)).toBeLessThanOrEqual(quantile(x, hi) + 1e-9);
        },
      ),
    );
  });

  it("Should refuse an empty sample or a p outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe("pooledMean", () => {
  it("Should equal the mean over every respondent", () => {
    expect(
      pooledMean([
        { n: 1, mean: 0 },
        { n: 3, mean: 100 },
      ]),
    ).toBe(75);
  });
});
