import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import { countByMonth, coveragePercent, monthlyCoverage, targetPregnantWomen } from './pws-kia.js';

describe('PWS-KIA target pregnant women', () => {
  const target = (crudeBirthRatePerMille: number, population: number, c = config) =>
    targetPregnantWomen({ crudeBirthRatePerMille, population }, c);

  it('is 1.10 × CBR (per mille, so ÷ 1,000) × population, rounded up', () => {
    // 1.10 × 16.5 / 1,000 × 10,000 = 181.5 → 182
    expect(target(16.5, 10_000)).toBe(182);
    // 1.10 × 16.5 / 1,000 × 20,000 = 363 exactly → 363
    expect(target(16.5, 20_000)).toBe(363);
    // 1.10 × 17.2 / 1,000 × 4,321 = 81.75332 → 82
    expect(target(17.2, 4_321)).toBe(82);
    // 1.10 × 15.44 / 1,000 × 873,000 (a regency) = 14,827.032 → 14,828
    expect(target(15.44, 873_000)).toBe(14_828);
  });

  it('does not round an exact product up through floating point (1.1 × 0.02 × 10,000 = 220.00000000000003)', () => {
    expect(1.1 * 0.02 * 10_000).toBeGreaterThan(220);
    expect(target(20, 10_000)).toBe(220);
    // 1.10 × 10 / 1,000 × 1,000 = 11 exactly
    expect(target(10, 1_000)).toBe(11);
  });

  it('is 0 for no people or no births', () => {
    expect(target(16.5, 0)).toBe(0);
    expect(target(0, 10_000)).toBe(0);
  });

  it('takes the factor from configuration', () => {
    const plain = babharConfigSchema.parse({ reports: { targetFactor: 1 } });
    expect(target(16.5, 10_000, plain)).toBe(165);
  });

  it('refuses a population that is not a whole number ≥ 0 or a negative rate', () => {
    expect(() => target(16.5, -1)).toThrow(RangeError);
    expect(() => target(16.5, 10.5)).toThrow(RangeError);
    expect(() => target(-1, 100)).toThrow(RangeError);
    expect(() => target(Number.NaN, 100)).toThrow(RangeError);
  });
});

describe('PWS-KIA coverage', () => {
  it('is reached ÷ target × 100, and null when the target is 0', () => {
    expect(coveragePercent(91, 182)).toBe(50);
    expect(coveragePercent(182, 182)).toBe(100);
    expect(coveragePercent(200, 182)).toBeCloseTo(109.89, 2);
    expect(coveragePercent(0, 182)).toBe(0);
    expect(coveragePercent(3, 0)).toBeNull();
    expect(coveragePercent(0, 0)).toBeNull();
  });

  it('is monthly and cumulative from January against the annual target', () => {
    const months = monthlyCoverage([10, 20, 0, 30], 200);
    expect(months).toEqual([
      { month: 1, reached: 10, cumulativeReached: 10, percent: 5, cumulativePercent: 5 },
      { month: 2, reached: 20, cumulativeReached: 30, percent: 10, cumulativePercent: 15 },
      { month: 3, reached: 0, cumulativeReached: 30, percent: 0, cumulativePercent: 15 },
      { month: 4, reached: 30, cumulativeReached: 60, percent: 15, cumulativePercent: 30 },
    ]);
    expect(monthlyCoverage([1, 2], 0).map((m) => [m.percent, m.cumulativePercent])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(monthlyCoverage([], 100)).toEqual([]);
    expect(() => monthlyCoverage(Array(13).fill(1), 100)).toThrow(RangeError);
  });

  it('counts dates per month of one year', () => {
    const dates = ['2025-01-31', '2025-02-01', '2025-02-28', '2024-12-31', '2025-12-01', '2026-01-01'].map(
      (x) => d(x),
    );
    expect(countByMonth(dates, 2025)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(countByMonth([], 2025)).toEqual(Array(12).fill(0));
  });
});
