import {
  type CalendarDate,
  compareCalendarDates,
  formatCalendarDate,
  isRealDate,
  todayInWib,
} from '../common/calendar-date.js';

/** What the suite needs to know about regions to check a NIK. */
export interface NikRegionLookup {
  /** True when the six-digit district code (PPKKCC, no dots) exists. */
  hasDistrict(code6: string): boolean;
}

export type Gender = 'female' | 'male';

export interface ParsedNik {
  nik: string;
  provinceCode: string; // "35"
  regencyCode: string; // "35.28"
  districtCode: string; // "35.28.01"
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
  serial: string; // "0001"
}

export type NikErrorCode = 'nik_format' | 'nik_region_unknown' | 'nik_birth_date' | 'nik_serial';

export type NikResult = { ok: true; value: ParsedNik } | { ok: false; error: NikErrorCode };

const SIXTEEN_DIGITS = /^\d{16}$/;

/**
 * Parses a NIK `PPKKCC DDMMYY SSSS` (DOMAIN §2). Women's day of birth is +40.
 * The two-digit year is read as the most recent year that is not in the future.
 * Without a region lookup the region is checked only for shape.
 */
export function parseNik(
  input: string,
  regions?: NikRegionLookup,
  today: CalendarDate = todayInWib(),
): NikResult {
  const nik = input.trim();
  if (!SIXTEEN_DIGITS.test(nik)) return { ok: false, error: 'nik_format' };

  const district6 = nik.slice(0, 6);
  if (regions && !regions.hasDistrict(district6)) return { ok: false, error: 'nik_region_unknown' };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const gender: Gender = rawDay > 40 ? 'female' : 'male';
  const day = gender === 'female' ? rawDay - 40 : rawDay;
  // The most recent year ending in YY that is not after today.
  let year = Math.floor(today.year / 100) * 100 + yy;
  if (year > today.year) year -= 100;
  if (!isRealDate(year, month, day)) return { ok: false, error: 'nik_birth_date' };
  if (compareCalendarDates({ year, month, day }, today) > 0) {
    year -= 100; // same year as today but a later day: born a century ago
    if (!isRealDate(year, month, day)) return { ok: false, error: 'nik_birth_date' };
  }

  const serial = nik.slice(12);
  if (serial === '0000') return { ok: false, error: 'nik_serial' };

  return {
    ok: true,
    value: {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
      districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      birthDate: formatCalendarDate({ year, month, day }),
      gender,
      serial,
    },
  };
}

/** `3528••••••••0001`: shown everywhere except to the owner and to audited staff. */
export function maskNik(nik: string): string {
  if (nik.length < 8) return '•'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'•'.repeat(nik.length - 8)}${nik.slice(-4)}`;
}

/** `0812•••••890`: keeps the first four and last three digits. */
export function maskPhone(phone: string): string {
  const local = phone.startsWith('+62') ? `0${phone.slice(3)}` : phone;
  if (local.length < 8) return '•'.repeat(local.length);
  return `${local.slice(0, 4)}${'•'.repeat(local.length - 7)}${local.slice(-3)}`;
}
