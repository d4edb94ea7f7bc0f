import {
  BucketCounts,
  minuteBucket,
  nearestRank,
  packMinutes,
  unpackMinutes,
  valueOfRank,
} from './minute-buckets.js';
import { nearestRankPercentile } from './percentile.js';

/** The percentile the way the rollup finds it: groups merged by bucket counts, then one bucket's values. */
function merged(groups: number[][], p: number): number | null {
  const counts = new BucketCounts();
  for (const g of groups) for (const v of g) counts.add(minuteBucket(v));
  const found = counts.locate(nearestRank(counts.total, p));
  if (!found) return null;
  const inBucket = groups.flat().filter((v) => minuteBucket(v) === found.bucket);
  // Stored and read back as text, as in admin_rollup_minutes.
  return valueOfRank(unpackMinutes(packMinutes(inBucket)), found.rankInBucket);
}

describe('minute buckets (exact percentiles of merged rollup rows)', () => {
  it('are monotonic: a larger value never falls in an earlier bucket', () => {
    let previous = -1;
    const backwards: number[] = [];
    for (let m = -5; m < 200_000; m += 0.37) {
      const b = minuteBucket(m);
      if (b < previous) backwards.push(m);
      previous = b;
    }
    expect(backwards).toEqual([]);
    expect(minuteBucket(63.9)).toBe(63);
    expect(minuteBucket(64)).toBe(64);
    expect(minuteBucket(1e12)).toBeGreaterThan(minuteBucket(1e6));
  });

  it('give the nearest-rank median and p90 of merged groups with ties, as over all values', () => {
    // Hand-computed: all values sorted 2 2 2 5 5 30 → median rank 3 = 2, p90 rank 6 = 30.
    const groups = [
      [5, 2],
      [30, 2],
      [5, 2],
    ];
    expect(merged(groups, 50)).toBe(2);
    expect(merged(groups, 90)).toBe(30);
    // Ties spread over days and agencies, fractional minutes, one value per group, empty groups.
    const many = [
      [0.5, 0.5, 0.5],
      [],
      [1560.25],
      [7.1, 7.1, 64, 64, 64.5],
      [12_345.678, 0.016666666666666666],
    ];
    for (const p of [1, 50, 90, 100]) expect(merged(many, p)).toBe(nearestRankPercentile(many.flat(), p));
  });

  it('match the plain percentile on pseudo-random groups', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      const groups = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        Array.from({ length: Math.floor(next() * 40) }, () => Math.round(next() ** 3 * 5000 * 1000) / 1000),
      );
      for (const p of [50, 90]) expect(merged(groups, p)).toBe(nearestRankPercentile(groups.flat(), p));
    }
  });

  it('have no percentile without values', () => {
    expect(merged([[], []], 50)).toBeNull();
  });
});
