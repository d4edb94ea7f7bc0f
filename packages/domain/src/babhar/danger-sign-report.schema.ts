import { z } from 'zod';
import { dangerSignCodeSchema, dangerSignPeriodSchema, dangerSignsOf } from './danger-signs.js';
import { babharCoded, distinctList, entityIdSchema, noteSchema } from './schema-helpers.js';

/** A danger-sign report from the portal (DOMAIN §5.6): one or more signs of one period. */
export const dangerSignReportSchema = z
  .strictObject({
    pregnancyId: entityIdSchema,
    period: dangerSignPeriodSchema.describe('Pregnancy or postpartum'),
    signs: distinctList(dangerSignCodeSchema).min(1, babharCoded('danger_sign_required')),
    note: noteSchema.optional().describe('What the mother adds in her own words'),
  })
  .superRefine((v, ctx) => {
    const allowed = new Set(dangerSignsOf(v.period).map((s) => s.code));
    v.signs.forEach((sign, index) => {
      if (!allowed.has(sign))
        ctx.addIssue({ code: 'custom', path: ['signs', index], ...babharCoded('danger_sign_period') });
    });
  });
export type DangerSignReportInput = z.input<typeof dangerSignReportSchema>;
export type DangerSignReport = z.output<typeof dangerSignReportSchema>;
