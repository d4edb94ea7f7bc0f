import { z } from 'zod';
import { bookingStatusSchema, polyclinicSchema } from './booking.js';

const coded = (code: string) => ({ message: code, params: { code } });

/** A calendar date `YYYY-MM-DD` (WIB). */
export const visitDateSchema = z.iso.date(coded('date_invalid'));

export const createBookingSchema = z.strictObject({
  facilityId: z.string().min(1).max(36),
  polyclinic: polyclinicSchema,
  date: visitDateSchema,
});
export type CreateBooking = z.infer<typeof createBookingSchema>;

/** Staff set a polyclinic's quota: the usual daily quota, or one date's quota. */
export const setQuotaSchema = z.strictObject({
  polyclinic: polyclinicSchema,
  /** Without a date: the usual daily quota of the polyclinic. */
  date: visitDateSchema.optional(),
  quota: z.number().int().min(0).max(1000),
});
export type SetQuota = z.infer<typeof setQuotaSchema>;

export const quotaQuerySchema = z.strictObject({ date: visitDateSchema.optional() });

export const quotaViewSchema = z.object({
  polyclinic: polyclinicSchema,
  /** The usual daily quota. */
  dailyQuota: z.number().int(),
  date: z.string(),
  /** The quota of that date (the usual one unless set for the date). */
  quota: z.number().int(),
  /** Places held (booked, called, served). */
  held: z.number().int(),
  remaining: z.number().int(),
});
export type QuotaView = z.infer<typeof quotaViewSchema>;

export const bookingViewSchema = z.object({
  id: z.string(),
  facilityId: z.string(),
  facilityName: z.string(),
  polyclinic: polyclinicSchema,
  date: z.string(),
  queueNumber: z.number().int(),
  /** Estimated time `HH:MM` WIB. */
  estimatedTime: z.string(),
  status: bookingStatusSchema,
  createdAt: z.string(),
  calledAt: z.string().nullable(),
});
export type BookingView = z.infer<typeof bookingViewSchema>;

/** What staff see of a booking in the day's queue. */
export const queueEntrySchema = bookingViewSchema.extend({ patientName: z.string() });
export type QueueEntry = z.infer<typeof queueEntrySchema>;

export const queueQuerySchema = z.strictObject({
  polyclinic: polyclinicSchema.optional(),
  date: visitDateSchema.optional(),
});

export const callNextSchema = z.strictObject({ polyclinic: polyclinicSchema });
export const bookingOutcomeSchema = z.strictObject({ status: z.enum(['served', 'no_show', 'called']) });

/** The waiting-room display: numbers only, no names. */
export const displayViewSchema = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  date: z.string(),
  polyclinics: z.array(
    z.object({
      polyclinic: polyclinicSchema,
      /** The number called last, or null. */
      nowServing: z.number().int().nullable(),
      waiting: z.number().int(),
      next: z.array(z.number().int()),
    }),
  ),
});
export type DisplayView = z.infer<typeof displayViewSchema>;

/** Bookings over a period for the regency dashboard: served vs quota, no-shows (DOMAIN §7). */
export const bookingStatsQuerySchema = z
  .strictObject({ from: visitDateSchema, to: visitDateSchema })
  .refine((q) => q.from <= q.to, { message: 'validation_failed', path: ['to'] });

export const bookingStatsRowSchema = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  polyclinic: polyclinicSchema,
  /** Sum of the days' quotas (days on which someone booked). */
  quota: z.number().int(),
  booked: z.number().int(),
  served: z.number().int(),
  noShow: z.number().int(),
  cancelled: z.number().int(),
});
export type BookingStatsRow = z.infer<typeof bookingStatsRowSchema>;
