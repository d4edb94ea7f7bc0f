import { nearestRankMedian, nearestRankPercentile } from './percentile.js';

describe('nearest-rank percentile', () => {
  it('has no value for an empty period', () => {
    expect(nearestRankPercentile([], 90)).toBeNull();
    expect(nearestRankMedian([])).toBeNull();
  });

  it('takes the value at rank ⌈p·n⌉ of the sorted values', () => {
    // sorted: 1 2 3 4 5 6 7 8 9 10 → median rank 5, p90 rank 9
    const values = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
    expect(nearestRankMedian(values)).toBe(5);
    expect(nearestRankPercentile(values, 90)).toBe(9);
    expect(nearestRankPercentile(values, 100)).toBe(10);
    expect(nearestRankPercentile(values, 1)).toBe(1);
  });

  it('returns an observed value with ties', () => {
    // sorted: 2 2 2 5 5 30 → median rank 3 = 2; p90 rank ⌈5.4⌉ = 6 = 30
    const values = [5, 2, 30, 2, 5, 2];
    expect(nearestRankMedian(values)).toBe(2);
    expect(nearestRankPercentile(values, 90)).toBe(30);
    expect(nearestRankPercentile([7, 7, 7], 90)).toBe(7);
  });

  it('of one value is that value', () => {
    expect(nearestRankMedian([42])).toBe(42);
    expect(nearestRankPercentile([42], 90)).toBe(42);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => nearestRankPercentile([1], 0)).toThrow(RangeError);
    expect(() => nearestRankPercentile([1], 101)).toThrow(RangeError);
  });
});
