import { logGamma, regularizedIncompleteBeta } from "./special-functions.ts";

/**
 * Student's t distribution with ν degrees of freedom.
 *
 * Its distribution function is an incomplete beta (Abramowitz & Stegun 1964, 26.7.1; Numerical Recipes,
 * 2nd ed., eq. 6.4.9): for t ≥ 0, P(T ≤ t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½), and symmetrically below 0.
 * The quantile inverts that exact function by safeguarded Newton iteration (Numerical Recipes, 2nd ed.,
 * §9.4, `rtsafe`): Newton steps on P(T ≤ t) − p using the t density, falling back to bisection whenever a step
 * would leave the bracket, until the step is below 1e-12. Hill's algorithm 396 (Commun ACM 1970;13:617–619)
 * approximates the same quantile directly; inverting the exact function keeps one source of truth, and
 * converges in a handful of steps.
 */

/**
 * @example
 * studentTCdf(2.228, 10) // → ≈ 0.975
 */
export function studentTCdf(t: number, df: number): number {
  checkDegrees(df);
  if (Number.isNaN(t)) throw new RangeError("t is NaN");
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom.
 * @example
 * studentTQuantile(0.975, 10) // → 2.2281…
 * studentTQuantile(0.025, 10) // → −2.2281…
 */
export function studentTQuantile(p: number, df: number): number {
  checkDegrees(df);
  if (!(p > 0 && p < 1)) throw new RangeError("p must lie in (0, 1)");
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const gap = studentTCdf(t, df) - p;
    if (gap < 0) lo = t;
    else hi = t;
    const newton = t - gap / studentTDensity(t, df);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-12 * Math.max(1, t)) return next;
    t = next;
  }
  return t;
}

/** f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2). */
export function studentTDensity(t: number, df: number): number {
  checkDegrees(df);
  const logConstant = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logConstant - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

function checkDegrees(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError("degrees of freedom must be positive");
}
