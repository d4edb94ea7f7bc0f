import { z } from 'zod';
import { babharConfigSchema } from '../babhar/config.js';
import { villageCodeSchema } from '../regions/region-index.js';
import { bookingStatsRowSchema } from '../sehat/booking.schema.js';
import { checkPeriod, periodFields } from './admin.schema.js';

/**
 * The back office's "Maternal and health" section (docs/ADMIN.md): PWS-KIA coverage, high risk, overdue
 * contacts and danger-sign alerts per puskesmas and per desa; e-Sehat bookings and transport.
 */

const coded = (code: string) => ({ message: code, params: { code } });
const id = z.string().min(1).max(36);
const { service: _service, districtCode, ...period } = periodFields;
const regionFields = { ...period, districtCode };

/** The figures that open a list of mothers. */
export const maternalFigures = [
  'k1',
  'k4',
  'k6',
  'krt',
  'krst',
  'overdue',
  'danger',
  'danger_unanswered',
] as const;
export const maternalFigureSchema = z.enum(maternalFigures);
export type MaternalFigure = z.infer<typeof maternalFigureSchema>;

/** Per puskesmas (no puskesmasId) or per desa of one puskesmas. */
export const maternalQuerySchema = z
  .strictObject({ ...regionFields, puskesmasId: id.optional() })
  .superRefine(checkPeriod);
export type MaternalQuery = z.infer<typeof maternalQuerySchema>;

/** The mothers behind a number: the figure, the puskesmas, optionally the desa. */
export const maternalListQuerySchema = z
  .strictObject({
    ...regionFields,
    puskesmasId: id.optional(),
    villageCode: villageCodeSchema.optional(),
    figure: maternalFigureSchema,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkPeriod);
export type MaternalListQuery = z.infer<typeof maternalListQuerySchema>;

export const maternalExportTables = ['puskesmas', 'villages', 'mothers', 'bookings', 'transport'] as const;
export const maternalExportQuerySchema = z
  .strictObject({
    ...regionFields,
    table: z.enum(maternalExportTables),
    puskesmasId: id.optional(),
    villageCode: villageCodeSchema.optional(),
    figure: maternalFigureSchema.optional(),
  })
  .superRefine(checkPeriod)
  .superRefine((q, ctx) => {
    if (q.table === 'villages' && !q.puskesmasId)
      ctx.addIssue({ code: 'custom', path: ['puskesmasId'], ...coded('field_required') });
    if (q.table === 'mothers' && !q.figure)
      ctx.addIssue({ code: 'custom', path: ['figure'], ...coded('field_required') });
  });
export type MaternalExportQuery = z.infer<typeof maternalExportQuerySchema>;

/** e-Sehat figures: period and kecamatan. */
export const sehatAdminQuerySchema = z.strictObject(regionFields).superRefine(checkPeriod);
export type SehatAdminQuery = z.infer<typeof sehatAdminQuerySchema>;

const coverage = z.object({
  count: z.number().int(),
  /** count ÷ target × 100, one decimal; null without a target. */
  percent: z.number().nullable(),
});

/** One row: a puskesmas (key = its id) or a desa (key = its code). Definitions: docs/ADMIN.md. */
export const maternalRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  population: z.number().int().nullable(),
  target: z.number().int().nullable(),
  k1: coverage,
  k4: coverage,
  k6: coverage,
  krt: z.number().int(),
  krst: z.number().int(),
  overdue: z.number().int(),
  dangerAlerts: z.number().int(),
  dangerAnswered: z.number().int(),
  dangerUnanswered: z.number().int(),
  medianAnswerMinutes: z.number().nullable(),
  p90AnswerMinutes: z.number().nullable(),
});
export type MaternalRow = z.infer<typeof maternalRowSchema>;

export const maternalViewSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  crudeBirthRatePerMille: z.number(),
  targetFactor: z.number(),
  level: z.enum(['puskesmas', 'village']),
  puskesmas: z.object({ id: z.string(), name: z.string() }).nullable(),
  rows: z.array(maternalRowSchema),
  total: maternalRowSchema,
});
export type MaternalView = z.infer<typeof maternalViewSchema>;

export const maternalMotherItemSchema = z.object({
  pregnancyId: z.string(),
  motherName: z.string(),
  nikMasked: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  puskesmasName: z.string(),
  hpht: z.string(),
  gestationalWeeks: z.number().int(),
  status: z.string(),
  ksprCategory: z.string().nullable(),
  nextContactDate: z.string().nullable(),
  /** The date the figure counts (the contact, the report…); null for today's snapshots. */
  date: z.string().nullable(),
  /** Minutes to answer a danger sign (danger figures), null while unanswered. */
  answerMinutes: z.number().nullable(),
});
export type MaternalMotherItem = z.infer<typeof maternalMotherItemSchema>;

export const maternalMotherListSchema = z.object({
  figure: maternalFigureSchema,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(maternalMotherItemSchema),
});
export type MaternalMotherList = z.infer<typeof maternalMotherListSchema>;

export const transportStatsRowSchema = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  requests: z.number().int(),
  assigned: z.number().int(),
  arrived: z.number().int(),
  cancelled: z.number().int(),
  invalid: z.number().int(),
  open: z.number().int(),
  medianMinutesToAssign: z.number().nullable(),
  p90MinutesToAssign: z.number().nullable(),
  medianMinutesToPickup: z.number().nullable(),
  p90MinutesToPickup: z.number().nullable(),
});
export type TransportStatsRow = z.infer<typeof transportStatsRowSchema>;

export const sehatAdminViewSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  bookings: z.array(bookingStatsRowSchema),
  transport: z.array(transportStatsRowSchema),
});
export type SehatAdminView = z.infer<typeof sehatAdminViewSchema>;

/** Regency settings of e-Babhar (null: back to the environment's default). */
export const babharSettingsInputSchema = z
  .strictObject({
    crudeBirthRatePerMille: z.number().min(0).max(100).nullable().optional(),
    rules: babharConfigSchema.nullable().optional(),
  })
  .refine((v) => v.crudeBirthRatePerMille !== undefined || v.rules !== undefined, {
    path: ['crudeBirthRatePerMille'],
    ...coded('field_required'),
  });
export type BabharSettingsInput = z.infer<typeof babharSettingsInputSchema>;

export const babharSettingsViewSchema = z.object({
  crudeBirthRatePerMille: z.number(),
  crudeBirthRateDefault: z.number(),
  crudeBirthRateSaved: z.boolean(),
  rules: babharConfigSchema,
  rulesDefault: babharConfigSchema,
  rulesSaved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type BabharSettingsView = z.infer<typeof babharSettingsViewSchema>;

/** Desa populations to save: `{ "35.28.01.2001": 4200, … }`, null to go back to the environment's. */
export const populationInputSchema = z.strictObject({
  populations: z
    .record(villageCodeSchema, z.number().int().min(0).max(10_000_000).nullable())
    .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 1000, coded('validation_failed')),
});
export type PopulationInput = z.infer<typeof populationInputSchema>;

export const populationViewSchema = z.object({
  rows: z.array(
    z.object({
      villageCode: z.string(),
      villageName: z.string(),
      districtCode: z.string(),
      districtName: z.string(),
      population: z.number().int().nullable(),
      defaultPopulation: z.number().int().nullable(),
      saved: z.boolean(),
    }),
  ),
});
export type PopulationView = z.infer<typeof populationViewSchema>;
