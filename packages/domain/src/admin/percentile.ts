/**
 * Percentiles of the league table, by the nearest-rank method: the p-th
 * percentile of n values sorted ascending is the value at rank ⌈p/100 · n⌉
 * (1-based). It is always one of the observed values (no interpolation), ties
 * need no special rule, and an empty set has no percentile (null).
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError('p must be in (0, 100]');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1];
}

/** The median of the league table: the nearest-rank 50th percentile (the lower middle of an even count). */
export function nearestRankMedian(values: readonly number[]): number | null {
  return nearestRankPercentile(values, 50);
}
