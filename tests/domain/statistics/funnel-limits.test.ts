import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  approximateProportionLimits,
  binomialControlLimit,
  CONTROL_LEVELS,
  meanControlLimits,
  proportionControlLimits,
} from "@/domain/statistics/funnel-limits.ts";

describe("meanControlLimits (Spiegelhalter 2005, normal data)", () => {
  it("Should give target ± z·σ/√n", () => {
    // σ/√n = 20/5 = 4: 1.96 · 4 = 7.84 and 3.09 · 4 = 12.36.
    expect(meanControlLimits(50, 20, 25, 1.96)).toEqual([expect.closeTo(42.16, 10), expect.closeTo(57.84, 10)]);
    expect(meanControlLimits(50, 20, 25, 3.09)).toEqual([expect.closeTo(37.64, 10), expect.closeTo(62.36, 10)]);
  });
});

describe("binomialControlLimit (exact, interpolated)", () => {
  it("Should match a hand computation for Binomial(10, ½)", () => {
    // F(7) = 968/1024, F(8) = 1013/1024: r = 8, α = (1013/1024 − 0.975)/(45/1024) = 0.32444…,
    // limit = (8 + ½ − α)/10 = 0.817555…; the lower limit mirrors it: 1 − 0.817555… = 0.182444….
    const alpha = (1013 / 1024 - 0.975) / (45 / 1024);
    expect(binomialControlLimit(0.5, 10, 0.975)).toBeCloseTo((8.5 - alpha) / 10, 12);
    expect(binomialControlLimit(0.5, 10, 0.025)).toBeCloseTo(1 - (8.5 - alpha) / 10, 12);
  });

  it("Should mirror: the lower limit around θ is one minus the upper limit around 1 − θ", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 400 }), (theta, n) => {
        for (const level of CONTROL_LEVELS) {
          expect(binomialControlLimit(theta, n, level.lowerP)).toBeCloseTo(1 - binomialControlLimit(1 - theta, n, level.upperP), 9);
        }
      }),
    );
  });

  it("Should approach the normal limits for large n, and widen as n shrinks", () => {
    for (const level of CONTROL_LEVELS) {
      const [lo, hi] = proportionControlLimits(0.3, 20000, level);
      const [approxLo, approxHi] = approximateProportionLimits(0.3, 20000, level.z);
      expect(lo).toBeCloseTo(approxLo, 3);
      expect(hi).toBeCloseTo(approxHi, 3);
    }
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 11, max: 300 }), (theta, n) => {
        const [lo95, hi95] = proportionControlLimits(theta, n, CONTROL_LEVELS[0]);
        const [lo998, hi998] = proportionControlLimits(theta, n, CONTROL_LEVELS[1]);
        expect(lo998).toBeLessThanOrEqual(lo95);
        expect(lo95).toBeLessThanOrEqual(theta + 1e-12);
        expect(hi95).toBeGreaterThanOrEqual(theta - 1e-12);
        expect(hi998).toBeGreaterThanOrEqual(hi95);
        // Over four times the size, the band must be narrower (not necessarily at n + 1: the binomial is discrete).
        const [wideLo, wideHi] = proportionControlLimits(theta, 4 * n, CONTROL_LEVELS[0]);
        expect(wideHi - wideLo).toBeLessThan(hi95 - lo95);
      }),
    );
  });

  it("Should collapse on a target of 0 % or 100 %", () => {
    expect(proportionControlLimits(0, 20, CONTROL_LEVELS[0])).toEqual([0, 0]);
    expect(proportionControlLimits(1, 20, CONTROL_LEVELS[1])).toEqual([1, 1]);
  });
});
