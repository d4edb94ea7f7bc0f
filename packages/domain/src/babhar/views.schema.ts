import { z } from 'zod';
import { ancContactFieldsSchema } from './anc-contact.schema.js';
import { birthPlanSchema } from './birth-plan.schema.js';
import { ksprCategorySchema, ksprItemCodeSchema } from './kspr.js';
import { measurementFlagCodes } from './measurement-flags.js';
import { outcomeSchema } from './outcome.schema.js';
import { pregnancyStatusSchema } from './pregnancy-status.js';
import { worklistReasons } from './worklist.js';

/**
 * What the e-Babhar routes answer (documented in the OpenAPI file, so the
 * portal's typed client knows them; the gateway's HTTP tests parse the
 * answers with these schemas).
 */
const bilingual = z.object({ id: z.string(), en: z.string() });
const date = z.string().describe('YYYY-MM-DD (WIB)');
const tone = z.enum(['blue', 'red']);

export const measurementFlagViewSchema = z.object({
  code: z.enum(measurementFlagCodes),
  group: z.enum(['measurement', '4T']),
  severity: z.enum(['danger', 'warning']),
  label: bilingual,
});

export const motherViewSchema = z.object({
  id: z.string(),
  nikMasked: z.string(),
  fullName: z.string(),
  birthDate: date,
  phoneMasked: z.string().nullable(),
  villageCode: z.string(),
  address: z.string(),
  bloodType: z.object({ abo: z.string(), rhesus: z.string().optional() }).nullable(),
  heightCm: z.number().nullable(),
  marriageDate: date.nullable(),
  claimed: z.boolean(),
  createdAt: z.string(),
});

export const pregnancyViewSchema = z.object({
  id: z.string(),
  motherId: z.string(),
  hpht: date,
  hpl: date.describe("HPL by Naegele's rule (Buku KIA)"),
  hpl280: date.describe('HPHT + 280 days'),
  usgHpl: date.nullable(),
  gravida: z.number().int(),
  para: z.number().int(),
  abortus: z.number().int(),
  lastBirthDate: date.nullable(),
  bidanId: z.string().nullable(),
  puskesmasId: z.string(),
  status: pregnancyStatusSchema,
  verification: z.enum(['verified', 'pending']),
  ksprTotal: z.number().int().nullable(),
  ksprCategory: ksprCategorySchema.nullable(),
  nextContactDate: date.nullable(),
  closedOn: date.nullable(),
  createdAt: z.string(),
});

export const pregnancyDatesViewSchema = z.object({
  hpht: date,
  hpl: date,
  hpl280: date,
  hplDiffers: z.boolean(),
  usgHpl: date.nullable(),
  schedulingHpl: date,
  gestationalAge: z.object({
    days: z.number().int(),
    weeks: z.number().int(),
    remainderDays: z.number().int(),
    basis: z.enum(['hpht', 'usg']),
  }),
  trimester: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  lostToFollowUpOn: date,
});

export const scheduleViewSchema = z.object({
  schedule: z.string(),
  requiredTotal: z.number().int(),
  doneTotal: z.number().int(),
  compliant: z.boolean(),
  onTrack: z.boolean(),
  trimesters: z.array(
    z.object({
      trimester: z.number().int(),
      status: z.string(),
      required: z.number().int(),
      done: z.number().int(),
      owed: z.number().int(),
      daysLeft: z.number().int(),
    }),
  ),
  doctorUltrasound: z.array(
    z.object({
      trimester: z.number().int(),
      status: z.string(),
      date: date.nullable(),
      daysLeft: z.number().int(),
    }),
  ),
  comparison: z.object({
    schedule: z.string(),
    doneTotal: z.number().int(),
    requiredTotal: z.number().int(),
    compliant: z.boolean(),
  }),
  visits: z.array(
    z.object({
      code: z.string(),
      date,
      trimester: z.number().int(),
      byDoctor: z.boolean(),
      doctorWithUltrasound: z.boolean(),
    }),
  ),
});

export const contactViewSchema = ancContactFieldsSchema.extend({
  id: z.string(),
  pregnancyId: z.string(),
  visitCode: z.string().nullable(),
  gestationalAgeDays: z.number().int(),
  gestationalAge: z.object({ weeks: z.number().int(), days: z.number().int() }),
  trimester: z.number().int(),
  flags: z.array(measurementFlagViewSchema),
  recordedBy: z.string(),
  createdAt: z.string(),
});

export const ksprViewSchema = z.object({
  total: z.number().int(),
  category: ksprCategorySchema,
  label: bilingual,
  care: bilingual,
  referral: bilingual,
  placeOfBirth: bilingual,
  attendant: bilingual,
  colour: z.enum(['green', 'yellow', 'red']),
});

export const dangerSignReportViewSchema = z.object({
  id: z.string(),
  period: z.string(),
  signs: z.array(z.object({ code: z.string(), label: bilingual })),
  note: z.string().nullable(),
  reportedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});

export const worklistEntryViewSchema = z.object({
  reason: z.enum(worklistReasons),
  tone,
  label: bilingual,
  trimester: z.number().int().nullable(),
  date: date.nullable(),
  daysLeft: z.number().int().nullable(),
});

const outcomeFields = z.object(outcomeSchema().shape);

export const pregnancyDetailSchema = z.object({
  pregnancy: pregnancyViewSchema,
  mother: motherViewSchema,
  dates: pregnancyDatesViewSchema,
  schedule: scheduleViewSchema,
  contacts: z.array(contactViewSchema),
  kspr: z.object({
    current: ksprViewSchema.nullable(),
    history: z.array(
      z.object({
        id: z.string(),
        date,
        trimester: z.number().int(),
        items: z.array(ksprItemCodeSchema),
        mergedItems: z.array(ksprItemCodeSchema),
        total: z.number().int(),
        category: ksprCategorySchema,
        colour: z.enum(['green', 'yellow', 'red']),
        note: z.string().nullable(),
        assessedBy: z.string(),
        createdAt: z.string(),
      }),
    ),
  }),
  birthPlan: z.object(birthPlanSchema().shape).nullable(),
  referrals: z.array(
    z.object({ id: z.string(), date, to: z.string(), reason: z.string(), createdBy: z.string() }),
  ),
  outcome: outcomeFields.extend({ facilityBirthByHealthWorker: z.boolean() }).nullable(),
  postpartum: z.array(
    z.object({ id: z.string(), date, visitCode: z.string(), recordedBy: z.string() }).loose(),
  ),
  dangerSigns: z.array(dangerSignReportViewSchema),
  worklist: z.object({ tone: tone.nullable(), entries: z.array(worklistEntryViewSchema) }),
});

export const motherLookupSchema = z.object({
  mother: motherViewSchema,
  pregnancies: z.array(pregnancyViewSchema),
  elsewhere: z.number().int().describe('Pregnancies followed by another puskesmas (not shown)'),
});

export const worklistViewSchema = z.object({
  reasons: z.array(z.object({ reason: z.enum(worklistReasons), label: bilingual, count: z.number().int() })),
  /** Pregnancies on the list asked for (all reasons, or the one filtered); `items` is one page of them. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      pregnancyId: z.string(),
      motherId: z.string(),
      motherName: z.string(),
      villageCode: z.string(),
      gestationalWeeks: z.number().int(),
      trimester: z.number().int(),
      hpl: date,
      ksprCategory: ksprCategorySchema.nullable(),
      nextContactDate: date.nullable(),
      tone,
      entries: z.array(worklistEntryViewSchema),
    }),
  ),
  pending: z.array(
    z.object({ pregnancyId: z.string(), motherName: z.string(), hpht: date, createdAt: z.string() }),
  ),
});

export const kohortPageSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      pregnancyId: z.string(),
      motherId: z.string(),
      motherName: z.string(),
      nikMasked: z.string(),
      villageCode: z.string(),
      hpht: date,
      hpl: date,
      gestationalWeeks: z.number().int(),
      gravida: z.number().int(),
      para: z.number().int(),
      abortus: z.number().int(),
      visits: z.array(z.object({ code: z.string().nullable(), date })),
      ksprTotal: z.number().int().nullable(),
      ksprCategory: z.string().nullable(),
      status: pregnancyStatusSchema,
      verification: z.string(),
    }),
  ),
});

export const ksprCardSchema = z.object({
  items: z.array(
    z.object({
      code: ksprItemCodeSchema,
      number: z.number().int(),
      group: z.string(),
      score: z.number().int(),
      label: bilingual,
    }),
  ),
  prefill: z.object({
    items: z.array(ksprItemCodeSchema),
    reasons: z.partialRecord(ksprItemCodeSchema, bilingual),
  }),
  carriedOver: z.array(ksprItemCodeSchema),
  startScore: z.number().int(),
  current: ksprViewSchema.nullable(),
  history: z.array(
    z.object({
      id: z.string(),
      date,
      trimester: z.number().int(),
      items: z.array(ksprItemCodeSchema),
      total: z.number().int(),
      category: z.string(),
    }),
  ),
});

export const ksprSavedSchema = z.object({
  id: z.string(),
  pregnancyId: z.string(),
  date,
  trimester: z.number().int(),
  items: z.array(ksprItemCodeSchema),
  mergedItems: z.array(ksprItemCodeSchema),
  carriedOver: z.array(ksprItemCodeSchema),
  added: z.array(ksprItemCodeSchema),
  total: z.number().int(),
  category: ksprCategorySchema,
  guidance: ksprViewSchema.nullable(),
});

const facilityRef = z.object({ id: z.string(), name: z.string(), address: z.string().nullable() });

export const myPregnancySchema = z.object({
  pregnancy: pregnancyViewSchema,
  mother: z.object({ fullName: z.string() }),
  dates: pregnancyDatesViewSchema,
  schedule: scheduleViewSchema,
  nextContact: z.object({ date, state: z.enum(['due', 'overdue']) }).nullable(),
  kspr: z.union([
    ksprViewSchema.extend({ plain: z.object({ meaning: bilingual, guidance: bilingual }) }),
    z.object({ notAssessed: bilingual }),
  ]),
  birthPlan: z.object(birthPlanSchema().shape).nullable(),
  dangerSigns: z.array(z.object({ code: z.string(), label: bilingual })),
  dangerSignPeriod: z.enum(['pregnancy', 'postpartum']),
  reports: z.array(dangerSignReportViewSchema.omit({ acknowledgedBy: true })),
  puskesmas: facilityRef.nullable(),
  bidan: z.object({ fullName: z.string() }).nullable(),
  transportLink: z.string(),
});

export const dangerSignAnswerSchema = z.object({
  report: z.object({
    id: z.string(),
    pregnancyId: z.string(),
    period: z.string(),
    signs: z.array(z.object({ code: z.string(), label: bilingual })),
    reportedAt: z.string(),
  }),
  advice: z.object({ now: bilingual, companion: bilingual, alerted: bilingual }),
  alerted: z.number().int().describe('Staff members notified'),
  puskesmas: facilityRef.nullable(),
  transportLink: z.string(),
});

const pwsCell = z.object({
  month: z.number().int(),
  cumulative: z.number().int(),
  monthPercent: z.number().nullable(),
  cumulativePercent: z.number().nullable(),
});

export const pwsReportSchema = z.object({
  year: z.number().int(),
  month: z.number().int(),
  puskesmasId: z.string().nullable(),
  puskesmasName: z.string().nullable(),
  crudeBirthRatePerMille: z.number(),
  indicators: z.array(z.object({ code: z.string(), label: bilingual, coverage: z.boolean() })),
  rows: z.array(
    z.object({
      villageCode: z.string(),
      villageName: z.string(),
      population: z.number().int().nullable(),
      target: z.number().int().nullable(),
      indicators: z.record(z.string(), pwsCell),
    }),
  ),
});

export type MotherView = z.infer<typeof motherViewSchema>;
export type PregnancyView = z.infer<typeof pregnancyViewSchema>;
export type PregnancyDatesView = z.infer<typeof pregnancyDatesViewSchema>;
export type ScheduleView = z.infer<typeof scheduleViewSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;
export type KsprView = z.infer<typeof ksprViewSchema>;
export type DangerSignReportView = z.infer<typeof dangerSignReportViewSchema>;
export type WorklistEntryView = z.infer<typeof worklistEntryViewSchema>;
export type PregnancyDetail = z.infer<typeof pregnancyDetailSchema>;
export type MotherLookup = z.infer<typeof motherLookupSchema>;
export type WorklistView = z.infer<typeof worklistViewSchema>;
export type KohortPage = z.infer<typeof kohortPageSchema>;
export type KsprCard = z.infer<typeof ksprCardSchema>;
export type KsprSaved = z.infer<typeof ksprSavedSchema>;
export type MyPregnancy = z.infer<typeof myPregnancySchema>;
export type DangerSignAnswer = z.infer<typeof dangerSignAnswerSchema>;
export type PwsReport = z.infer<typeof pwsReportSchema>;
