import { pamekasanRegions } from '../regions/test-regions.js';
import { maskNik, maskPhone, parseNik } from './nik.js';
import { nikSchema } from './nik.schema.js';

const regions = pamekasanRegions();
const today = { year: 2026, month: 11, day: 27 };
const parse = (nik: string) => parseNik(nik, regions, today);

describe('parseNik', () => {
  it('reads a man born 1 May 1990 in Tlanakan, Pamekasan', () => {
    expect(parse('3528010105900001')).toEqual({
      ok: true,
      value: {
        nik: '3528010105900001',
        provinceCode: '35',
        regencyCode: '35.28',
        districtCode: '35.28.01',
        birthDate: '1990-05-01',
        gender: 'male',
        serial: '0001',
      },
    });
  });

  it('reads a woman: the day is +40 (41 is the 1st)', () => {
    const result = parse('3528044101950123');
    expect(result.ok && result.value).toMatchObject({ birthDate: '1995-01-01', gender: 'female' });
  });

  it('accepts day 71 for a woman born on the 31st', () => {
    const result = parse('3528047101000002');
    expect(result.ok && result.value).toMatchObject({ birthDate: '2000-01-31', gender: 'female' });
  });

  it('refuses day 72 and day 32 and day 00 and days 32–40', () => {
    for (const dd of ['72', '32', '00', '35', '40']) {
      expect(parse(`352804${dd}01950001`)).toEqual({ ok: false, error: 'nik_birth_date' });
    }
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parse('3528012902000001').ok).toBe(true); // 2000 is a leap year
    expect(parse('3528016902040001').ok).toBe(true); // woman, 2004
    expect(parse('3528012902010001')).toEqual({ ok: false, error: 'nik_birth_date' });
    expect(parse('3528016902990001')).toEqual({ ok: false, error: 'nik_birth_date' }); // 1999
  });

  it('refuses 31 April and month 13 and month 00', () => {
    expect(parse('3528013104900001')).toEqual({ ok: false, error: 'nik_birth_date' });
    expect(parse('3528010113900001')).toEqual({ ok: false, error: 'nik_birth_date' });
    expect(parse('3528010100900001')).toEqual({ ok: false, error: 'nik_birth_date' });
  });

  it('reads the two-digit year as the latest year not in the future', () => {
    const thisYear = parse('3528012711260001'); // 27 Nov 2026 = today
    expect(thisYear.ok && thisYear.value.birthDate).toBe('2026-11-27');
    const tomorrow = parse('3528012811260001'); // 28 Nov 26 cannot be 2026 yet
    expect(tomorrow.ok && tomorrow.value.birthDate).toBe('1926-11-28');
    const nextYear = parse('3528010101270001');
    expect(nextYear.ok && nextYear.value.birthDate).toBe('1927-01-01');
  });

  it('refuses serial 0000', () => {
    expect(parse('3528010105900000')).toEqual({ ok: false, error: 'nik_serial' });
    expect(parse('3528010105909999').ok).toBe(true);
  });

  it('refuses an unknown region', () => {
    expect(parse('3528990105900001')).toEqual({ ok: false, error: 'nik_region_unknown' }); // no 35.28.99
    expect(parse('9928010105900001')).toEqual({ ok: false, error: 'nik_region_unknown' }); // no province 99
    expect(parse('3599010105900001')).toEqual({ ok: false, error: 'nik_region_unknown' }); // no regency 35.99
  });

  it('accepts residents from outside the regency (the region is recorded, not enforced)', () => {
    const surabaya = parse('3578010105900001'); // Kota Surabaya, Karang Pilang
    expect(surabaya.ok && surabaya.value.regencyCode).toBe('35.78');
    const aceh = parse('1101010105900001');
    expect(aceh.ok && aceh.value.provinceCode).toBe('11');
  });

  it('refuses 15 or 17 digits, letters, spaces inside and symbols', () => {
    for (const bad of [
      '352801010590000',
      '35280101059000011',
      '35280101059000O1',
      '3528 010105900001',
      '3528-01010590001',
      '',
      'abcdefghijklmnop',
    ]) {
      expect(parse(bad)).toEqual({ ok: false, error: 'nik_format' });
    }
  });

  it('trims surrounding whitespace', () => {
    expect(parse(' 3528010105900001 ').ok).toBe(true);
  });

  it('checks only the shape, date and serial without a region lookup', () => {
    expect(parseNik('9999010105900001', undefined, today).ok).toBe(true);
  });
});

describe('nikSchema', () => {
  it('names the broken rule in params.code', () => {
    const result = nikSchema(regions).safeParse('3528010105900000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'nik_serial' } });
  });
  it('passes a valid NIK through, trimmed', () => {
    expect(nikSchema(regions).parse(' 3528010105900001')).toBe('3528010105900001');
  });
});

describe('masking', () => {
  it('masks a NIK to its first and last four digits', () => {
    expect(maskNik('3528010105900001')).toBe('3528••••••••0001');
  });
  it('masks a phone to its first four and last three digits', () => {
    expect(maskPhone('+6281234567890')).toBe('0812•••••890');
    expect(maskPhone('081234567890')).toBe('0812•••••890');
  });
});
