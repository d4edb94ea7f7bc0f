import { z } from 'zod';
import { villageCodeSchema } from '../regions/region-index.js';
import { caseStatusSchema } from './case-status.schema.js';
import { caseServiceSchema } from './tracking-code.js';

const coded = (code: string) => ({ message: code, params: { code } });

/** Road status matters: in Pamekasan (2020) only 10 of 20 road reports concerned kabupaten roads. */
export const roadStatuses = ['nasional', 'provinsi', 'kabupaten', 'desa', 'tidak_tahu'] as const;
export const roadStatusSchema = z.enum(roadStatuses);
export const severities = ['ringan', 'sedang', 'berat'] as const;
export const severitySchema = z.enum(severities);

/** Open311 attribute datatypes of a category's extra questions. */
export const attributeTypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export const categoryAttributeSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
  datatype: z.enum(attributeTypes),
  required: z.boolean().default(false),
  description: z.object({ id: z.string().min(1), en: z.string().min(1) }),
  values: z.array(z.object({ key: z.string().min(1), name: z.string().min(1) })).default([]),
});
export type CategoryAttribute = z.infer<typeof categoryAttributeSchema>;

export const attributeValueSchema = z.union([
  z.string().max(2000),
  z.number(),
  z.array(z.string().max(200)).max(50),
]);

/** A point inside Indonesia's bounding box (WGS84). */
export const pointSchema = z.object({
  lat: z.number().min(-11.5).max(6.5),
  lng: z.number().min(94.5).max(141.5),
});

export const caseLocationSchema = z
  .object({
    point: pointSchema.optional(),
    villageCode: villageCodeSchema.optional(),
    address: z.string().trim().min(3).max(300).optional(),
  })
  .refine((l) => !!l.point || (!!l.villageCode && !!l.address), {
    ...coded('location_required'),
    path: ['point'],
  });

export const createCaseSchema = z.strictObject({
  service: caseServiceSchema,
  categoryId: z.string().min(1).max(36),
  title: z.string().trim().min(5).max(150),
  description: z.string().trim().min(10).max(4000),
  attributes: z.record(z.string().max(48), attributeValueSchema).default({}),
  location: caseLocationSchema,
  roadStatus: roadStatusSchema.optional(),
  severity: severitySchema.optional(),
  /** The reporter's name is never shown publicly nor to the agency. */
  anonim: z.boolean().default(false),
  /** The whole case is not public. */
  rahasia: z.boolean().default(false),
  /** Photos uploaded beforehand (at most 3). */
  photoIds: z.array(z.string().uuid()).max(3, coded('too_many_photos')).default([]),
  /** e-Sehat complaints: the health facility concerned, chosen by the resident. */
  facilityId: z.string().uuid().optional(),
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;
export type CreateCase = z.output<typeof createCaseSchema>;

const reason = z.string().trim().min(5).max(1000);
const note = z.string().trim().min(1).max(4000);

/** What an officer does to a case; each action carries what DOMAIN §3.2 requires. */
export const officerActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('verify'), message: note.optional() }),
  z.strictObject({ action: z.literal('start'), message: note.optional() }),
  z.strictObject({ action: z.literal('respond'), message: note, photoId: z.string().uuid().optional() }),
  z.strictObject({ action: z.literal('note'), message: note }),
  z.strictObject({ action: z.literal('assign'), assigneeId: z.string().uuid().nullable() }),
  z.strictObject({ action: z.literal('reroute'), agencyId: z.string().min(1).max(36), reason }),
  z.strictObject({
    action: z.literal('schedule'),
    /** The date the agency commits to (WIB calendar date). */
    promisedBy: z.iso.date(),
    message: note.optional(),
  }),
  z.strictObject({ action: z.literal('resolve'), message: note, proofPhotoId: z.string().uuid() }),
  z.strictObject({ action: z.literal('reject'), reason }),
  z.strictObject({
    action: z.literal('not_competent'),
    /** Whose responsibility it is, e.g. "Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali". */
    responsibleBody: z.string().trim().min(3).max(200),
    /** Where to report instead (an address, a phone, a URL). */
    whereToReport: z.string().trim().min(3).max(300),
  }),
  z.strictObject({
    action: z.literal('wait_budget'),
    budgetYear: z.number().int().min(2000).max(2100),
    message: note.optional(),
  }),
  z.strictObject({ action: z.literal('duplicate'), duplicateOf: z.string().trim().min(5).max(20) }),
]);
export type OfficerAction = z.infer<typeof officerActionSchema>;

export const reporterActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('confirm') }),
  z.strictObject({ action: z.literal('reopen'), reason }),
  z.strictObject({
    action: z.literal('rate'),
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  }),
]);
export type ReporterAction = z.infer<typeof reporterActionSchema>;

export const publicCaseQuerySchema = z.strictObject({
  service: caseServiceSchema.optional(),
  categoryId: z.string().max(36).optional(),
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/)
    .optional(),
  status: caseStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  /** Only cases inside this box: minLat,minLng,maxLat,maxLng */
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PublicCaseQuery = z.infer<typeof publicCaseQuerySchema>;

export const nearbyQuerySchema = z.strictObject({
  categoryId: z.string().min(1).max(36),
  lat: z.coerce.number().min(-11.5).max(6.5),
  lng: z.coerce.number().min(94.5).max(141.5),
});
