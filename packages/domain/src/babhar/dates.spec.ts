import { addCalendarDays, daysBetween, formatCalendarDate } from '../common/calendar-date.js';
import { babharConfigSchema, defaultBabharConfig } from './config.js';
import {
  PREGNANCY_DAYS,
  birthTiming,
  datingHpht,
  expectedDelivery,
  formatGestationalAge,
  fullYearsBetween,
  gestationalAge,
  gestationalAgeDays,
  gestationalAgeOfDays,
  hplPlus280,
  naegeleHpl,
  requireCalendarDate,
  schedulingHpl,
  trimesterOf,
  trimesterSpans,
  usgEquivalentHpht,
} from './dates.js';

const d = requireCalendarDate;
const f = formatCalendarDate;
const clamp = babharConfigSchema.parse({ dates: { naegeleNonexistentDay: 'clamp' } });

/**
 * Naegele vectors worked by hand. Step 1: HPHT + 7 days with the HPHT month's
 * length; step 2: month + 9 (year + 1 past December); step 3: a day the target
 * month lacks overflows (default) or clamps. "+280" is worked from the day of
 * the year: common-year month ends at 31, 59, 90, 120, 151, 181, 212, 243,
 * 273, 304, 334, 365 (leap years +1 from February).
 *
 * [HPHT, Naegele (overflow), Naegele (clamp), HPHT + 280, working]
 */
const vectors: [string, string, string, string, string][] = [
  // 1 Jan + 7 = 8 Jan → Oct 8. +280: day 1 + 280 = 281 = 273 + 8 → 8 Oct.
  ['2025-01-01', '2025-10-08', '2025-10-08', '2025-10-08', 'plain January'],
  // 28 + 7 = 35 − 31 (January) = 4 Feb → Nov 4. +280: 28 + 280 = 308 = 304 + 4 → 4 Nov.
  ['2025-01-28', '2025-11-04', '2025-11-04', '2025-11-04', 'January end into February'],
  // 31 + 7 = 38 − 31 = 7 Feb 2024 → Nov 7. +280: 31 + 280 = 311 = 305 + 6 (leap) → 6 Nov.
  ['2024-01-31', '2024-11-07', '2024-11-07', '2024-11-06', '31 January, leap year'],
  // 21 + 7 = 28 Feb (common) → Nov 28. +280: 52 + 280 = 332 = 304 + 28 → 28 Nov.
  ['2025-02-21', '2025-11-28', '2025-11-28', '2025-11-28', 'last day of a common February'],
  // 22 + 7 = 29 − 28 = 1 Mar → Dec 1. +280: 53 + 280 = 333 = 304 + 29 → 29 Nov.
  ['2025-02-22', '2025-12-01', '2025-12-01', '2025-11-29', 'common February overflows into March'],
  // 25 + 7 = 32 − 28 = 4 Mar → Dec 4 (not JavaScript's Date(2025, 10, 32) = 2 Dec). +280: 56 + 280 = 336 → 2 Dec.
  ['2025-02-25', '2025-12-04', '2025-12-04', '2025-12-02', 'common February, the bidan subtracts 28'],
  // 22 + 7 = 29 Feb 2024 → Nov 29. +280: 53 + 280 = 333 = 305 + 28 → 28 Nov.
  ['2024-02-22', '2024-11-29', '2024-11-29', '2024-11-28', 'lands on 29 February'],
  // 23 + 7 = 30 − 29 = 1 Mar 2024 → Dec 1. +280: 54 + 280 = 334 = 305 + 29 → 29 Nov.
  ['2024-02-23', '2024-12-01', '2024-12-01', '2024-11-29', 'leap February overflows into March'],
  // 29 Feb + 7 = 36 − 29 = 7 Mar 2024 → Dec 7. +280: 60 + 280 = 340 = 335 + 5 → 5 Dec.
  ['2024-02-29', '2024-12-07', '2024-12-07', '2024-12-05', 'HPHT on 29 February'],
  // 25 + 7 = 32 − 31 = 1 Apr → month 4 + 9 = 13 → Jan 2026. +280: 84 + 280 = 364 → 30 Dec 2025.
  ['2025-03-25', '2026-01-01', '2026-01-01', '2025-12-30', 'late March crosses into next year'],
  // 31 Mar + 7 = 7 Apr → Jan 7 2026. +280: 90 + 280 = 370 − 365 = 5 → 5 Jan 2026.
  ['2025-03-31', '2026-01-07', '2026-01-07', '2026-01-05', 'March end'],
  // 1 Apr + 7 = 8 Apr → Jan 8 2026. +280: 91 + 280 = 371 − 365 = 6 → 6 Jan.
  ['2025-04-01', '2026-01-08', '2026-01-08', '2026-01-06', 'April (− 3 months, + 1 year)'],
  // 22 + 7 = 29 May 2024 → 29 Feb 2025 does not exist: overflow 1 Mar, clamp 28 Feb. +280: 143 + 280 = 423 − 366 = 57 → 26 Feb 2025.
  ['2024-05-22', '2025-03-01', '2025-02-28', '2025-02-26', '29 Feb in a common year'],
  // 23 + 7 = 30 May 2024 → 30 Feb 2025: overflow 2 Mar, clamp 28 Feb. +280: 144 + 280 = 424 − 366 = 58 → 27 Feb.
  ['2024-05-23', '2025-03-02', '2025-02-28', '2025-02-27', '30 Feb in a common year'],
  // 24 + 7 = 31 May 2024 → 31 Feb 2025: overflow 3 Mar, clamp 28 Feb. +280: 145 + 280 = 425 − 366 = 59 → 28 Feb.
  ['2024-05-24', '2025-03-03', '2025-02-28', '2025-02-28', '31 Feb in a common year'],
  // 22 + 7 = 29 May 2023 → 29 Feb 2024 exists. +280: 142 + 280 = 422 − 365 = 57 → 26 Feb 2024.
  ['2023-05-22', '2024-02-29', '2024-02-29', '2024-02-26', '29 Feb in a leap year'],
  // 23 + 7 = 30 May 2023 → 30 Feb 2024: overflow 1 Mar, clamp 29 Feb. +280: 143 + 280 = 423 − 365 = 58 → 27 Feb.
  ['2023-05-23', '2024-03-01', '2024-02-29', '2024-02-27', '30 Feb in a leap year'],
  // 24 + 7 = 31 May 2023 → 31 Feb 2024: overflow 2 Mar, clamp 29 Feb. +280: 144 + 280 = 424 − 365 = 59 → 28 Feb.
  ['2023-05-24', '2024-03-02', '2024-02-29', '2024-02-28', '31 Feb in a leap year'],
  // 1 Jun 2023 + 7 = 8 Jun → Mar 8 2024. +280: 152 + 280 = 432 − 365 = 67 = 60 + 7 → 7 Mar 2024.
  ['2023-06-01', '2024-03-08', '2024-03-08', '2024-03-07', 'the next February is leap'],
  // 15 + 7 = 22 Jun → Mar 22 2026. +280: 166 + 280 = 446 − 365 = 81 = 59 + 22 → 22 Mar.
  ['2025-06-15', '2026-03-22', '2026-03-22', '2026-03-22', 'mid-year'],
  // 22 + 7 = 29 Jul 2024 → Apr 29 2025. +280: 204 + 280 = 484 − 366 = 118 = 90 + 28 → 28 Apr.
  ['2024-07-22', '2025-04-29', '2025-04-29', '2025-04-28', '29 April exists'],
  // 24 + 7 = 31 Jul 2024 → 31 Apr 2025: overflow 1 May, clamp 30 Apr. +280: 206 + 280 = 486 − 366 = 120 → 30 Apr.
  ['2024-07-24', '2025-05-01', '2025-04-30', '2025-04-30', '31 April'],
  // 24 + 7 = 31 Jul 2023 → 31 Apr 2024: overflow 1 May, clamp 30 Apr. +280: 205 + 280 = 485 − 365 = 120 = 91 + 29 → 29 Apr.
  ['2023-07-24', '2024-05-01', '2024-04-30', '2024-04-29', '31 April, leap year'],
  // 31 + 7 = 38 − 31 = 7 Sep → Jun 7 2026. +280: 243 + 280 = 523 − 365 = 158 = 151 + 7 → 7 Jun.
  ['2025-08-31', '2026-06-07', '2026-06-07', '2026-06-07', 'August end'],
  // 31 + 7 = 38 − 31 = 7 Nov → Aug 7 2026. +280: 304 + 280 = 584 − 365 = 219 = 212 + 7 → 7 Aug.
  ['2025-10-31', '2026-08-07', '2026-08-07', '2026-08-07', 'October end'],
  // 30 + 7 = 37 − 30 = 7 Dec → Sep 7 2026. +280: 334 + 280 = 614 − 365 = 249 = 243 + 6 → 6 Sep.
  ['2025-11-30', '2026-09-07', '2026-09-07', '2026-09-06', 'November end'],
  // 24 + 7 = 31 Dec 2024 → 31 Sep 2025: overflow 1 Oct, clamp 30 Sep. +280: 359 + 280 = 639 − 366 = 273 → 30 Sep.
  ['2024-12-24', '2025-10-01', '2025-09-30', '2025-09-30', '31 September'],
  // 25 + 7 = 32 − 31 = 1 Jan 2025 → month 1 + 9 = Oct 2025 (the year was carried by the 7 days). +280: 360 + 280 = 640 − 366 = 274 → 1 Oct.
  ['2024-12-25', '2025-10-01', '2025-10-01', '2025-10-01', 'December days carry the year'],
  // 29 + 7 = 36 − 31 = 5 Jan 2024 → Oct 5 2024. +280: 363 + 280 = 643 − 365 = 278 = 274 + 4 → 4 Oct.
  ['2023-12-29', '2024-10-05', '2024-10-05', '2024-10-04', 'year end into a leap year'],
  // 31 + 7 = 38 − 31 = 7 Jan 2026 → Oct 7 2026. +280: 365 + 280 = 645 − 365 = 280 = 273 + 7 → 7 Oct.
  ['2025-12-31', '2026-10-07', '2026-10-07', '2026-10-07', 'New Year’s Eve'],
  // 28 + 7 = 35 − 31 = 4 Jan 2100 → Oct 4 2100. +280: 362 + 280 = 642 − 365 = 277 = 273 + 4 → 4 Oct.
  ['2099-12-28', '2100-10-04', '2100-10-04', '2100-10-04', 'into 2100 (not a leap year)'],
  // 24 + 7 = 31 May 2099 → 31 Feb 2100 (2100 common): overflow 3 Mar, clamp 28 Feb. +280: 144 + 280 = 424 − 365 = 59 → 28 Feb.
  ['2099-05-24', '2100-03-03', '2100-02-28', '2100-02-28', '2100 is not a leap year'],
  // 22 + 7 = 29 May 1999 → 29 Feb 2000 exists (2000 is leap). +280: 142 + 280 = 422 − 365 = 57 → 26 Feb 2000.
  ['1999-05-22', '2000-02-29', '2000-02-29', '2000-02-26', '2000 is a leap year'],
];

describe("HPL by Naegele's rule (Buku KIA)", () => {
  it('has at least 20 hand-checked vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(20);
  });

  it.each(vectors)(
    'HPHT %s → %s (overflow), %s (clamp), +280 = %s — %s',
    (hpht, overflow, clamped, plus280) => {
      expect(f(naegeleHpl(d(hpht), defaultBabharConfig))).toBe(overflow);
      expect(f(naegeleHpl(d(hpht), clamp))).toBe(clamped);
      expect(f(hplPlus280(d(hpht)))).toBe(plus280);
    },
  );

  it('overflows by default (DOMAIN: "with calendar overflow")', () => {
    expect(defaultBabharConfig.dates.naegeleNonexistentDay).toBe('overflow');
  });

  it('flags where Naegele and +280 differ, with the difference in days', () => {
    expect(expectedDelivery(d('2025-01-01'), defaultBabharConfig)).toEqual({
      naegele: d('2025-10-08'),
      plus280: d('2025-10-08'),
      differs: false,
      differenceDays: 0,
    });
    const feb = expectedDelivery(d('2025-02-25'), defaultBabharConfig);
    expect(feb.differs).toBe(true);
    expect(feb.differenceDays).toBe(2);
    expect(expectedDelivery(d('2024-05-24'), defaultBabharConfig).differenceDays).toBe(3);
    expect(expectedDelivery(d('2024-05-24'), clamp).differs).toBe(false);
  });

  it('is never earlier than +280 nor more than 3 days later (2000–2030, both modes)', () => {
    for (const config of [defaultBabharConfig, clamp]) {
      for (let hpht = d('2000-01-01'); hpht.year <= 2030; hpht = addCalendarDays(hpht, 1)) {
        const { differenceDays } = expectedDelivery(hpht, config);
        expect(differenceDays).toBeGreaterThanOrEqual(0);
        expect(differenceDays).toBeLessThanOrEqual(3);
      }
    }
  });

  it('never goes backwards when clamping (2000–2030)', () => {
    let previous = naegeleHpl(d('1999-12-31'), clamp);
    for (let hpht = d('2000-01-01'); hpht.year <= 2030; hpht = addCalendarDays(hpht, 1)) {
      const hpl = naegeleHpl(hpht, clamp);
      expect(daysBetween(previous, hpl)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(previous, hpl)).toBeLessThanOrEqual(4);
      previous = hpl;
    }
  });

  it('steps back after a nonexistent day when overflowing (a known price of "calendar overflow")', () => {
    // 24 May → 31 Feb → 3 Mar; 25 May + 7 = 1 Jun → 1 Mar: a later HPHT, an earlier HPL.
    expect(f(naegeleHpl(d('2024-05-24'), defaultBabharConfig))).toBe('2025-03-03');
    expect(f(naegeleHpl(d('2024-05-25'), defaultBabharConfig))).toBe('2025-03-01');
    // Clamping collapses 22–24 May onto 28 Feb instead.
    expect(f(naegeleHpl(d('2024-05-25'), clamp))).toBe('2025-03-01');
  });

  it('always lands on a real date', () => {
    for (let hpht = d('2023-01-01'); hpht.year <= 2025; hpht = addCalendarDays(hpht, 1)) {
      const hpl = naegeleHpl(hpht, defaultBabharConfig);
      expect(requireCalendarDate(f(hpl))).toEqual(hpl);
    }
  });
});

describe('gestational age', () => {
  const pregnancy = { hpht: d('2025-01-01') };

  it('counts calendar days since HPHT: weeks = floor(days / 7) and the remainder', () => {
    expect(gestationalAge(pregnancy, d('2025-01-01'))).toMatchObject({ days: 0, weeks: 0, remainderDays: 0 });
    expect(gestationalAge(pregnancy, d('2025-01-07'))).toMatchObject({ days: 6, weeks: 0, remainderDays: 6 });
    expect(gestationalAge(pregnancy, d('2025-01-08'))).toMatchObject({ days: 7, weeks: 1, remainderDays: 0 });
    expect(gestationalAge(pregnancy, d('2025-04-01'))).toMatchObject({
      days: 90,
      weeks: 12,
      remainderDays: 6,
    });
    expect(gestationalAge(pregnancy, d('2025-10-08'))).toMatchObject({
      days: 280,
      weeks: 40,
      remainderDays: 0,
    });
  });

  it('counts across a leap day', () => {
    expect(gestationalAgeDays({ hpht: d('2024-02-01') }, d('2024-03-01'))).toBe(29);
    expect(gestationalAgeDays({ hpht: d('2025-02-01') }, d('2025-03-01'))).toBe(28);
  });

  it('takes the ultrasound equivalent (USG HPL − 280 days) for scheduling and keeps both', () => {
    // 15 Oct 2025 is day 288 of the year; 288 − 280 = 8 → 8 Jan 2025.
    const withUsg = { hpht: d('2025-01-01'), usgHpl: d('2025-10-15') };
    expect(usgEquivalentHpht(d('2025-10-15'))).toEqual(d('2025-01-08'));
    expect(datingHpht(withUsg)).toEqual(d('2025-01-08'));
    expect(datingHpht(pregnancy)).toEqual(d('2025-01-01'));
    const ga = gestationalAge(withUsg, d('2025-04-08'));
    expect(ga).toMatchObject({ basis: 'usg', days: 90, weeks: 12, remainderDays: 6 });
    expect(ga.byHpht).toEqual({ days: 97, weeks: 13, remainderDays: 6 });
    expect(ga.byUsg).toEqual({ days: 90, weeks: 12, remainderDays: 6 });
    expect(gestationalAge(pregnancy, d('2025-04-08'))).toMatchObject({
      basis: 'hpht',
      days: 97,
      byUsg: null,
    });
    expect(gestationalAgeDays(withUsg, d('2025-04-08'))).toBe(90);
    expect(gestationalAge({ hpht: d('2025-01-01'), usgHpl: null }, d('2025-01-02')).basis).toBe('hpht');
  });

  it('gives the scheduling due date: the ultrasound one when there is one, else HPHT + 280', () => {
    expect(schedulingHpl({ hpht: d('2025-02-25') })).toEqual(d('2025-12-02'));
    expect(schedulingHpl({ hpht: d('2025-02-25'), usgHpl: d('2025-12-10') })).toEqual(d('2025-12-10'));
    expect(PREGNANCY_DAYS).toBe(280);
  });

  it('formats as 12w6d, 12 minggu 6 hari, 12 weeks 6 days', () => {
    const ga = gestationalAgeOfDays(90);
    expect(formatGestationalAge(ga)).toBe('12w6d');
    expect(formatGestationalAge(ga, 'short')).toBe('12w6d');
    expect(formatGestationalAge(ga, 'id')).toBe('12 minggu 6 hari');
    expect(formatGestationalAge(ga, 'en')).toBe('12 weeks 6 days');
    expect(formatGestationalAge(gestationalAgeOfDays(8), 'en')).toBe('1 week 1 day');
    expect(formatGestationalAge(gestationalAgeOfDays(0), 'id')).toBe('0 minggu 0 hari');
    expect(formatGestationalAge(gestationalAgeOfDays(280))).toBe('40w0d');
  });

  it('refuses to format a date before HPHT and fractional days', () => {
    expect(gestationalAgeOfDays(-1)).toEqual({ days: -1, weeks: -1, remainderDays: 6 });
    expect(() => formatGestationalAge(gestationalAgeOfDays(-1))).toThrow(RangeError);
    expect(() => gestationalAgeOfDays(1.5)).toThrow(RangeError);
  });
});

describe('trimesters for K-counting (Buku KIA)', () => {
  const config = defaultBabharConfig;
  const at = (weeks: number, days: number) => trimesterOf(weeks * 7 + days, config);

  it('puts every boundary on the right side', () => {
    expect(at(0, 0)).toBe(1);
    expect(at(12, 6)).toBe(1);
    expect(at(13, 0)).toBe(2);
    expect(at(24, 6)).toBe(2);
    expect(at(25, 0)).toBe(3);
    expect(at(40, 0)).toBe(3);
    expect(at(43, 0)).toBe(3);
  });

  it('reads a negative age (before the ultrasound-equivalent HPHT) as TM1 (GA ≤ 12w6d)', () => {
    expect(trimesterOf(-3, config)).toBe(1);
  });

  it('spans TM1 0–90, TM2 91–174, TM3 175 to the due date (280) for days left', () => {
    expect(trimesterSpans(config)).toEqual([
      { trimester: 1, firstDay: 0, lastDay: 90 },
      { trimester: 2, firstDay: 91, lastDay: 174 },
      { trimester: 3, firstDay: 175, lastDay: 280 },
    ]);
  });

  it('takes the boundaries from configuration', () => {
    const who = babharConfigSchema.parse({ dates: { trimester2FromWeek: 14, trimester3FromWeek: 28 } });
    expect(trimesterOf(13 * 7 + 6, who)).toBe(1);
    expect(trimesterOf(14 * 7, who)).toBe(2);
    expect(trimesterOf(27 * 7 + 6, who)).toBe(2);
    expect(trimesterOf(28 * 7, who)).toBe(3);
  });
});

describe('term and post-term', () => {
  it('is preterm before 37w0d, term 37w0d–42w0d, post-term after 42 weeks', () => {
    const config = defaultBabharConfig;
    expect(birthTiming(36 * 7 + 6, config)).toBe('preterm');
    expect(birthTiming(37 * 7, config)).toBe('term');
    expect(birthTiming(42 * 7, config)).toBe('term');
    expect(birthTiming(42 * 7 + 1, config)).toBe('post_term');
  });

  it('takes the lines from configuration (ICD-10: post-term from 42w0d)', () => {
    const icd = babharConfigSchema.parse({ dates: { postTermAfterDays: 293 } });
    expect(birthTiming(294, icd)).toBe('post_term');
    expect(birthTiming(293, icd)).toBe('term');
  });
});

describe('full years', () => {
  it('counts an age or an interval in full years', () => {
    expect(fullYearsBetween(d('1990-05-01'), d('2025-04-30'))).toBe(34);
    expect(fullYearsBetween(d('1990-05-01'), d('2025-05-01'))).toBe(35);
    expect(fullYearsBetween(d('2023-12-31'), d('2025-12-30'))).toBe(1);
    expect(fullYearsBetween(d('2023-12-31'), d('2025-12-31'))).toBe(2);
    expect(fullYearsBetween(d('2025-01-01'), d('2025-01-01'))).toBe(0);
  });

  it('reaches a 29 February anniversary on 1 March in common years', () => {
    expect(fullYearsBetween(d('2000-02-29'), d('2025-02-28'))).toBe(24);
    expect(fullYearsBetween(d('2000-02-29'), d('2025-03-01'))).toBe(25);
    expect(fullYearsBetween(d('2000-02-29'), d('2024-02-29'))).toBe(24);
  });
});

describe('calendar date strings', () => {
  it('reads real dates and refuses others', () => {
    expect(requireCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => requireCalendarDate('2025-02-29')).toThrow(RangeError);
    expect(() => requireCalendarDate('2025-1-1')).toThrow(RangeError);
  });
});
