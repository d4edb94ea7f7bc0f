import { addCalendarDays, formatCalendarDate, parseNik, todayInWib } from '@layanan/domain';
import type { TestApp } from './test-app';

export const as = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A WIB calendar date `days` from today, as YYYY-MM-DD. */
export const daysFromToday = (days: number) => formatCalendarDate(addCalendarDays(todayInWib(), days));

/** A desa of Tlanakan (35.28.01). */
export const TLANAKAN_DESA = '35.28.01.2001';

export async function puskesmas(t: TestApp, code: string): Promise<string> {
  const list = await t.http().get('/api/sehat/facilities?kind=puskesmas').expect(200);
  return list.body.find((f: { code: string }) => f.code === code).id;
}

/** The date of birth a NIK carries (DOMAIN §2); a mother's record must agree with it. */
export function birthDateOf(nik: string): string {
  const parsed = parseNik(nik);
  if (!parsed.ok) throw new Error(`test NIK ${nik} does not parse: ${parsed.error}`);
  return parsed.value.birthDate;
}

export function motherBody(nik: string, extra: Record<string, unknown> = {}) {
  return {
    nik,
    fullName: 'Siti Aminah',
    birthDate: birthDateOf(nik),
    phone: '081234567890',
    villageCode: TLANAKAN_DESA,
    address: 'Dusun Krajan RT 01 RW 02',
    bloodType: { abo: 'O', rhesus: 'positive' },
    heightCm: 150,
    ...extra,
  };
}

export function k1Body(extra: Record<string, unknown> = {}) {
  return {
    date: daysFromToday(0),
    provider: 'doctor',
    weightKg: 52,
    heightCm: 150,
    systolic: 110,
    diastolic: 70,
    lilaCm: 22,
    tdStatus: 'T1',
    tdDoseGiven: 'T2',
    ironTablets: 30,
    ultrasound: true,
    dangerSignsChecked: true,
    nextContactDate: daysFromToday(28),
    ...extra,
  };
}

/** Registers a mother and a pregnancy 10 weeks along at a puskesmas; returns their ids. */
export async function registerPregnancy(
  t: TestApp,
  token: string,
  nik: string,
  puskesmasId: string,
  hphtDaysAgo = 70,
) {
  const mother = await t.http().post('/api/babhar/mothers').set(as(token)).send(motherBody(nik)).expect(201);
  const pregnancy = await t
    .http()
    .post('/api/babhar/pregnancies')
    .set(as(token))
    .send({
      motherId: mother.body.id,
      hpht: daysFromToday(-hphtDaysAgo),
      gravida: 1,
      para: 0,
      abortus: 0,
      puskesmasId,
    })
    .expect(201);
  return { motherId: mother.body.id as string, pregnancyId: pregnancy.body.id as string };
}
