import { addCalendarDays, formatCalendarDate, todayInWib } from '@layanan/domain';
import type { TestApp } from './test-app';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A date `days` after today (WIB), `YYYY-MM-DD`. */
export function dayFromToday(days: number): string {
  return formatCalendarDate(addCalendarDays(todayInWib(), days));
}

export async function facilityId(t: TestApp, code: string): Promise<string> {
  const res = await t.http().get('/api/sehat/facilities').expect(200);
  return (res.body as { id: string; code: string }[]).find((f) => f.code === code)!.id;
}

export function book(t: TestApp, token: string, body: Record<string, unknown>, key?: string) {
  const req = t.http().post('/api/sehat/bookings').set(bearer(token));
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
}
