import { studentTQuantile } from "./student-t.ts";
import { meanOf, standardDeviationOf, type SufficientStatistics } from "./sufficient-statistics.ts";

/**
 * 95 % confidence intervals, one per kind of indicator.
 *
 * - A mean score: the Student t interval x̄ ± t_{0.975, n−1} · s/√n. Scores are bounded and often skewed;
 *   the t interval stays the convention of published patient-experience scores and is robust for the
 *   n ≥ 11 that disclosure control already demands.
 * - A proportion: the Wilson score interval (Wilson, J Am Stat Assoc 1927;22:209–212), method 3 of
 *   Newcombe (Stat Med 1998;17:857–872), recommended there over the Wald interval, which collapses to a
 *   point at 0 % and 100 % and undercovers near them.
 */

/** Two-sided 95 %: the 0.975 quantile of the standard normal, to the precision Newcombe (1998) uses. */
export const Z_95 = 1.96;

/**
 * t interval of a mean, at `level` (default 0.95).
 * @example
 * tInterval({ n: 4, sum: 20, sumSquares: 104 }) // mean 5, s = 2: 5 ± 3.182 · 1 → [1.818…, 8.182…]
 */
export function tInterval(stats: SufficientStatistics, level = 0.95): [number, number] {
  if (stats.n < 2) throw new RangeError("a t interval needs at least two observations");
  if (!(level > 0 && level < 1)) throw new RangeError("level must lie in (0, 1)");
  const mean = meanOf(stats);
  const half = (studentTQuantile(1 - (1 - level) / 2, stats.n - 1) * standardDeviationOf(stats)) / Math.sqrt(stats.n);
  return [mean - half, mean + half];
}

/**
 * Wilson score interval for `successes` out of `n`, as proportions in [0, 1]:
 *   (2np̂ + z² ± z·√(z² + 4np̂(1 − p̂))) / (2(n + z²)).
 * @example
 * wilsonInterval(81, 263) // → [0.2553…, 0.3662…] (Newcombe 1998, table II)
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): [number, number] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError("n must be a positive integer");
  if (!(successes >= 0 && successes <= n)) throw new RangeError("successes must lie in [0, n]");
  const p = successes / n;
  const z2 = z * z;
  const centre = 2 * n * p + z2;
  const half = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
  const denominator = 2 * (n + z2);
  // At 0 and n the bounds are exactly 0 and 1; the formula reaches them only up to rounding.
  const lower = successes === 0 ? 0 : (centre - half) / denominator;
  const upper = successes === n ? 1 : (centre + half) / denominator;
  return [lower, upper];
}
