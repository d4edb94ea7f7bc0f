/**
 * Exact nearest-rank percentiles over many groups without keeping every value
 * in one place: the first-response minutes are counted in buckets (monotonic:
 * a smaller value never falls in a later bucket), the bucket holding the rank is
 * found from the counts alone, and only that bucket's values are read and sorted.
 */

/** Buckets below this many minutes are one minute wide. */
const LINEAR_MINUTES = 64;
/** Sub-buckets per doubling above LINEAR_MINUTES (about 6 % wide). */
const SUB_BUCKETS = 16;

/** The bucket of a first-response time in minutes: integer arithmetic on ⌊minutes⌋, so exactly monotonic. */
export function minuteBucket(minutes: number): number {
  const whole = Math.floor(minutes);
  if (whole < LINEAR_MINUTES) return Math.max(whole, 0);
  const n = Math.min(whole, 2 ** 31 - 1);
  const exponent = 31 - Math.clz32(n); // ⌊log2 n⌋ ≥ 6
  const sub = (n >>> (exponent - 4)) & (SUB_BUCKETS - 1);
  return LINEAR_MINUTES + (exponent - 6) * SUB_BUCKETS + sub;
}

/** The 1-based rank of the nearest-rank p-th percentile of n values (as nearestRankPercentile). */
export function nearestRank(n: number, p: number): number {
  return Math.max(Math.ceil((p / 100) * n), 1);
}

/** Counts per bucket, merged from any number of groups. */
export class BucketCounts {
  readonly counts = new Map<number, number>();
  total = 0;

  add(bucket: number, n = 1): void {
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + n);
    this.total += n;
  }

  /** Which bucket holds the value of rank `rank` (1-based), and its rank inside that bucket. */
  locate(rank: number): { bucket: number; rankInBucket: number } | null {
    if (rank < 1 || rank > this.total) return null;
    let before = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      const n = this.counts.get(bucket)!;
      if (before + n >= rank) return { bucket, rankInBucket: rank - before };
      before += n;
    }
    return null;
  }
}

/** The value of rank `rankInBucket` (1-based) among a bucket's values. */
export function valueOfRank(values: number[], rankInBucket: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[rankInBucket - 1];
}

/** A bucket's values as stored (each number's shortest exact text, comma-separated). */
export const packMinutes = (values: readonly number[]): string => values.join(',');
export const unpackMinutes = (text: string): number[] => (text ? text.split(',').map(Number) : []);
