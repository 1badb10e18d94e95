/**
 * Descriptive statistics used by reports.
 */

/**
 * Sample quantile by linear interpolation between order statistics — Hyndman & Fan (1996) definition 7,
 * the default of R and of most spreadsheet software, so a reader can reproduce every figure.
 * @example
 * quantile([1, 2, 3, 4], 0.5) // → 2.5
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("quantile of an empty sample");
  if (p < 0 || p > 1) throw new RangeError("p must lie in [0, 1]");
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Mean of group means weighted by their sizes: the mean over every respondent of the groups. */
export function pooledMean(groups: readonly { n: number; mean: number }[]): number {
  const n = groups.reduce((total, g) => total + g.n, 0);
  if (n === 0) throw new RangeError("pooled mean of no respondents");
  return groups.reduce((total, g) => total + g.n * g.mean, 0) / n;
}
