import { isRealDate, parseCalendarDate, startOfWibDay } from '@layanan/domain';
import { badRequest311, say } from './open311.errors';

/** Query string or form body as Express parsed it. */
export type RawParams = Record<string, unknown>;

const DAY_MS = 86_400_000;
/** GET requests: start_date and end_date may not span more than 90 days; 90 days is also the default window. */
export const MAX_WINDOW_DAYS = 90;
/** GET requests: at most the first 1,000 (also the largest page_size). */
export const MAX_RESULTS = 1000;

/**
 * A single-valued parameter. "Optional" means the answer is the same whether
 * a parameter is passed empty or not at all (GeoReport v2, Definitions), so an
 * empty value is an absent one.
 */
export function param(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    // Repeated: the non-empty values must be one.
    const given = (value as unknown[]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (given.length > 1)
      throw badRequest311(say(`${name} diberikan lebih dari sekali`, `${name} was given more than once`));
    return given[0]?.trim();
  }
  if (typeof value !== 'string') throw badRequest311(say(`${name} tidak valid`, `${name} is not valid`));
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list parameter: comma-delimited, and may be given several times. */
export function listParam(raw: RawParams, name: string): string[] | undefined {
  const value = raw[name];
  const parts = (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (value !== undefined && !Array.isArray(value) && typeof value !== 'string')
    throw badRequest311(say(`${name} tidak valid`, `${name} is not valid`));
  return parts.length ? parts : undefined;
}

const W3C_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * A W3C datetime (`2010-01-01T00:00:00Z`, `2026-11-27T08:00:00+07:00`). A
 * plain date is the start of that day in WIB (never `new Date('YYYY-MM-DD')`,
 * which is UTC midnight).
 */
export function parseW3cDatetime(text: string): Date | null {
  const m = W3C_DATETIME.exec(text);
  if (!m) return null;
  if (m[4] === undefined) {
    const date = parseCalendarDate(text);
    return date ? startOfWibDay(date) : null;
  }
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const [offsetHour, offsetMinute] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHour > 14 || offsetMinute > 59) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms);
}

export function dateParam(raw: RawParams, name: string): Date | undefined {
  const text = param(raw, name);
  if (text === undefined) return undefined;
  const date = parseW3cDatetime(text);
  if (!date)
    throw badRequest311(
      say(
        `${name} harus tanggal-waktu W3C, mis. 2026-01-31T00:00:00+07:00`,
        `${name} must be a W3C datetime, e.g. 2026-01-31T00:00:00+07:00`,
      ),
    );
  return date;
}

export interface DateWindow {
  start: Date;
  end: Date;
}

/**
 * start_date / end_date: at most 90 days apart; with one of them the window
 * is the 90 days after the start or before the end; with neither, the most
 * recent 90 days.
 */
export function dateWindow(raw: RawParams, now = new Date()): DateWindow {
  const start = dateParam(raw, 'start_date');
  const end = dateParam(raw, 'end_date');
  const span = MAX_WINDOW_DAYS * DAY_MS;
  if (start && end) {
    if (end.getTime() < start.getTime())
      throw badRequest311(say('end_date lebih awal dari start_date', 'end_date is earlier than start_date'));
    if (end.getTime() - start.getTime() > span)
      throw badRequest311(
        say(
          `start_date dan end_date paling jauh ${MAX_WINDOW_DAYS} hari`,
          `start_date and end_date may not be more than ${MAX_WINDOW_DAYS} days apart`,
        ),
      );
    return { start, end };
  }
  if (start) return { start, end: new Date(start.getTime() + span) };
  if (end) return { start: new Date(end.getTime() - span), end };
  return { start: new Date(now.getTime() - span), end: now };
}

export interface Paging {
  page: number;
  pageSize: number;
}

function positiveInt(raw: RawParams, name: string, fallback: number, max: number): number {
  const text = param(raw, name);
  if (text === undefined) return fallback;
  const value = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badRequest311(
      say(`${name} harus bilangan bulat 1–${max}`, `${name} must be a whole number from 1 to ${max}`),
    );
  return value;
}

/** `page` and `page_size` (FixMyStreet-style extension): the first 1,000 unless asked otherwise. */
export function paging(raw: RawParams): Paging {
  return {
    page: positiveInt(raw, 'page', 1, 1_000_000),
    pageSize: positiveInt(raw, 'page_size', MAX_RESULTS, MAX_RESULTS),
  };
}
