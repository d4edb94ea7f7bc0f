import { z } from 'zod';
import { villageCodeSchema } from '../regions/region-index.js';
import { transportStatusSchema, urgencySchema } from './transport.js';

const coded = (code: string) => ({ message: code, params: { code } });

export const geoPointSchema = z.object({
  lat: z.number().min(-11.5).max(6.5),
  lng: z.number().min(94.5).max(141.5),
});

export const createTransportSchema = z
  .strictObject({
    patientName: z.string().trim().min(2).max(120),
    phone: z
      .string()
      .trim()
      .regex(/^(\+62|62|0)8[0-9]{7,12}$/, coded('phone_format')),
    pickup: geoPointSchema.optional(),
    villageCode: villageCodeSchema.optional(),
    address: z.string().trim().min(3).max(300).optional(),
    destinationFacilityId: z.string().min(1).max(36),
    urgency: urgencySchema,
    pregnant: z.boolean().default(false),
    /** The mother agrees that her HPL and KSPR category are read from e-Babhar. */
    maternalConsent: z.boolean().default(false),
    /**
     * The mother's NIK when someone else asks for her; without it the requester is the mother.
     * Used only to look her pregnancy up, never stored.
     */
    motherNik: z
      .string()
      .regex(/^\d{16}$/, coded('nik_format'))
      .optional(),
    notes: z.string().trim().max(1000).optional(),
  })
  .refine((r) => !!r.pickup || (!!r.villageCode && !!r.address), {
    ...coded('pickup_required'),
    path: ['pickup'],
  });
export type CreateTransport = z.output<typeof createTransportSchema>;
export type CreateTransportInput = z.input<typeof createTransportSchema>;

export const transportViewSchema = z.object({
  id: z.string(),
  requesterId: z.string(),
  patientName: z.string(),
  phone: z.string(),
  pickup: geoPointSchema.nullable(),
  villageCode: z.string().nullable(),
  address: z.string().nullable(),
  destinationFacilityId: z.string(),
  destinationName: z.string(),
  urgency: urgencySchema,
  pregnant: z.boolean(),
  /** The mother consented and e-Babhar knew her pregnancy. */
  maternalSummary: z.boolean(),
  hpl: z.string().nullable(),
  ksprCategory: z.enum(['KRR', 'KRT', 'KRST']).nullable(),
  dangerSign: z.boolean(),
  status: transportStatusSchema,
  statusReason: z.string().nullable(),
  vehicleId: z.string().nullable(),
  vehicleLabel: z.string().nullable(),
  notes: z.string().nullable(),
  requestedAt: z.string(),
  assignedAt: z.string().nullable(),
  pickedUpAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  /** Seconds from request to assignment, and to pickup (for the regency dashboard). */
  secondsToAssign: z.number().int().nullable(),
  secondsToPickup: z.number().int().nullable(),
});
export type TransportView = z.infer<typeof transportViewSchema>;

export const vehicleStates = ['available', 'on_duty', 'off'] as const;
export const vehicleStateSchema = z.enum(vehicleStates);
export type VehicleState = z.infer<typeof vehicleStateSchema>;

export const createVehicleSchema = z.strictObject({
  plate: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}$/),
  label: z.string().trim().min(2).max(80),
  villageCode: villageCodeSchema,
  lat: z.number().min(-11.5).max(6.5),
  lng: z.number().min(94.5).max(141.5),
  driverPhone: z
    .string()
    .trim()
    .regex(/^(\+62|62|0)8[0-9]{7,12}$/, coded('phone_format'))
    .optional(),
});
export type CreateVehicle = z.infer<typeof createVehicleSchema>;

export const updateVehicleSchema = z
  .strictObject({
    label: z.string().trim().min(2).max(80),
    state: vehicleStateSchema,
    lat: z.number().min(-11.5).max(6.5),
    lng: z.number().min(94.5).max(141.5),
  })
  .partial();

export const vehicleViewSchema = z.object({
  id: z.string(),
  plate: z.string(),
  label: z.string(),
  villageCode: z.string(),
  lat: z.number(),
  lng: z.number(),
  state: vehicleStateSchema,
  driverPhone: z.string().nullable(),
});
export type VehicleView = z.infer<typeof vehicleViewSchema>;

/** Assign a vehicle: the one named, or the nearest free one when none is named. */
export const assignVehicleSchema = z.strictObject({ vehicleId: z.string().min(1).max(36).optional() });

export const transportStatusUpdateSchema = z.strictObject({
  status: z.enum(['on_the_way', 'picked_up', 'arrived', 'cancelled', 'invalid']),
  reason: z.string().trim().min(3).max(500).optional(),
});

export const dispatchQueueQuerySchema = z.strictObject({
  /** `open` (default): requested to picked up; `all`: also the finished ones of the last day. */
  scope: z.enum(['open', 'all']).default('open'),
});

/** A request on the dispatcher's queue, with the nearest free vehicle suggested. */
export const dispatchEntrySchema = transportViewSchema.extend({
  /** 1-based position in the triage order. */
  rank: z.number().int(),
  suggestedVehicleId: z.string().nullable(),
  suggestedDistanceM: z.number().nullable(),
});
export type DispatchEntry = z.infer<typeof dispatchEntrySchema>;

export const transportStatsSchema = z.object({
  requests: z.number().int(),
  invalid: z.number().int(),
  arrived: z.number().int(),
  medianSecondsToAssign: z.number().nullable(),
  medianSecondsToPickup: z.number().nullable(),
});
