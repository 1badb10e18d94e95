import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tInterval, wilsonInterval } from "@/domain/statistics/confidence-intervals.ts";
import { combine, observe } from "@/domain/statistics/sufficient-statistics.ts";

describe("wilsonInterval (Wilson 1927; Newcombe 1998, method 3)", () => {
  it("Should match Newcombe's (Stat Med 1998;17:857–872) table II examples", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of cases) {
      const [lower, upper] = wilsonInterval(x, n);
      expect(lower).toBeCloseTo(lo, 4);
      expect(upper).toBeCloseTo(hi, 4);
    }
  });

  it("Should match hand values for 0/10, 5/10 and 10/10", () => {
    // z² = 3.8416: 0/10 → [0, z²/(n + z²)] = [0, 0.27754]; 10/10 → [n/(n + z²), 1] = [0.72246, 1];
    // 5/10 → (13.8416 ± 1.96·√13.8416)/27.6832 = [0.23659, 0.76341].
    expect(wilsonInterval(0, 10)).toEqual([0, expect.closeTo(0.27754, 5)]);
    expect(wilsonInterval(10, 10)).toEqual([expect.closeTo(0.72246, 5), 1]);
    expect(wilsonInterval(5, 10)).toEqual([expect.closeTo(0.23659, 5), expect.closeTo(0.76341, 5)]);
  });

  it("Should hold the observed proportion, stay in [0, 1] and mirror x ↔ n − x", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (n, k) => {
        const x = k % (n + 1);
        const [lo, hi] = wilsonInterval(x, n);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(x / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(x / n - 1e-12);
        const [mirrorLo, mirrorHi] = wilsonInterval(n - x, n);
        expect(lo).toBeCloseTo(1 - mirrorHi, 10);
        expect(hi).toBeCloseTo(1 - mirrorLo, 10);
      }),
    );
  });
});

describe("tInterval", () => {
  it("Should match a hand-computed interval", () => {
    // 2, 4, 6, 8: mean 5, s² = 20/3, s/√n = 1.29099; t(0.975, 3) = 3.18245: 5 ± 4.10850.
    const stats = combine(observe(2), observe(4), observe(6), observe(8));
    const [lo, hi] = tInterval(stats);
    expect(lo).toBeCloseTo(0.8915, 4);
    expect(hi).toBeCloseTo(9.1085, 4);
  });

  it("Should shrink to the mean when every value is equal, and need two observations", () => {
    expect(tInterval(combine(observe(50), observe(50), observe(50)))).toEqual([50, 50]);
    expect(() => tInterval(observe(50))).toThrow(RangeError);
  });
});
