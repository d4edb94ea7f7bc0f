import type { CalendarDate } from '../common/calendar-date.js';
import type { BabharConfig } from './config.js';

/**
 * PWS-KIA (Pemantauan Wilayah Setempat KIA, DOMAIN §5.8): targets and coverage
 * per desa and puskesmas, monthly and cumulative from January.
 */

export interface TargetPopulation {
  /** People living in the area (desa, puskesmas area, regency). */
  population: number;
  /** Crude birth rate per 1,000 population (per mille), e.g. 16.5. */
  crudeBirthRatePerMille: number;
}

const SCALE = 10_000n;

/** A non-negative decimal as an exact multiple of 1/10,000. */
function scaled(value: number): bigint {
  return BigInt(Math.round(value * Number(SCALE)));
}

/**
 * Target pregnant women = 1.10 × crude birth rate × population, rounded up.
 * The crude birth rate is given per mille as the statistics print it, so it
 * enters as CBR / 1,000: CBR 16.5‰ and population 10,000 → 1.10 × 0.0165 ×
 * 10,000 = 181.5 → 182. Computed exactly (factor and rate to 4 decimals, in
 * integers): floating point would make 1.1 × 0.02 × 10,000 = 220.00000000000003
 * and round it up to 221.
 */
export function targetPregnantWomen(area: TargetPopulation, config: BabharConfig): number {
  const { population, crudeBirthRatePerMille } = area;
  if (!Number.isInteger(population) || population < 0)
    throw new RangeError('Population must be a whole number ≥ 0');
  if (!Number.isFinite(crudeBirthRatePerMille) || crudeBirthRatePerMille < 0)
    throw new RangeError('The crude birth rate must be ≥ 0');
  const numerator = scaled(config.reports.targetFactor) * scaled(crudeBirthRatePerMille) * BigInt(population);
  const denominator = SCALE * SCALE * 1000n;
  return Number((numerator + denominator - 1n) / denominator);
}

/** Coverage % = reached ÷ target × 100; null when the target is 0 (nothing to cover). */
export function coveragePercent(reached: number, target: number): number | null {
  if (target <= 0) return null;
  return (reached / target) * 100;
}

export interface MonthlyCoverage {
  /** 1 = January. */
  month: number;
  reached: number;
  /** Reached from January up to and including this month. */
  cumulativeReached: number;
  /** This month's reached against the annual target. */
  percent: number | null;
  /** Cumulative reached against the annual target. */
  cumulativePercent: number | null;
}

/**
 * Monthly and cumulative coverage against an annual target, from January.
 * `reachedByMonth[0]` is January; at most 12 months.
 */
export function monthlyCoverage(reachedByMonth: readonly number[], annualTarget: number): MonthlyCoverage[] {
  if (reachedByMonth.length > 12) throw new RangeError('At most 12 months');
  let cumulative = 0;
  return reachedByMonth.map((reached, index) => {
    cumulative += reached;
    return {
      month: index + 1,
      reached,
      cumulativeReached: cumulative,
      percent: coveragePercent(reached, annualTarget),
      cumulativePercent: coveragePercent(cumulative, annualTarget),
    };
  });
}

/** Counts dates per month of a year (index 0 = January); dates of other years are left out. */
export function countByMonth(dates: readonly CalendarDate[], year: number): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const date of dates) if (date.year === year) counts[date.month - 1]++;
  return counts;
}
