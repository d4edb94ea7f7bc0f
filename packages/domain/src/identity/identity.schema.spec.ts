import { createStaffSchema, passwordSchema, phoneSchema, registerResidentSchema } from './identity.schema.js';

describe('identity schemas', () => {
  it('normalises Indonesian mobile numbers to +62', () => {
    expect(phoneSchema.parse('0812-3456-7890')).toBe('+6281234567890');
    expect(phoneSchema.parse('+6281234567890')).toBe('+6281234567890');
    expect(phoneSchema.parse('6281234567890')).toBe('+6281234567890');
    expect(phoneSchema.safeParse('0212345678').success).toBe(false);
    expect(phoneSchema.safeParse('08123').success).toBe(false);
  });
  it('asks for 8+ characters with letters and digits', () => {
    expect(passwordSchema.safeParse('abcdefgh').success).toBe(false);
    expect(passwordSchema.safeParse('12345678').success).toBe(false);
    expect(passwordSchema.safeParse('abc123').success).toBe(false);
    expect(passwordSchema.safeParse('abcd1234').success).toBe(true);
  });
  it('refuses unknown fields in a registration', () => {
    const result = registerResidentSchema().safeParse({
      nik: '3528010105900001',
      fullName: 'Siti',
      phone: '081234567890',
      password: 'rahasia123',
      role: 'regency_admin',
    });
    expect(result.success).toBe(false);
  });
  it('needs an agency for an officer and a puskesmas for health staff', () => {
    const base = { username: 'budi', fullName: 'Budi', password: 'rahasia123' };
    const officer = createStaffSchema.safeParse({ ...base, role: 'officer' });
    expect(officer.error?.issues[0]?.path).toEqual(['agencyId']);
    const bidan = createStaffSchema.safeParse({ ...base, role: 'health_staff' });
    expect(bidan.error?.issues[0]?.path).toEqual(['facilityId']);
    expect(createStaffSchema.safeParse({ ...base, role: 'regency_admin' }).success).toBe(true);
  });
});
