import { z } from 'zod';
import { compareCalendarDates, parseCalendarDate, todayInWib } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import { ancProviderSchema } from './anc-visits.js';
import { referralSchema } from './anc-contact.schema.js';
import { familyPlanningMethodSchema } from './birth-plan.schema.js';
import { postpartumDangerSignCodes } from './danger-signs.js';
import type { BabharSchemaOptions } from './mother.schema.js';
import type { PregnancyStatus } from './pregnancy-status.js';
import {
  babharCoded,
  calendarDateStringSchema,
  distinctList,
  isAfterToday,
  noteSchema,
} from './schema-helpers.js';

export const outcomeKinds = ['birth', 'miscarriage'] as const;
export const outcomePlaces = [
  'hospital',
  'puskesmas',
  'clinic',
  'polindes',
  'poskesdes',
  'home',
  'on_the_way',
] as const;
export const outcomeAttendants = [
  'doctor',
  'bidan',
  'other_health_worker',
  'traditional_birth_attendant',
  'family',
  'none',
] as const;
export const deliveryModes = ['spontaneous', 'vacuum_or_forceps', 'caesarean'] as const;

export const outcomePlaceLabels: Record<(typeof outcomePlaces)[number], Bilingual> = {
  hospital: { id: 'Rumah sakit', en: 'Hospital' },
  puskesmas: { id: 'Puskesmas', en: 'Puskesmas' },
  clinic: { id: 'Klinik / praktik mandiri bidan', en: 'Clinic / private midwife practice' },
  polindes: { id: 'Polindes', en: 'Polindes' },
  poskesdes: { id: 'Poskesdes', en: 'Poskesdes' },
  home: { id: 'Rumah', en: 'Home' },
  on_the_way: { id: 'Di perjalanan', en: 'On the way' },
};

export const outcomeKindLabels: Record<(typeof outcomeKinds)[number], Bilingual> = {
  birth: { id: 'Persalinan', en: 'Birth' },
  miscarriage: { id: 'Keguguran', en: 'Miscarriage' },
};

export const outcomeAttendantLabels: Record<(typeof outcomeAttendants)[number], Bilingual> = {
  doctor: { id: 'Dokter', en: 'Doctor' },
  bidan: { id: 'Bidan', en: 'Midwife (bidan)' },
  other_health_worker: { id: 'Tenaga kesehatan lain', en: 'Other health worker' },
  traditional_birth_attendant: { id: 'Dukun bayi', en: 'Traditional birth attendant (dukun)' },
  family: { id: 'Keluarga', en: 'Family' },
  none: { id: 'Tanpa penolong', en: 'Unattended' },
};

export const deliveryModeLabels: Record<(typeof deliveryModes)[number], Bilingual> = {
  spontaneous: { id: 'Spontan (normal)', en: 'Spontaneous (vaginal)' },
  vacuum_or_forceps: { id: 'Vakum / forsep', en: 'Vacuum / forceps' },
  caesarean: { id: 'Sesar (SC)', en: 'Caesarean section' },
};

export const babySexes = ['female', 'male', 'undetermined'] as const;
export const babySexLabels: Record<(typeof babySexes)[number], Bilingual> = {
  female: { id: 'Perempuan', en: 'Girl' },
  male: { id: 'Laki-laki', en: 'Boy' },
  undetermined: { id: 'Belum dapat ditentukan', en: 'Undetermined' },
};

export const babySchema = z.strictObject({
  sex: z.enum(babySexes),
  bornAlive: z.boolean(),
  weightGrams: z.number().int().min(200).max(7000).optional(),
});

/**
 * The outcome of a pregnancy: a birth (mode and at least one baby) or a
 * miscarriage (no babies); place and attendant feed the PWS-KIA "deliveries by
 * health workers in facilities".
 */
export function outcomeSchema(options: BabharSchemaOptions = {}) {
  const today = options.today ?? todayInWib();
  return z
    .strictObject({
      kind: z.enum(outcomeKinds),
      date: calendarDateStringSchema.describe('Date of the birth or miscarriage'),
      place: z.enum(outcomePlaces),
      attendant: z.enum(outcomeAttendants),
      mode: z.enum(deliveryModes).optional(),
      babies: z.array(babySchema).max(6).default([]),
      maternalDeath: z.boolean().default(false),
      note: noteSchema.optional(),
    })
    .superRefine((v, ctx) => {
      if (isAfterToday(v.date, today))
        ctx.addIssue({ code: 'custom', path: ['date'], ...babharCoded('date_future') });
      if (v.kind === 'birth' && (!v.mode || v.babies.length === 0))
        ctx.addIssue({
          code: 'custom',
          path: [v.mode ? 'babies' : 'mode'],
          ...babharCoded('outcome_birth_details'),
        });
      if (v.kind === 'miscarriage' && v.babies.length > 0)
        ctx.addIssue({ code: 'custom', path: ['babies'], ...babharCoded('outcome_miscarriage_no_babies') });
    });
}
export type OutcomeInput = z.input<ReturnType<typeof outcomeSchema>>;
export type Outcome = z.output<ReturnType<typeof outcomeSchema>>;

/** The pregnancy status an outcome sets. */
export function statusOfOutcome(outcome: Pick<Outcome, 'kind'>): PregnancyStatus {
  return outcome.kind === 'birth' ? 'delivered' : 'miscarriage';
}

const facilities: readonly string[] = ['hospital', 'puskesmas', 'clinic', 'polindes', 'poskesdes'];
const healthWorkers: readonly string[] = ['doctor', 'bidan', 'other_health_worker'];

/** PWS-KIA: a birth attended by a health worker in a health facility (persalinan di fasyankes oleh nakes). */
export function isFacilityBirthByHealthWorker(
  outcome: Pick<Outcome, 'kind' | 'place' | 'attendant'>,
): boolean {
  return (
    outcome.kind === 'birth' &&
    facilities.includes(outcome.place) &&
    healthWorkers.includes(outcome.attendant)
  );
}

/**
 * A postpartum contact (kunjungan nifas). Its code KF1–KF4 is computed from the
 * delivery date (`postpartumVisitCode`).
 */
export function postpartumContactSchema(options: BabharSchemaOptions = {}) {
  const today = options.today ?? todayInWib();
  return z
    .strictObject({
      date: calendarDateStringSchema.describe('Date of the contact'),
      provider: ancProviderSchema,
      systolic: z.number().int().min(50).max(260).optional(),
      diastolic: z.number().int().min(30).max(160).optional(),
      temperatureC: z.number().min(30).max(44).optional(),
      lochia: z.enum(['normal', 'abnormal']).optional().describe('Lochia (discharge)'),
      breasts: z.enum(['normal', 'problem']).optional(),
      vitaminA: z.boolean().default(false).describe('Vitamin A capsule given'),
      ironTablets: z.number().int().min(0).max(120).default(0),
      familyPlanning: familyPlanningMethodSchema.optional(),
      dangerSignsFound: distinctList(z.enum(postpartumDangerSignCodes)).default([]),
      referral: referralSchema.optional(),
      note: noteSchema.optional(),
    })
    .superRefine((v, ctx) => {
      if (isAfterToday(v.date, today))
        ctx.addIssue({ code: 'custom', path: ['date'], ...babharCoded('date_future') });
      if (v.systolic !== undefined && v.diastolic !== undefined && v.systolic <= v.diastolic)
        ctx.addIssue({ code: 'custom', path: ['systolic'], ...babharCoded('bp_inverted') });
    });
}
export type PostpartumContactInput = z.input<ReturnType<typeof postpartumContactSchema>>;
export type PostpartumContact = z.output<ReturnType<typeof postpartumContactSchema>>;

/** True when the outcome date is not before HPHT (a check the gateway runs with the pregnancy at hand). */
export function outcomeAfterHpht(outcomeDate: string, hpht: string): boolean {
  const a = parseCalendarDate(outcomeDate);
  const b = parseCalendarDate(hpht);
  return !!a && !!b && compareCalendarDates(a, b) >= 0;
}
