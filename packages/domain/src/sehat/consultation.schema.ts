import { z } from 'zod';

export const consultationStatuses = ['open', 'answered', 'closed'] as const;
export const consultationStatusSchema = z.enum(consultationStatuses);

export const createConsultationSchema = z.strictObject({
  /** A puskesmas chosen by the resident; without one, any health worker may answer. */
  facilityId: z.string().min(1).max(36).optional(),
  subject: z.string().trim().min(5).max(150),
  question: z.string().trim().min(10).max(4000),
});
export type CreateConsultation = z.infer<typeof createConsultationSchema>;

export const consultationMessageSchema = z.strictObject({
  body: z.string().trim().min(1).max(4000),
  /** The resident or the health worker closes the consultation with this message. */
  close: z.boolean().default(false),
});

export const consultationEntrySchema = z.object({
  id: z.string(),
  authorRole: z.enum(['resident', 'health_staff', 'regency_admin']),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const consultationViewSchema = z.object({
  id: z.string(),
  facilityId: z.string().nullable(),
  facilityName: z.string().nullable(),
  subject: z.string(),
  status: consultationStatusSchema,
  residentName: z.string(),
  createdAt: z.string(),
  firstAnswerAt: z.string().nullable(),
  /** Seconds from the question to the first answer by a health worker. */
  secondsToFirstAnswer: z.number().int().nullable(),
  timeline: z.array(consultationEntrySchema),
});
export type ConsultationView = z.infer<typeof consultationViewSchema>;
export const consultationSummarySchema = consultationViewSchema.omit({ timeline: true });
