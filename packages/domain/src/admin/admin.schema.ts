import { z } from 'zod';
import {
  addCalendarDays,
  daysBetween,
  formatCalendarDate,
  parseCalendarDate,
  todayInWib,
} from '../common/calendar-date.js';
import { caseStatusSchema } from '../cases/case-status.schema.js';
import { caseServiceSchema } from '../cases/tracking-code.js';
import { leagueFigures } from './case-facts.js';

const coded = (code: string) => ({ message: code, params: { code } });

/** How a category's cases count in the infrastructure / service / other mix (Pasuruan reports 60 / 30 / 10). */
export const caseMixes = ['infrastructure', 'service', 'other'] as const;
export const caseMixSchema = z.enum(caseMixes);
export type CaseMix = z.infer<typeof caseMixSchema>;

/** The mix of a category that has none set: configuration by service. */
export const defaultMixByService: Record<z.infer<typeof caseServiceSchema>, CaseMix> = {
  lorong: 'infrastructure',
  madul: 'service',
  sehat: 'service',
};

/** The longest period the back office reads at once. */
export const maxPeriodDays = 400;
/** The period shown when none is asked for: the last 30 days, today included. */
export const defaultPeriodDays = 30;

/** The period's WIB dates (both included) with the defaults filled in. */
export function resolvePeriod(
  q: { from?: string; to?: string },
  now: Date = new Date(),
): { from: string; to: string } {
  const to = q.to ?? formatCalendarDate(todayInWib(now));
  const from =
    q.from ?? formatCalendarDate(addCalendarDays(parseCalendarDate(to)!, -(defaultPeriodDays - 1)));
  return { from, to };
}

/** A kecamatan code, or `none` for cases without one. */
const districtFilter = z.union([
  z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, coded('district_unknown')),
  z.literal('none'),
]);

/** A day of the back office's periods: a real calendar date of this century. */
const periodDate = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2099-12-31');

export const periodFields = {
  from: periodDate.optional(),
  to: periodDate.optional(),
  districtCode: districtFilter.optional(),
  service: caseServiceSchema.optional(),
};

export function checkPeriod(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  // A date of the right shape that is not in the calendar (2026-02-30) was already refused by its field.
  for (const key of ['from', 'to'] as const) {
    if (q[key] !== undefined && (typeof q[key] !== 'string' || !parseCalendarDate(q[key]))) return;
  }
  const p = resolvePeriod(q);
  const from = parseCalendarDate(p.from);
  const to = parseCalendarDate(p.to);
  if (!from || !to) return;
  const span = daysBetween(from, to);
  if (span < 0) ctx.addIssue({ code: 'custom', path: ['from'], ...coded('period_order') });
  else if (span + 1 > maxPeriodDays)
    ctx.addIssue({ code: 'custom', path: ['from'], ...coded('period_too_long') });
}

/** Period and the filters of the dashboard and the league table. */
export const periodQuerySchema = z.strictObject(periodFields).superRefine(checkPeriod);
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What a list behind a number filters on, beyond the period. */
const drillFields = {
  agencyId: z.string().min(1).max(36).optional(),
  /** An officer's id, or `none` for cases nobody is assigned to. */
  assigneeId: z.string().min(1).max(36).optional(),
  categoryId: z.string().min(1).max(36).optional(),
  status: caseStatusSchema.optional(),
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, coded('week_format'))
    .optional(),
  mix: caseMixSchema.optional(),
  open: booleanText.optional(),
  figure: z.enum(leagueFigures).optional(),
};

/** The dashboard's breakdowns, each exportable as a CSV table. */
export const dashboardTables = ['service', 'category', 'status', 'district', 'week', 'mix', 'trend'] as const;
export const dashboardExportQuerySchema = z
  .strictObject({ ...periodFields, table: z.enum(dashboardTables) })
  .superRefine(checkPeriod);
export type DashboardExportQuery = z.infer<typeof dashboardExportQuerySchema>;
export type DashboardTable = (typeof dashboardTables)[number];

/** The list behind a number (also the case CSV): the period filters plus what the number counted. */
export const caseListQuerySchema = z
  .strictObject({
    ...periodFields,
    ...drillFields,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkPeriod);
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** The case CSV: the same filters, every row. */
export const caseExportQuerySchema = z
  .strictObject({ ...periodFields, ...drillFields })
  .superRefine(checkPeriod);
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;

/** The officers' league table of one agency. */
export const officerLeagueQuerySchema = z
  .strictObject({ ...periodFields, agencyId: z.string().min(1).max(36) })
  .superRefine(checkPeriod);
export type OfficerLeagueQuery = z.infer<typeof officerLeagueQuerySchema>;

/** The filters a scan of the period applies (a resolved period plus the drill-down). */
export type CaseFilter = Omit<CaseExportQuery, 'from' | 'to'> & { from: string; to: string };

export const agencyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{2,32}$/, coded('agency_code_format'));

export const createAgencySchema = z.strictObject({
  code: agencyCodeSchema,
  name: z.string().trim().min(3).max(160),
  headUserId: z.string().uuid().nullable().optional(),
});
export type CreateAgencyInput = z.infer<typeof createAgencySchema>;

export const updateAgencySchema = z.strictObject({
  name: z.string().trim().min(3).max(160).optional(),
  headUserId: z.string().uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateAgencyInput = z.infer<typeof updateAgencySchema>;
