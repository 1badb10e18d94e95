import { binomialCdf } from "./binomial.ts";

/**
 * Control limits of a funnel plot (Spiegelhalter, "Funnel plots for comparing institutional performance",
 * Stat Med 2005;24:1185–1202): around a target θ₀, the range within which a unit of size n falls with
 * probability 95 % or 99.8 % when it differs from the target by chance alone. A small unit far from the
 * target is then not called an outlier for being small.
 */

/**
 * The two conventional levels: 95 % (z = 1.96, "warning") and 99.8 % (z = 3.09, "alarm"), as two-sided
 * tail probabilities p and 1 − p of the null distribution.
 */
export const CONTROL_LEVELS = [
  { name: "95", z: 1.96, lowerP: 0.025, upperP: 0.975 },
  { name: "99.8", z: 3.09, lowerP: 0.001, upperP: 0.999 },
] as const;

export type ControlLevel = (typeof CONTROL_LEVELS)[number];

/**
 * Limits for a mean (§3, normal data): θ₀ ± z·σ/√n, with σ the within-unit standard deviation.
 * @example
 * meanControlLimits(50, 20, 25, 1.96) // → [42.16, 57.84]
 */
export function meanControlLimits(target: number, sigma: number, n: number, z: number): [number, number] {
  if (!(n > 0)) throw new RangeError("n must be positive");
  const half = (z * sigma) / Math.sqrt(n);
  return [target - half, target + half];
}

/**
 * Normal approximation for a proportion: θ₀ ± z·√(θ₀(1 − θ₀)/n). Kept for reference and tests; the funnel uses
 * the exact limits below, which the approximation misplaces for small n or θ₀ near 0 or 1.
 * @example
 * approximateProportionLimits(0.5, 100, 1.96) // → [0.402, 0.598]
 */
export function approximateProportionLimits(target: number, n: number, z: number): [number, number] {
  const half = z * Math.sqrt((target * (1 - target)) / n);
  return [target - half, target + half];
}

/**
 * Exact binomial limit for a proportion, interpolated so that it is a smooth function of n instead of a
 * staircase (Spiegelhalter 2005, appendix A.1). With R ~ Binomial(n, θ₀):
 *   r_p = the smallest r such that P(R ≤ r) ≥ p,
 *   α   = (P(R ≤ r_p) − p) / (P(R ≤ r_p) − P(R ≤ r_p − 1)) ∈ [0, 1),
 *   limit = (r_p + ½ − α) / n, kept within [0, 1].
 * Spiegelhalter plots (r_p − α)/n, interpolating between r_p − 1 and r_p. We interpolate between the
 * mid-points r_p − ½ and r_p + ½ (a continuity correction): the two limits then mirror each other (the lower
 * limit around θ₀ is one minus the upper limit around 1 − θ₀) and tend to θ₀ ± z·√(θ₀(1 − θ₀)/n), whereas
 * the uncorrected form sets both ½/n lower — 4.5 points of % at n = 11.
 * @example
 * binomialControlLimit(0.5, 10, 0.975) // r_p = 8, α = 0.3244… → 0.8175…
 */
export function binomialControlLimit(target: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError("n must be a positive integer");
  if (!(target >= 0 && target <= 1)) throw new RangeError("the target must lie in [0, 1]");
  if (!(p > 0 && p < 1)) throw new RangeError("p must lie in (0, 1)");
  // A target of 0 % or 100 % admits no variation at all.
  if (target === 0 || target === 1) return target;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialCdf(mid, n, target) >= p) hi = mid;
    else lo = mid + 1;
  }
  const atR = binomialCdf(lo, n, target);
  const belowR = binomialCdf(lo - 1, n, target);
  const alpha = (atR - p) / (atR - belowR);
  return Math.min(1, Math.max(0, (lo + 0.5 - alpha) / n));
}

/**
 * Both exact limits of a proportion at one level.
 * @example
 * proportionControlLimits(0.5, 10, CONTROL_LEVELS[0]) // → [0.1824…, 0.8175…]
 */
export function proportionControlLimits(target: number, n: number, level: ControlLevel): [number, number] {
  return [binomialControlLimit(target, n, level.lowerP), binomialControlLimit(target, n, level.upperP)];
}
