import { z } from 'zod';
import {
  addCalendarDays,
  compareCalendarDates,
  parseCalendarDate,
  todayInWib,
} from '../common/calendar-date.js';
import { type BabharConfig, defaultBabharConfig } from './config.js';
import { usgEquivalentHpht } from './dates.js';
import { ksprCategorySchema } from './kspr.js';
import type { BabharSchemaOptions } from './mother.schema.js';
import { pregnancyStatusSchema } from './pregnancy-status.js';
import { babharCoded, calendarDateStringSchema, entityIdSchema } from './schema-helpers.js';

const obstetricCount = z.number().int().min(0).max(30);

/**
 * A pregnancy's registration (DOMAIN §5.1): HPHT, the ultrasound due date when
 * there is one, gravida/para/abortus (gravida counts this pregnancy, so P + A ≤
 * G − 1), the last birth (KSPR items 3 and 4, 4T), the assigned bidan and
 * puskesmas. HPL is computed by the gateway (`expectedDelivery`), not sent.
 * An HPHT (or ultrasound equivalent) in the future or past the lost-to-follow-up
 * limit cannot be an ongoing pregnancy.
 */
export function pregnancyRegistrationSchema(options: BabharSchemaOptions & { config?: BabharConfig } = {}) {
  const today = options.today ?? todayInWib();
  const limit = (options.config ?? defaultBabharConfig).dates.lostToFollowUpDays;
  const ongoing = (start: ReturnType<typeof parseCalendarDate>) =>
    !!start &&
    compareCalendarDates(start, today) <= 0 &&
    compareCalendarDates(addCalendarDays(start, limit), today) > 0;
  return z
    .strictObject({
      motherId: entityIdSchema,
      hpht: calendarDateStringSchema.describe('HPHT: first day of the last menstrual period'),
      usgHpl: calendarDateStringSchema
        .optional()
        .describe('Due date by ultrasound (overrides for scheduling)'),
      gravida: z.number().int().min(1).max(30).describe('Pregnancies, this one included (G)'),
      para: obstetricCount.describe('Previous births (P)'),
      abortus: obstetricCount.describe('Previous miscarriages or abortions (A)'),
      lastBirthDate: calendarDateStringSchema.optional().describe('Date of the last birth'),
      bidanId: entityIdSchema.optional().describe('The assigned bidan'),
      puskesmasId: entityIdSchema.describe('The puskesmas following the pregnancy'),
    })
    .superRefine((v, ctx) => {
      if (v.para + v.abortus > v.gravida - 1)
        ctx.addIssue({ code: 'custom', path: ['gravida'], ...babharCoded('gpa_inconsistent') });
      const hpht = parseCalendarDate(v.hpht);
      if (hpht && compareCalendarDates(hpht, today) > 0)
        ctx.addIssue({ code: 'custom', path: ['hpht'], ...babharCoded('date_future') });
      else if (hpht && !ongoing(hpht))
        ctx.addIssue({ code: 'custom', path: ['hpht'], ...babharCoded('hpht_too_old') });
      const usgHpl = v.usgHpl ? parseCalendarDate(v.usgHpl) : null;
      if (usgHpl && !ongoing(usgEquivalentHpht(usgHpl)))
        ctx.addIssue({ code: 'custom', path: ['usgHpl'], ...babharCoded('usg_hpl_implausible') });
      const lastBirth = v.lastBirthDate ? parseCalendarDate(v.lastBirthDate) : null;
      if (lastBirth && hpht && compareCalendarDates(lastBirth, hpht) >= 0)
        ctx.addIssue({ code: 'custom', path: ['lastBirthDate'], ...babharCoded('last_birth_after_hpht') });
    });
}
export type PregnancyRegistrationInput = z.input<ReturnType<typeof pregnancyRegistrationSchema>>;
export type PregnancyRegistration = z.output<ReturnType<typeof pregnancyRegistrationSchema>>;

/** A pregnancy as the gateway stores and returns it, with the computed dates. */
export const pregnancyRecordSchema = z.object({
  id: entityIdSchema,
  motherId: entityIdSchema,
  hpht: calendarDateStringSchema,
  hpl: calendarDateStringSchema.describe("HPL by Naegele's rule (Buku KIA)"),
  hpl280: calendarDateStringSchema.describe('HPHT + 280 days, shown beside HPL when they differ'),
  usgHpl: calendarDateStringSchema.nullable(),
  gravida: z.number().int(),
  para: z.number().int(),
  abortus: z.number().int(),
  lastBirthDate: calendarDateStringSchema.nullable(),
  bidanId: entityIdSchema.nullable(),
  puskesmasId: entityIdSchema,
  status: pregnancyStatusSchema,
  /** The current (merged, never decreasing) KSPR total and category. */
  ksprTotal: z.number().int().nullable(),
  ksprCategory: ksprCategorySchema.nullable(),
  /** Set when the status leaves `active`: the outcome date, or HPHT + 308 days when lost to follow-up. */
  closedOn: calendarDateStringSchema.nullable(),
  createdAt: z.string().describe('ISO-8601 instant'),
});
export type PregnancyRecord = z.infer<typeof pregnancyRecordSchema>;
