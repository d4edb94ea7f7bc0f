import { z } from 'zod';
import { type CalendarDate, weekday } from '../common/calendar-date.js';
import { districtCodeSchema, villageCodeSchema } from '../regions/region-index.js';
import { polyclinicSchema } from './booking.js';

const coded = (code: string) => ({ message: code, params: { code } });

export const facilityKinds = ['puskesmas', 'pustu', 'polindes', 'klinik', 'rumah_sakit'] as const;
export const facilityKindSchema = z.enum(facilityKinds);
export type FacilityKind = z.infer<typeof facilityKindSchema>;

export const facilityKindLabels: Record<FacilityKind, { id: string; en: string }> = {
  puskesmas: { id: 'Puskesmas', en: 'Community health centre' },
  pustu: { id: 'Puskesmas pembantu (Pustu)', en: 'Auxiliary health post' },
  polindes: { id: 'Polindes / Ponkesdes', en: 'Village maternity post' },
  klinik: { id: 'Klinik', en: 'Clinic' },
  rumah_sakit: { id: 'Rumah sakit', en: 'Hospital' },
};

/** `HH:MM` on a 24-hour clock, WIB. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, coded('time_format'));

export function minuteOfClock(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Opening hours: the ISO weekdays (1 Monday … 7 Sunday) sharing the same times. */
export const openingHoursSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    opens: clockTimeSchema,
    closes: clockTimeSchema,
  })
  .refine((h) => minuteOfClock(h.closes) > minuteOfClock(h.opens), {
    ...coded('hours_inverted'),
    path: ['closes'],
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/**
 * Whether a facility opens on a calendar date, from its opening hours (ISO weekdays 1–7).
 * No opening hours recorded: not known to be closed, so open.
 */
export function opensOn(hours: readonly { days: readonly number[] }[], date: CalendarDate): boolean {
  if (!hours.length) return true;
  const iso = weekday(date) || 7;
  return hours.some((h) => h.days.includes(iso));
}

const facilityFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
  kind: facilityKindSchema,
  name: z.string().trim().min(3).max(160),
  districtCode: districtCodeSchema,
  villageCode: villageCodeSchema.nullable().optional(),
  address: z.string().trim().min(3).max(255).nullable().optional(),
  lat: z.number().min(-11.5).max(6.5).nullable().optional(),
  lng: z.number().min(94.5).max(141.5).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{6,20}$/)
    .nullable()
    .optional(),
  polyclinics: z.array(polyclinicSchema).max(20).default([]),
  /** Services offered, short free text each (e.g. "Imunisasi", "Persalinan 24 jam"). */
  services: z.array(z.string().trim().min(2).max(80)).max(40).default([]),
  openingHours: z.array(openingHoursSchema).max(7).default([]),
  /** Residents may book visits online (puskesmas). */
  bookable: z.boolean().default(false),
  /** The time the polyclinics start serving booked patients, for the estimated time. */
  serviceStartsAt: clockTimeSchema.default('07:30'),
  /** Average minutes per patient, for the estimated time. */
  minutesPerPatient: z.number().int().min(1).max(120).default(10),
  /** The Pamekasan Call Care dispatch centre: its health staff dispatch transport. */
  dispatchCentre: z.boolean().default(false),
};

export const createFacilitySchema = z.strictObject(facilityFields);
export type CreateFacility = z.output<typeof createFacilitySchema>;
export type CreateFacilityInput = z.input<typeof createFacilitySchema>;

/** An update names only what changes (no defaults are applied). */
export const updateFacilitySchema = z
  .strictObject({
    ...facilityFields,
    polyclinics: facilityFields.polyclinics.unwrap(),
    services: facilityFields.services.unwrap(),
    openingHours: facilityFields.openingHours.unwrap(),
    bookable: z.boolean(),
    serviceStartsAt: clockTimeSchema,
    minutesPerPatient: z.number().int().min(1).max(120),
    dispatchCentre: z.boolean(),
    active: z.boolean(),
  })
  .partial();
export type UpdateFacility = z.infer<typeof updateFacilitySchema>;

export const facilityQuerySchema = z.strictObject({
  kind: facilityKindSchema.optional(),
  district: districtCodeSchema.optional(),
  polyclinic: polyclinicSchema.optional(),
  /** Words of the name, address or services. */
  q: z.string().trim().max(100).optional(),
  bookable: z.enum(['true', 'false']).optional(),
});
export type FacilityQuery = z.infer<typeof facilityQuerySchema>;

export const facilityViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: facilityKindSchema,
  name: z.string(),
  districtCode: z.string(),
  villageCode: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  phone: z.string().nullable(),
  polyclinics: z.array(polyclinicSchema),
  services: z.array(z.string()),
  openingHours: z.array(z.object({ days: z.array(z.number().int()), opens: z.string(), closes: z.string() })),
  bookable: z.boolean(),
  serviceStartsAt: z.string(),
  minutesPerPatient: z.number().int(),
  dispatchCentre: z.boolean(),
  active: z.boolean(),
});
export type FacilityView = z.infer<typeof facilityViewSchema>;
