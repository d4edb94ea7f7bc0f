import { z } from 'zod';
import { caseStatusSchema } from './case-status.schema.js';
import { caseServiceSchema } from './tracking-code.js';

const bilingual = z.object({ id: z.string(), en: z.string() });

export const timelineEntrySchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  at: z.string(),
  /** resident | officer | health_staff | regency_admin | system — never a name. */
  actorRole: z.string(),
  fromStatus: caseStatusSchema.nullable(),
  toStatus: caseStatusSchema.nullable(),
  message: z.string().nullable(),
  isPublic: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  photoUrls: z.array(z.string()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const caseSummarySchema = z.object({
  trackingCode: z.string(),
  service: caseServiceSchema,
  categoryId: z.string(),
  categoryName: bilingual,
  title: z.string(),
  status: caseStatusSchema,
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  receivedAt: z.string(),
  supporterCount: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const slaViewSchema = z.object({
  responseMark: z.enum(['reward', 'neutral', 'sanction', 'pending']),
  firstResponseMinutes: z.number().nullable(),
  verifyBy: z.string(),
  followUpBy: z.string(),
  resolveBy: z.string(),
  autoCloseAt: z.string().nullable(),
  overdue: z.boolean(),
  dueAt: z.string().nullable(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  description: z.string(),
  attributes: z.record(z.string(), z.unknown()),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  address: z.string().nullable(),
  roadStatus: z.string().nullable(),
  severity: z.string().nullable(),
  /** e-Sehat complaints: the health facility concerned. */
  facility: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  agency: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  promisedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  budgetYear: z.number().nullable(),
  responsibleBody: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  rating: z.number().nullable(),
  photos: z.array(z.object({ url: z.string(), role: z.string() })),
  timeline: z.array(timelineEntrySchema),
  /** What the caller may still do (reporter: confirm/reopen/rate; officer: the officer actions). */
  actions: z.array(z.string()),
  viewer: z.enum(['public', 'reporter', 'supporter', 'staff']),
  anonim: z.boolean().optional(),
  rahasia: z.boolean().optional(),
  reopenCount: z.number().int().optional(),
  reporter: z.object({ name: z.string().nullable(), verified: z.boolean() }).optional(),
  assigneeId: z.string().nullable().optional(),
  priority: z.number().int().optional(),
  sla: slaViewSchema.optional(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const staffQueueItemSchema = caseSummarySchema.extend({
  agencyId: z.string(),
  assigneeId: z.string().nullable(),
  overdue: z.boolean(),
  dueAt: z.string().nullable(),
  responseMark: z.enum(['reward', 'neutral', 'sanction', 'pending']),
  priority: z.number().int(),
});

/**
 * Lists of cases count their matches up to this many (more only when the page asked for lies
 * further): beyond it the answer says `totalCapped: true` and the portals show "1000+".
 */
export const caseCountCap = 1000;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    totalCapped: z
      .boolean()
      .optional()
      .describe('The count stopped at its cap (1000, or the end of the page asked for): more rows match'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const submittedCaseSchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: caseStatusSchema,
});
