import type { PeriodFilters } from '../../api';

const periodKeys = ['from', 'to', 'districtCode', 'service'] as const;

/** The period filters held in the page's address (so that every link and reload keeps them). */
export function readPeriod(params: URLSearchParams): PeriodFilters {
  const out: Record<string, string> = {};
  for (const key of periodKeys) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** A query string from filters, leaving out empty ones. */
export function queryOf(filters: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The list behind a number: the case list page with the period and what the number counted. */
export function listLink(period: PeriodFilters, what: Record<string, string | undefined>): string {
  return `/kasus${queryOf({ ...period, ...what })}`;
}
