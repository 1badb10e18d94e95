import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialCdf } from "@/domain/statistics/binomial.ts";

/** Σ_{r ≤ k} C(n, r) p^r (1 − p)^(n − r), each term in logs (log-factorials as sums of logs) so none underflows. */
function directCdf(k: number, n: number, p: number): number {
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
  let total = 0;
  for (let r = 0; r <= k; r++) {
    total += Math.exp(logFactorial[n]! - logFactorial[r]! - logFactorial[n - r]! + r * Math.log(p) + (n - r) * Math.log1p(-p));
  }
  return total;
}

describe("binomialCdf", () => {
  it("Should match hand values of Binomial(10, ½)", () => {
    // (1 + 10 + 45 + 120 + 210 + 252) / 1024 = 638 / 1024.
    expect(binomialCdf(5, 10, 0.5)).toBeCloseTo(638 / 1024, 14);
    expect(binomialCdf(7, 10, 0.5)).toBeCloseTo(968 / 1024, 14);
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
  });

  it("Should equal the direct sum of probabilities", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.nat(), (n, p, k) => {
        const r = k % (n + 1);
        expect(binomialCdf(r, n, p)).toBeCloseTo(directCdf(r, n, p), 10);
      }),
    );
  });
});
