/**
 * Plain calendar dates (YYYY-MM-DD) in Asia/Jakarta. Never parse a date-only
 * string with `new Date(...)`: that is UTC midnight and a day off in WIB.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const WIB = 'Asia/Jakarta';

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when year/month/day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function parseCalendarDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today's date in WIB for an instant (default: now). */
export function todayInWib(now: Date = new Date()): CalendarDate {
  const text = format(new TZDate(now.getTime(), WIB), 'yyyy-MM-dd');
  return parseCalendarDate(text)!;
}

/** Asia/Jakarta has kept UTC+7 without daylight saving since 1964. */
const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

function toUtcMidnight({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** The WIB calendar date of an instant. */
export function wibDateOf(instant: Date): CalendarDate {
  return fromUtcMidnight(Math.floor((instant.getTime() + WIB_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** The last millisecond of a WIB calendar day, as an instant. */
export function endOfWibDay(date: CalendarDate): Date {
  return new Date(toUtcMidnight(date) + DAY_MS - 1 - WIB_OFFSET_MS);
}

/** Midnight at the start of a WIB calendar day, as an instant. */
export function startOfWibDay(date: CalendarDate): Date {
  return new Date(toUtcMidnight(date) - WIB_OFFSET_MS);
}
