import { requireCalendarDate as d } from './dates.js';
import { motherRecordSchema, motherRegistrationSchema } from './mother.schema.js';

const today = d('2025-06-01');
const schema = motherRegistrationSchema({ today });
const valid = {
  nik: '3528014105900001', // day 41 = a woman born 1 May 1990
  fullName: 'Siti Aminah',
  birthDate: '1990-05-01',
  phone: '0812-3456-7890',
  villageCode: '35.28.01.2001',
  address: 'Dusun Krajan RT 01 RW 02',
  bloodType: { abo: 'O', rhesus: 'positive' },
  heightCm: 150,
  marriageDate: '2012-08-17',
};
const issues = (input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('mother registration', () => {
  it('accepts a complete registration and normalises the phone', () => {
    const parsed = schema.parse(valid);
    expect(parsed.phone).toBe('+6281234567890');
    expect(parsed.nik).toBe('3528014105900001');
  });

  it('needs only NIK, name, birth date, desa and address', () => {
    const { nik, fullName, birthDate, villageCode, address } = valid;
    expect(schema.safeParse({ nik, fullName, birthDate, villageCode, address }).success).toBe(true);
  });

  it('refuses a man’s NIK', () => {
    expect(issues({ ...valid, nik: '3528010105900001' })).toEqual([['nik', 'nik_not_female']]);
  });

  it('refuses a date of birth other than the one the NIK carries', () => {
    expect(issues({ ...valid, birthDate: '1990-05-02' })).toEqual([['birthDate', 'birth_date_not_nik']]);
    expect(issues({ ...valid, birthDate: '1991-05-01' })).toEqual([['birthDate', 'birth_date_not_nik']]);
    // A NIK that does not parse is refused by its own field only.
    expect(issues({ ...valid, nik: '12345', birthDate: '1991-05-01' })).toEqual([['nik', 'nik_format']]);
  });

  it('keeps the NIK codes of the suite', () => {
    expect(issues({ ...valid, nik: '12345' })).toEqual([['nik', 'nik_format']]);
  });

  it('refuses dates that are not real or in the future', () => {
    expect(issues({ ...valid, birthDate: '1990-02-30' })).toEqual([['birthDate', 'date_invalid']]);
    expect(issues({ ...valid, marriageDate: '2025-06-02' })).toEqual([['marriageDate', 'date_future']]);
    expect(issues({ ...valid, marriageDate: '2025-06-01' })).toEqual([]);
  });

  it('refuses unknown fields and odd values', () => {
    expect(schema.safeParse({ ...valid, role: 'regency_admin' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, heightCm: 40 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, bloodType: { abo: 'C' } }).success).toBe(false);
    expect(schema.safeParse({ ...valid, villageCode: '3528' }).success).toBe(false);
  });

  it('describes the stored mother with a masked NIK only', () => {
    const record = {
      id: 'm-1',
      nikMasked: '3528••••••••0001',
      fullName: 'Siti Aminah',
      birthDate: '1990-05-01',
      phoneMasked: null,
      villageCode: '35.28.01.2001',
      address: 'Dusun Krajan',
      bloodType: null,
      heightCm: null,
      marriageDate: null,
      createdAt: '2025-06-01T02:00:00.000Z',
    };
    expect(motherRecordSchema.parse(record)).toEqual(record);
    expect(motherRecordSchema.shape).not.toHaveProperty('nik');
  });
});
