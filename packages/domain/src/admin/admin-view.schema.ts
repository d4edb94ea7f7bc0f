import { z } from 'zod';
import { caseStatusSchema } from '../cases/case-status.schema.js';
import { caseServiceSchema } from '../cases/tracking-code.js';

const bilingual = z.object({ id: z.string(), en: z.string() });
const period = z.object({ from: z.string(), to: z.string() });

/** The figures of one league row (definitions: docs/ADMIN.md). */
export const leagueRowSchema = z.object({
  cases: z.number().int(),
  answered: z.number().int(),
  medianFirstResponseMinutes: z.number().nullable(),
  p90FirstResponseMinutes: z.number().nullable(),
  reward: z.number().int(),
  rewardShare: z.number().nullable(),
  sanction: z.number().int(),
  verifyDue: z.number().int(),
  verifyOnTime: z.number().int(),
  followUpDue: z.number().int(),
  followUpOnTime: z.number().int(),
  workingDayCompliance: z.number().nullable(),
  promisesDue: z.number().int(),
  promisesKept: z.number().int(),
  ratings: z.number().int(),
  satisfaction: z.number().nullable(),
});

export const agencyLeagueSchema = z.object({
  period,
  generatedAt: z.string(),
  rows: z.array(
    leagueRowSchema.extend({ agencyId: z.string(), agencyCode: z.string(), agencyName: z.string() }),
  ),
});
export type AgencyLeague = z.infer<typeof agencyLeagueSchema>;

export const officerLeagueSchema = z.object({
  period,
  generatedAt: z.string(),
  agency: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  rows: z.array(
    leagueRowSchema.extend({
      /** `none`: cases nobody is assigned to. */
      assigneeId: z.string(),
      officerName: z.string().nullable(),
    }),
  ),
});
export type OfficerLeague = z.infer<typeof officerLeagueSchema>;

const counts = z.record(z.string(), z.number().int());
const labelled = z.array(z.object({ key: z.string(), label: bilingual, count: z.number().int() }));

export const dashboardViewSchema = z.object({
  period,
  generatedAt: z.string(),
  total: z.number().int(),
  open: z.number().int(),
  byService: labelled,
  byCategory: labelled,
  byStatus: labelled,
  byDistrict: labelled,
  byWeek: labelled,
  byMix: labelled,
  trend: z.array(z.object({ week: z.string(), counts })),
  clusters: z.array(
    z.object({
      lat: z.number(),
      lng: z.number(),
      count: z.number().int(),
      trackingCode: z.string().nullable(),
    }),
  ),
  /** Grid cell of the clusters, in degrees. */
  cellDegrees: z.number(),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;

export const adminCaseItemSchema = z.object({
  trackingCode: z.string(),
  service: caseServiceSchema,
  categoryName: bilingual,
  title: z.string(),
  status: caseStatusSchema,
  districtName: z.string().nullable(),
  agencyCode: z.string(),
  receivedAt: z.string(),
  firstResponseAt: z.string().nullable(),
  firstResponseMinutes: z.number().nullable(),
  responseMark: z.enum(['reward', 'neutral', 'sanction', 'pending']),
  promisedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  rating: z.number().nullable(),
});
export type AdminCaseItem = z.infer<typeof adminCaseItemSchema>;

export const adminCaseListSchema = z.object({
  items: z.array(adminCaseItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdminCaseList = z.infer<typeof adminCaseListSchema>;
