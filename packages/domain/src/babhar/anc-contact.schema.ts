import { z } from 'zod';
import { compareCalendarDates, parseCalendarDate, todayInWib } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import { ancProviderSchema } from './anc-visits.js';
import { urineProteinSchema } from './config.js';
import { pregnancyDangerSignCodes } from './danger-signs.js';
import type { BabharSchemaOptions } from './mother.schema.js';
import {
  babharCoded,
  bloodTypeSchema,
  calendarDateStringSchema,
  distinctList,
  entityIdSchema,
  isAfterToday,
  noteSchema,
} from './schema-helpers.js';

/** Fetal presentation (10T: presentasi janin). */
export const presentations = ['cephalic', 'breech', 'transverse', 'not_determined'] as const;
export const presentationSchema = z.enum(presentations);
export type Presentation = z.infer<typeof presentationSchema>;
export const presentationLabels: Record<Presentation, Bilingual> = {
  cephalic: { id: 'Kepala', en: 'Cephalic' },
  breech: { id: 'Sungsang', en: 'Breech' },
  transverse: { id: 'Lintang', en: 'Transverse' },
  not_determined: { id: 'Belum dapat ditentukan', en: 'Not yet determined' },
};

/** Tetanus-diphtheria immunisation status T0–T5 (T5: protected for life). */
export const tdStatuses = ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'] as const;
export const tdStatusSchema = z.enum(tdStatuses);
export type TdStatus = z.infer<typeof tdStatusSchema>;
export const tdDoses = ['T1', 'T2', 'T3', 'T4', 'T5'] as const;

/** A triple-elimination screening result (HIV, syphilis, hepatitis B). */
export const screeningResults = ['non_reactive', 'reactive', 'not_tested'] as const;
export const screeningResultSchema = z.enum(screeningResults);

/** Counselling topics of the Buku KIA (temu wicara). */
export const counsellingTopics = [
  'nutrition',
  'iron_tablets',
  'danger_signs',
  'birth_plan_p4k',
  'breastfeeding',
  'family_planning',
  'hygiene',
  'rest_and_activity',
  'triple_elimination',
  'mental_health',
  'newborn_care',
  'other',
] as const;
export const counsellingTopicSchema = z.enum(counsellingTopics);

export const labResultsSchema = z
  .strictObject({
    hbGdl: z.number().min(2).max(25).optional().describe('Haemoglobin in g/dL'),
    urineProtein: urineProteinSchema.optional().describe('Urine protein dipstick'),
    bloodType: bloodTypeSchema.optional(),
    hiv: screeningResultSchema.optional(),
    syphilis: screeningResultSchema.optional(),
    hepatitisB: screeningResultSchema.optional(),
  })
  .describe('Laboratory results (10T: tes laboratorium)');

export const referralSchema = z
  .strictObject({
    to: z.string().trim().min(2).max(200).describe('Facility referred to'),
    reason: z.string().trim().min(3).max(1000).describe('Why'),
  })
  .describe('Referral');

/** A referral recorded on its own (outside an ANC contact). */
export const referralInputSchema = z.strictObject({
  date: calendarDateStringSchema.describe('Date of the referral'),
  ...referralSchema.shape,
});
export type ReferralInput = z.input<typeof referralInputSchema>;

/** The fields of an ANC contact form (the 10T), without the cross-field rules. */
export const ancContactFieldsSchema = z.strictObject({
  date: calendarDateStringSchema.describe('Date of the contact'),
  provider: ancProviderSchema.describe('Seen by a bidan or a doctor'),
  weightKg: z.number().min(25).max(200).describe('Weight in kg (every contact)'),
  heightCm: z.number().min(100).max(200).optional().describe('Height in cm (first contact)'),
  systolic: z.number().int().min(50).max(260).describe('Systolic blood pressure, mmHg'),
  diastolic: z.number().int().min(30).max(160).describe('Diastolic blood pressure, mmHg'),
  oedema: z.boolean().optional().describe('Swelling of face, hands or legs'),
  lilaCm: z.number().min(10).max(50).optional().describe('Mid-upper arm circumference (LILA), cm'),
  fundalHeightCm: z.number().min(0).max(50).optional().describe('Fundal height (TFU), cm'),
  presentation: presentationSchema.optional(),
  fetalHeartRate: z.number().int().min(50).max(240).optional().describe('Fetal heart rate (DJJ), /min'),
  tdStatus: tdStatusSchema.describe('Td immunisation status before this contact'),
  tdDoseGiven: z.enum(tdDoses).optional().describe('Td dose given at this contact'),
  ironTablets: z.number().int().min(0).max(120).default(0).describe('Iron tablets given at this contact'),
  lab: labResultsSchema.optional(),
  ultrasound: z.boolean().default(false).describe('Ultrasound done at this contact'),
  caseManagement: z.string().trim().max(2000).optional().describe('Case management (tata laksana kasus)'),
  counselling: distinctList(counsellingTopicSchema).default([]).describe('Counselling topics (temu wicara)'),
  dangerSignsChecked: z.boolean().describe('The danger signs were asked about'),
  dangerSignsFound: distinctList(z.enum(pregnancyDangerSignCodes)).default([]).describe('Danger signs found'),
  referral: referralSchema.optional(),
  nextContactDate: calendarDateStringSchema.optional().describe('Date of the next contact'),
  note: noteSchema.optional(),
});

/**
 * An ANC contact as the form sends it (DOMAIN §5.1, the 10T). The visit code
 * and gestational age are computed by the gateway (`ancVisits`). Height is
 * required at the first contact (`firstContact: true`). `tdStatus` is the
 * status before the contact; a dose given is the next one (T0 → T1 … T4 → T5).
 */
export function ancContactSchema(options: BabharSchemaOptions & { firstContact?: boolean } = {}) {
  const today = options.today ?? todayInWib();
  return ancContactFieldsSchema.superRefine((v, ctx) => {
    if (isAfterToday(v.date, today))
      ctx.addIssue({ code: 'custom', path: ['date'], ...babharCoded('date_future') });
    if (v.systolic <= v.diastolic)
      ctx.addIssue({ code: 'custom', path: ['systolic'], ...babharCoded('bp_inverted') });
    if (options.firstContact && v.heightCm === undefined)
      ctx.addIssue({ code: 'custom', path: ['heightCm'], ...babharCoded('height_required_first') });
    if (v.tdDoseGiven && tdDoses.indexOf(v.tdDoseGiven) !== tdStatuses.indexOf(v.tdStatus))
      ctx.addIssue({ code: 'custom', path: ['tdDoseGiven'], ...babharCoded('td_dose_inconsistent') });
    const date = parseCalendarDate(v.date);
    const next = v.nextContactDate ? parseCalendarDate(v.nextContactDate) : null;
    if (date && next && compareCalendarDates(next, date) <= 0)
      ctx.addIssue({ code: 'custom', path: ['nextContactDate'], ...babharCoded('next_contact_not_after') });
  });
}
export type AncContactInput = z.input<ReturnType<typeof ancContactSchema>>;
export type AncContact = z.output<ReturnType<typeof ancContactSchema>>;

/** The Td status after a contact. */
export function tdStatusAfter(contact: Pick<AncContact, 'tdStatus' | 'tdDoseGiven'>): TdStatus {
  return contact.tdDoseGiven ?? contact.tdStatus;
}

/** K1M, K1A, K2, K3, … (numbering continues past K6). */
export const ancVisitCodeSchema = z
  .string()
  .regex(/^K(1M|1A|[2-9]|[1-9]\d+)$/)
  .describe('ANC visit code');

/** An ANC contact as the gateway stores and returns it, with what it computed. */
export const ancContactRecordSchema = ancContactFieldsSchema.extend({
  id: entityIdSchema,
  pregnancyId: entityIdSchema,
  visitCode: ancVisitCodeSchema,
  gestationalAgeDays: z
    .number()
    .int()
    .describe('By the scheduling HPHT (ultrasound-dated when there is one)'),
  recordedBy: entityIdSchema.describe('The staff member who recorded it'),
  createdAt: z.string().describe('ISO-8601 instant'),
});
export type AncContactRecord = z.infer<typeof ancContactRecordSchema>;
