/**
 * Percentile rank of a value within a distribution, by the mid-rank convention:
 *   PR = 100 × (B + ½E) / N,
 * where B values lie strictly below x, E are equal to it (x itself included when it belongs to the
 * distribution) and N is the number of values. It is the textbook definition of educational measurement
 * (Crocker & Algina, Introduction to Classical and Modern Test Theory, 1986, ch. 19) and what
 * `scipy.stats.percentileofscore(values, x, kind="mean")` returns. Ties share one rank, and the ranks of a
 * distribution's own members average 50.
 * @example
 * percentileRank([10, 20, 30, 40], 30) // → 62.5
 */
export function percentileRank(values: readonly number[], x: number): number {
  if (values.length === 0) throw new RangeError("percentile rank in an empty distribution");
  let below = 0;
  let equal = 0;
  for (const value of values) {
    if (value < x) below += 1;
    else if (value === x) equal += 1;
  }
  return (100 * (below + equal / 2)) / values.length;
}
