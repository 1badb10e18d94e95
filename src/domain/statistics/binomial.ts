import { regularizedIncompleteBeta } from "./special-functions.ts";

/**
 * P(X ≤ k) for X ~ Binomial(n, p), through the identity P(X ≤ k) = I_{1−p}(n − k, k + 1)
 * (Abramowitz & Stegun 1964, 26.5.24), which costs a continued fraction instead of k + 1 terms.
 * @example
 * binomialCdf(5, 10, 0.5) // → 0.623046875
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a non-negative integer");
  if (!(p >= 0 && p <= 1)) throw new RangeError("p must lie in [0, 1]");
  const r = Math.floor(k);
  if (r < 0) return 0;
  if (r >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return regularizedIncompleteBeta(1 - p, n - r, r + 1);
}
