import {
  type CalendarDate,
  addCalendarDays,
  compareCalendarDates,
  endOfWibDay,
  formatCalendarDate,
  wibDateOf,
  weekday,
} from '../common/calendar-date.js';

/** A day off on the Indonesian calendar: a public holiday (libur nasional) or cuti bersama. */
export interface Holiday {
  date: string; // YYYY-MM-DD
  kind: 'libur_nasional' | 'cuti_bersama';
  name: string;
}

/**
 * Working days in WIB: Monday to Friday, minus the holidays and cuti bersama
 * the regency admin keeps as data.
 */
export class WorkingCalendar {
  private readonly daysOff: Set<string>;
  /** Deadlines already worked out, by WIB date and number of days (bulk reads ask the same ones often). */
  private readonly deadlines = new Map<string, Date>();

  constructor(holidays: readonly Pick<Holiday, 'date'>[]) {
    this.daysOff = new Set(holidays.map((h) => h.date));
  }

  isWorkingDay(date: CalendarDate): boolean {
    const day = weekday(date);
    return day !== 0 && day !== 6 && !this.daysOff.has(formatCalendarDate(date));
  }

  /** The n-th working day strictly after `date` (n ≥ 1). */
  nthWorkingDayAfter(date: CalendarDate, n: number): CalendarDate {
    if (n < 1) throw new RangeError('n must be at least 1');
    let current = date;
    let counted = 0;
    while (counted < n) {
      current = addCalendarDays(current, 1);
      if (this.isWorkingDay(current)) counted++;
    }
    return current;
  }

  /**
   * The deadline "within n working days" of an instant: the end (23:59:59.999
   * WIB) of the n-th working day after the WIB date it happened on. The day of
   * receipt never counts, whatever the hour: a case received at 23:58 WIB on
   * the eve of a holiday has the same deadline as one received that morning.
   */
  deadline(from: Date, workingDays: number): Date {
    const date = wibDateOf(from);
    const key = `${formatCalendarDate(date)}+${workingDays}`;
    let due = this.deadlines.get(key);
    if (!due) {
      due = endOfWibDay(this.nthWorkingDayAfter(date, workingDays));
      this.deadlines.set(key, due);
    }
    return new Date(due.getTime());
  }

  /** Working days strictly after `from`'s WIB date, up to and including `to`'s (0 when `to` is not later). */
  workingDaysBetween(from: Date, to: Date): number {
    const start = wibDateOf(from);
    const end = wibDateOf(to);
    let count = 0;
    for (let d = addCalendarDays(start, 1); compareCalendarDates(d, end) <= 0; d = addCalendarDays(d, 1)) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }
}
