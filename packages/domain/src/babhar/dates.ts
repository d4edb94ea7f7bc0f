import {
  type CalendarDate,
  addCalendarDays,
  daysBetween,
  daysInMonth,
  parseCalendarDate,
} from '../common/calendar-date.js';
import type { Lang } from '../common/language.js';
import type { BabharConfig } from './config.js';

/**
 * Pregnancy dates of DOMAIN §5.2, on plain calendar dates (never `new Date`
 * on a YYYY-MM-DD string: UTC midnight is a day off in WIB).
 */

/** 40 weeks: the due date is HPHT + 280 days; an ultrasound due date − 280 days is its HPHT equivalent. */
export const PREGNANCY_DAYS = 280;

/** A YYYY-MM-DD string as a calendar date; throws on anything that is not a real date. */
export function requireCalendarDate(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}

/**
 * HPL by Naegele's rule as the bidan writes it in the Buku KIA ("HPHT + 7 hari,
 * bulan − 3, tahun + 1", i.e. day + 7, month + 9). Pinned algorithm:
 *
 * 1. Add 7 days to HPHT as a real date: the overflow into the next month uses
 *    the length of HPHT's own month (28 Jan + 7 = 4 Feb; 25 Feb 2025 + 7 =
 *    4 Mar), exactly as the bidan subtracts that month's days.
 * 2. Add 9 months to that date's month, carrying into the next year
 *    (4 Feb 2025 → 4 Nov 2025; 4 Apr 2025 → 4 Jan 2026). The day is kept.
 * 3. When the kept day does not exist in the target month (31 → a 30-day
 *    month; 29 February in a common year; 30 and 31 February), the
 *    configuration decides: `overflow` (default; DOMAIN's "calendar
 *    overflow") carries the excess days into the next month (31 April →
 *    1 May, 30 February 2025 → 2 March), `clamp` keeps the last day of the
 *    month (30 April, 28 February). Overflow can step back: HPHT 24 May 2024
 *    gives 3 March 2025 but 25 May 2024 gives 1 March 2025; clamping never
 *    goes backwards but gives 22–24 May the same HPL. Both stay within 0–3
 *    days after HPHT + 280.
 *
 * This is not `new Date(y, m + 9, d + 7)`: that overflows the day in the
 * target month (25 Feb 2025 → 2 Dec 2025, not the Buku KIA's 4 Dec 2025).
 */
export function naegeleHpl(hpht: CalendarDate, config: BabharConfig): CalendarDate {
  const plus7 = addCalendarDays(hpht, 7);
  const monthIndex = plus7.month - 1 + 9;
  const year = plus7.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const length = daysInMonth(year, month);
  if (plus7.day <= length) return { year, month, day: plus7.day };
  if (config.dates.naegeleNonexistentDay === 'clamp') return { year, month, day: length };
  return addCalendarDays({ year, month, day: length }, plus7.day - length);
}

/** The due date as HPHT + 280 days. */
export function hplPlus280(hpht: CalendarDate): CalendarDate {
  return addCalendarDays(hpht, PREGNANCY_DAYS);
}

export interface ExpectedDelivery {
  /** Naegele's rule, as written in the Buku KIA. */
  naegele: CalendarDate;
  /** HPHT + 280 days, shown beside it when they differ. */
  plus280: CalendarDate;
  differs: boolean;
  /** naegele − plus280 in days (positive: Naegele is later). */
  differenceDays: number;
}

export function expectedDelivery(hpht: CalendarDate, config: BabharConfig): ExpectedDelivery {
  const naegele = naegeleHpl(hpht, config);
  const plus280 = hplPlus280(hpht);
  const differenceDays = daysBetween(plus280, naegele);
  return { naegele, plus280, differs: differenceDays !== 0, differenceDays };
}

/** The HPHT equivalent of an ultrasound due date: USG HPL − 280 days. */
export function usgEquivalentHpht(usgHpl: CalendarDate): CalendarDate {
  return addCalendarDays(usgHpl, -PREGNANCY_DAYS);
}

/** What dates a pregnancy: HPHT, and the ultrasound due date when there is one (both kept). */
export interface PregnancyDating {
  hpht: CalendarDate;
  usgHpl?: CalendarDate | null;
}

/** The HPHT used for scheduling: the ultrasound equivalent when there is one, else HPHT. */
export function datingHpht(pregnancy: PregnancyDating): CalendarDate {
  return pregnancy.usgHpl ? usgEquivalentHpht(pregnancy.usgHpl) : pregnancy.hpht;
}

/** The due date used for scheduling: the ultrasound HPL when there is one, else HPHT + 280 days. */
export function schedulingHpl(pregnancy: PregnancyDating): CalendarDate {
  return pregnancy.usgHpl ?? hplPlus280(pregnancy.hpht);
}

export interface GestationalAge {
  /** Calendar days since the (dating) HPHT; the HPHT itself is day 0 (0w0d). */
  days: number;
  /** floor(days / 7) */
  weeks: number;
  /** days − 7 × weeks (0–6) */
  remainderDays: number;
}

export function gestationalAgeOfDays(days: number): GestationalAge {
  if (!Number.isInteger(days)) throw new RangeError('Gestational age must be a whole number of days');
  const weeks = Math.floor(days / 7);
  return { days, weeks, remainderDays: days - weeks * 7 };
}

/** Gestational age in days on a date, by the scheduling (dating) HPHT. Negative before it. */
export function gestationalAgeDays(pregnancy: PregnancyDating, on: CalendarDate): number {
  return daysBetween(datingHpht(pregnancy), on);
}

export interface PregnancyGestationalAge extends GestationalAge {
  /** What the main figures are counted from: the ultrasound overrides for scheduling. */
  basis: 'hpht' | 'usg';
  byHpht: GestationalAge;
  byUsg: GestationalAge | null;
}

/** Gestational age on a date, by the ultrasound when there is one, with both figures kept. */
export function gestationalAge(pregnancy: PregnancyDating, on: CalendarDate): PregnancyGestationalAge {
  const byHpht = gestationalAgeOfDays(daysBetween(pregnancy.hpht, on));
  const byUsg = pregnancy.usgHpl
    ? gestationalAgeOfDays(daysBetween(usgEquivalentHpht(pregnancy.usgHpl), on))
    : null;
  return { ...(byUsg ?? byHpht), basis: byUsg ? 'usg' : 'hpht', byHpht, byUsg };
}

/**
 * `12w6d` (short), `12 minggu 6 hari` (id) or `12 weeks 6 days` (en). A
 * negative age (a date before HPHT) is a data error and throws.
 */
export function formatGestationalAge(age: GestationalAge, style: 'short' | Lang = 'short'): string {
  if (age.days < 0) throw new RangeError('A date before HPHT has no gestational age');
  const { weeks, remainderDays: d } = age;
  if (style === 'short') return `${weeks}w${d}d`;
  if (style === 'id') return `${weeks} minggu ${d} hari`;
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'} ${d} ${d === 1 ? 'day' : 'days'}`;
}

export const trimesters = [1, 2, 3] as const;
export type Trimester = (typeof trimesters)[number];

export interface TrimesterSpan {
  trimester: Trimester;
  /** First day (gestational age in days); TM1 starts at day 0. */
  firstDay: number;
  /** Last day counted for "days left": TM1 12w6d, TM2 24w6d, TM3 the due date (40w0d). */
  lastDay: number;
}

/** The trimesters for K-counting (Buku KIA): TM1 ≤ 12w6d, TM2 13w0d–24w6d, TM3 from 25w0d. */
export function trimesterSpans(config: BabharConfig): [TrimesterSpan, TrimesterSpan, TrimesterSpan] {
  const tm2 = config.dates.trimester2FromWeek * 7;
  const tm3 = config.dates.trimester3FromWeek * 7;
  return [
    { trimester: 1, firstDay: 0, lastDay: tm2 - 1 },
    { trimester: 2, firstDay: tm2, lastDay: tm3 - 1 },
    { trimester: 3, firstDay: tm3, lastDay: config.dates.trimester3LastDay },
  ];
}

/**
 * The trimester of a gestational age in days. TM3 has no end for counting
 * (a contact at 41 weeks is a TM3 contact). A negative age (a contact dated
 * before the ultrasound-equivalent HPHT) is read literally as "up to 12w6d": TM1.
 */
export function trimesterOf(days: number, config: BabharConfig): Trimester {
  if (days >= config.dates.trimester3FromWeek * 7) return 3;
  if (days >= config.dates.trimester2FromWeek * 7) return 2;
  return 1;
}

export type BirthTiming = 'preterm' | 'term' | 'post_term';

/** Term 37–42 weeks (259–294 days by default), > 42 weeks post-term (KSPR item 16), before 37 weeks preterm. */
export function birthTiming(days: number, config: BabharConfig): BirthTiming {
  if (days > config.dates.postTermAfterDays) return 'post_term';
  return days >= config.dates.termFromDays ? 'term' : 'preterm';
}

/**
 * Full years from `from` to `to` (an age, a marriage's length, the interval
 * since a birth). A 29 February anniversary is reached on 1 March in common years.
 */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  const years = to.year - from.year;
  const beforeAnniversary = to.month < from.month || (to.month === from.month && to.day < from.day);
  return beforeAnniversary ? years - 1 : years;
}
