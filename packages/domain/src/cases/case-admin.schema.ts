import { z } from 'zod';
import { caseMixSchema } from '../admin/admin.schema.js';
import { categoryAttributeSchema } from './case.schema.js';
import { slaConfigSchema } from './sla.js';

export const holidaySchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(['libur_nasional', 'cuti_bersama']),
  name: z.string().trim().min(3).max(160),
});
export type HolidayInput = z.infer<typeof holidaySchema>;

export const routingRuleSchema = z.strictObject({
  categoryId: z.string().min(1).max(36),
  /** A kecamatan code, or null for the whole regency. */
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/)
    .nullable(),
  agencyId: z.string().min(1).max(36),
});
export type RoutingRuleInput = z.infer<typeof routingRuleSchema>;

export const updateCategorySchema = z.strictObject({
  nameId: z.string().trim().min(2).max(120).optional(),
  nameEn: z.string().trim().min(2).max(120).optional(),
  defaultAgencyId: z.string().min(1).max(36).optional(),
  duplicateRadiusM: z.number().int().min(5).max(5000).optional(),
  attributes: z.array(categoryAttributeSchema).max(20).optional(),
  sla: slaConfigSchema.partial().optional(),
  /** The dashboard's infrastructure / service / other mix; null: the service's default. */
  mix: caseMixSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateCategoryInput = z.infer<typeof updateCategorySchema>;

export const responseTemplateSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  body: z.string().trim().min(3).max(4000),
});
