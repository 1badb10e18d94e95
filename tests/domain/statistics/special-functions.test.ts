import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma, regularizedIncompleteBeta } from "@/domain/statistics/special-functions.ts";

describe("logGamma", () => {
  it("Should match factorials and Γ(½) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    // Γ(0.1) = 9.513507698668732 (A&S table 6.1 via the reflection formula).
    expect(Math.exp(logGamma(0.1))).toBeCloseTo(9.513507698668732, 11);
  });

  it("Should satisfy Γ(x + 1) = x Γ(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 150, noNaN: true }), (x) => {
        expect(logGamma(x + 1)).toBeCloseTo(Math.log(x) + logGamma(x), 9);
      }),
    );
  });

  it("Should refuse x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("Should match closed forms: I_x(1, 1) = x, I_x(a, 1) = x^a, I_½(a, a) = ½", () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.3, 3, 1)).toBeCloseTo(0.027, 14);
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0.5, 40, 40)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("Should satisfy the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) and grow with x", () => {
    const positive = fc.double({ min: 0.05, max: 200, noNaN: true });
    // Away from 0 and 1, where 1 − I(1 − x) cannot be told from 1 in double precision.
    const unit = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
    fc.assert(
      fc.property(unit, unit, positive, positive, (x, y, a, b) => {
        // 1 − I near 1 cancels digits: the check is absolute, to 1e-9.
        expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(1 - regularizedIncompleteBeta(1 - x, b, a), 9);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(regularizedIncompleteBeta(lo, a, b)).toBeLessThanOrEqual(regularizedIncompleteBeta(hi, a, b) + 1e-12);
      }),
    );
  });
});
