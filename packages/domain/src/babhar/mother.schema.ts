import { z } from 'zod';
import { type CalendarDate, parseCalendarDate, todayInWib } from '../common/calendar-date.js';
import { fullNameSchema, phoneSchema } from '../identity/identity.schema.js';
import { type NikRegionLookup, parseNik } from '../nik/nik.js';
import { nikSchema } from '../nik/nik.schema.js';
import { villageCodeSchema } from '../regions/region-index.js';
import {
  babharCoded,
  bloodTypeSchema,
  calendarDateStringSchema,
  entityIdSchema,
  isAfterToday,
} from './schema-helpers.js';

export interface BabharSchemaOptions {
  /** Today in WIB (for "not in the future"); defaults to now. */
  today?: CalendarDate;
}

/**
 * A mother's registration (DOMAIN §5.1): NIK, name, birth date, phone, desa and
 * address, blood type, height, and the marriage date the KSPR card asks for.
 * The NIK must be a woman's (day of birth + 40).
 */
export function motherRegistrationSchema(options: BabharSchemaOptions & { regions?: NikRegionLookup } = {}) {
  const today = options.today ?? todayInWib();
  return z
    .strictObject({
      nik: nikSchema(options.regions).superRefine((value, ctx) => {
        const parsed = parseNik(value, options.regions, today);
        if (parsed.ok && parsed.value.gender !== 'female')
          ctx.addIssue({ code: 'custom', ...babharCoded('nik_not_female') });
      }),
      fullName: fullNameSchema.describe('Full name as on the KTP or KK'),
      birthDate: calendarDateStringSchema.describe('Date of birth'),
      phone: phoneSchema.optional().describe('Mobile number (stored as +62…)'),
      villageCode: villageCodeSchema.describe('Desa / kelurahan code (35.28.xx.xxxx)'),
      address: z.string().trim().min(3).max(300).describe('Address: dusun, RT/RW, house'),
      bloodType: bloodTypeSchema.optional(),
      heightCm: z.number().min(100).max(200).optional().describe('Height in cm'),
      marriageDate: calendarDateStringSchema.optional().describe('Date of marriage (KSPR item 2a)'),
    })
    .superRefine((v, ctx) => {
      for (const key of ['birthDate', 'marriageDate'] as const)
        if (isAfterToday(v[key], today))
          ctx.addIssue({ code: 'custom', path: [key], ...babharCoded('date_future') });
      // The NIK carries the date of birth (DOMAIN §2): a different date is a typo in one of them.
      const parsed = parseNik(v.nik, options.regions, today);
      if (parsed.ok && parseCalendarDate(v.birthDate) && parsed.value.birthDate !== v.birthDate)
        ctx.addIssue({ code: 'custom', path: ['birthDate'], ...babharCoded('birth_date_not_nik') });
    });
}
export type MotherRegistrationInput = z.input<ReturnType<typeof motherRegistrationSchema>>;
export type MotherRegistration = z.output<ReturnType<typeof motherRegistrationSchema>>;

/** A mother as the gateway stores and returns her (the NIK only masked). */
export const motherRecordSchema = z.object({
  id: entityIdSchema,
  nikMasked: z.string(),
  fullName: z.string(),
  birthDate: calendarDateStringSchema,
  phoneMasked: z.string().nullable(),
  villageCode: villageCodeSchema,
  address: z.string(),
  bloodType: bloodTypeSchema.nullable(),
  heightCm: z.number().nullable(),
  marriageDate: calendarDateStringSchema.nullable(),
  createdAt: z.string().describe('ISO-8601 instant'),
});
export type MotherRecord = z.infer<typeof motherRecordSchema>;
