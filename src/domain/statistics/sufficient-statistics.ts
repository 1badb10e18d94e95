/**
 * Sufficient statistics of a sample: its size n, the sum of its values Σx and the sum of their squares Σx².
 *
 * They are all a report ever reads. They add up (the statistics of a union of disjoint samples are the sums of
 * theirs), so the store keeps them incrementally at each submission and a report over a million responses
 * reads a few thousand of them instead of the responses themselves. Mean and variance follow exactly:
 *   mean x̄ = Σx / n,   sample variance s² = (Σx² − (Σx)²/n) / (n − 1).
 * The textbook one-pass formula loses precision only when the variance is tiny compared with the squared
 * mean (Chan, Golub & LeVeque, Am Stat 1983;37:242–247); on a bounded 0–100 scale with a few thousand
 * respondents per cell this costs far less than the one decimal reports show.
 */

export interface SufficientStatistics {
  n: number;
  sum: number;
  sumSquares: number;
}

export const NO_OBSERVATIONS: SufficientStatistics = Object.freeze({ n: 0, sum: 0, sumSquares: 0 });

/**
 * @example
 * observe(80) // → { n: 1, sum: 80, sumSquares: 6400 }
 */
export function observe(value: number): SufficientStatistics {
  if (!Number.isFinite(value)) throw new RangeError(`cannot observe ${value}`);
  return { n: 1, sum: value, sumSquares: value * value };
}

/**
 * Statistics of the union of disjoint samples.
 * @example
 * combine({ n: 1, sum: 2, sumSquares: 4 }, { n: 2, sum: 6, sumSquares: 18 }) // → { n: 3, sum: 8, sumSquares: 22 }
 */
export function combine(...parts: readonly SufficientStatistics[]): SufficientStatistics {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (const part of parts) {
    n += part.n;
    sum += part.sum;
    sumSquares += part.sumSquares;
  }
  return { n, sum, sumSquares };
}

/**
 * @example
 * meanOf({ n: 4, sum: 300, sumSquares: 25000 }) // → 75
 */
export function meanOf(stats: SufficientStatistics): number {
  if (stats.n === 0) throw new RangeError("mean of an empty sample");
  return stats.sum / stats.n;
}

/**
 * Sample variance (denominator n − 1). Rounding can push a zero variance a hair below 0: it is clamped.
 * @example
 * varianceOf({ n: 3, sum: 6, sumSquares: 14 }) // values 1, 2, 3 → 1
 */
export function varianceOf(stats: SufficientStatistics): number {
  if (stats.n < 2) throw new RangeError("the variance needs at least two observations");
  return Math.max(0, (stats.sumSquares - (stats.sum * stats.sum) / stats.n) / (stats.n - 1));
}

export function standardDeviationOf(stats: SufficientStatistics): number {
  return Math.sqrt(varianceOf(stats));
}

/**
 * Pooled within-group standard deviation, √(Σᵢ (nᵢ − 1) sᵢ² / Σᵢ (nᵢ − 1)): the spread of individual values
 * around their own group's mean, leaving out the differences between groups. It is the σ of a funnel plot
 * for means (Spiegelhalter, Stat Med 2005;24:1185–1202, §3): under the hypothesis that every unit shares the
 * target, a unit mean of n values varies by σ/√n.
 * @example
 * pooledStandardDeviation([{ n: 2, sum: 2, sumSquares: 2 }, { n: 3, sum: 6, sumSquares: 14 }]) // → √(2/3)
 */
export function pooledStandardDeviation(groups: readonly SufficientStatistics[]): number {
  let squares = 0;
  let degrees = 0;
  for (const group of groups) {
    if (group.n < 1) continue;
    squares += Math.max(0, group.sumSquares - (group.sum * group.sum) / group.n);
    degrees += group.n - 1;
  }
  if (degrees === 0) throw new RangeError("a pooled standard deviation needs a group of two observations");
  return Math.sqrt(squares / degrees);
}
