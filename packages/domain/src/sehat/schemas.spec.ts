import { createBookingSchema, setQuotaSchema } from './booking.schema.js';
import { createConsultationSchema } from './consultation.schema.js';
import { createFacilitySchema, minuteOfClock, updateFacilitySchema } from './facility.schema.js';
import { createTransportSchema, createVehicleSchema } from './transport.schema.js';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]);

describe('e-Sehat schemas', () => {
  it('facilities: closing after opening, codes upper-case, defaults for a new facility', () => {
    const base = { code: 'PKM-X', kind: 'puskesmas', name: 'Puskesmas X', districtCode: '35.28.01' };
    const ok = createFacilitySchema.parse(base);
    expect(ok).toMatchObject({
      polyclinics: [],
      bookable: false,
      serviceStartsAt: '07:30',
      minutesPerPatient: 10,
    });
    expect(
      issues(
        createFacilitySchema.safeParse({
          ...base,
          openingHours: [{ days: [1], opens: '14:00', closes: '07:30' }],
        }),
      ),
    ).toEqual([['openingHours.0.closes', 'hours_inverted']]);
    expect(issues(createFacilitySchema.safeParse({ ...base, serviceStartsAt: '7.30' }))).toEqual([
      ['serviceStartsAt', 'time_format'],
    ]);
    expect(createFacilitySchema.safeParse({ ...base, code: 'pkm x' }).success).toBe(false);
    // An update applies no defaults: it names only what changes.
    expect(updateFacilitySchema.parse({ phone: '0324 1' })).toEqual({ phone: '0324 1' });
    expect(minuteOfClock('07:30')).toBe(450);
  });

  it('bookings and quotas: a real date, a known polyclinic, a quota of 0–1000', () => {
    expect(
      createBookingSchema.safeParse({ facilityId: 'f', polyclinic: 'umum', date: '2026-12-01' }).success,
    ).toBe(true);
    expect(
      issues(createBookingSchema.safeParse({ facilityId: 'f', polyclinic: 'umum', date: '01-12-2026' })),
    ).toEqual([['date', 'date_invalid']]);
    expect(
      createBookingSchema.safeParse({ facilityId: 'f', polyclinic: 'bedah', date: '2026-12-01' }).success,
    ).toBe(false);
    expect(setQuotaSchema.safeParse({ polyclinic: 'gigi', quota: -1 }).success).toBe(false);
    expect(setQuotaSchema.safeParse({ polyclinic: 'gigi', quota: 0 }).success).toBe(true);
  });

  it('transport: a map point, or a desa and an address; an Indonesian phone', () => {
    const base = { patientName: 'Ani', phone: '081234567890', destinationFacilityId: 'f', urgency: 'segera' };
    expect(issues(createTransportSchema.safeParse(base))).toEqual([['pickup', 'pickup_required']]);
    expect(createTransportSchema.safeParse({ ...base, pickup: { lat: -7.2, lng: 113.4 } }).success).toBe(
      true,
    );
    expect(
      createTransportSchema.safeParse({ ...base, villageCode: '35.28.01.2001', address: 'Dusun Krajan' })
        .success,
    ).toBe(true);
    expect(
      issues(createTransportSchema.safeParse({ ...base, phone: '12345', pickup: { lat: -7, lng: 113 } })),
    ).toEqual([['phone', 'phone_format']]);
    const parsed = createTransportSchema.parse({ ...base, pickup: { lat: -7, lng: 113 } });
    expect(parsed).toMatchObject({ pregnant: false, maternalConsent: false });
    expect(
      createVehicleSchema.parse({
        plate: 'm 1234 ab',
        label: 'SIGAP',
        villageCode: '35.28.01.2001',
        lat: -7,
        lng: 113,
      }).plate,
    ).toBe('M 1234 AB');
  });

  it('consultations: a subject and a question long enough to answer', () => {
    expect(
      issues(createConsultationSchema.safeParse({ subject: 'Hi', question: 'pendek' })).map(([p]) => p),
    ).toEqual(['subject', 'question']);
  });
});
