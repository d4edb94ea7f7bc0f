import { z } from 'zod';
import { distanceMetres } from './geo.js';

/** Health transport (Pamekasan Call Care, DOMAIN §6). */
export const transportStatuses = [
  'requested',
  'assigned',
  'on_the_way',
  'picked_up',
  'arrived',
  'cancelled',
  'invalid',
] as const;
export const transportStatusSchema = z.enum(transportStatuses);
export type TransportStatus = z.infer<typeof transportStatusSchema>;

export const transportStatusLabels: Record<TransportStatus, { id: string; en: string }> = {
  requested: { id: 'Diminta', en: 'Requested' },
  assigned: { id: 'Kendaraan ditugaskan', en: 'Vehicle assigned' },
  on_the_way: { id: 'Dalam perjalanan menjemput', en: 'On the way' },
  picked_up: { id: 'Pasien dijemput', en: 'Picked up' },
  arrived: { id: 'Tiba di tujuan', en: 'Arrived' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  invalid: { id: 'Tidak valid (laporan palsu)', en: 'Invalid (prank)' },
};

const transportSteps: Record<TransportStatus, readonly TransportStatus[]> = {
  requested: ['assigned', 'cancelled', 'invalid'],
  assigned: ['on_the_way', 'assigned', 'cancelled', 'invalid'],
  on_the_way: ['picked_up', 'cancelled', 'invalid'],
  picked_up: ['arrived'],
  arrived: [],
  cancelled: [],
  invalid: [],
};

export function canMoveTransport(from: TransportStatus, to: TransportStatus): boolean {
  return transportSteps[from].includes(to);
}

export const urgencies = ['darurat', 'segera', 'biasa'] as const;
export const urgencySchema = z.enum(urgencies);
export type Urgency = z.infer<typeof urgencySchema>;

export interface TransportTriage {
  urgency: Urgency;
  /** A danger sign reported by a pregnant mother (e-Babhar). */
  dangerSign: boolean;
  /** The mother's KSPR category, when she consented to share it. */
  ksprCategory: 'KRR' | 'KRT' | 'KRST' | null;
  requestedAt: Date;
}

/**
 * The dispatcher's order: a danger sign or a KRST mother first, then by
 * urgency (darurat, segera, biasa), then KRT mothers, then the oldest request.
 * Smaller sorts first.
 */
export function triageRank(t: TransportTriage): [number, number, number, number] {
  const critical = t.dangerSign || t.ksprCategory === 'KRST' ? 0 : 1;
  const urgency = urgencies.indexOf(t.urgency);
  const risk = t.ksprCategory === 'KRT' ? 0 : 1;
  return [critical, urgency, risk, t.requestedAt.getTime()];
}

export function compareTriage(a: TransportTriage, b: TransportTriage): number {
  const ra = triageRank(a);
  const rb = triageRank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
}

export interface Vehicle {
  id: string;
  lat: number;
  lng: number;
  free: boolean;
}

/** The nearest free vehicle to a pickup point (by great-circle distance), or null. */
export function nearestFreeVehicle<V extends Vehicle>(
  pickup: { lat: number; lng: number },
  vehicles: V[],
): (V & { distanceM: number }) | null {
  let best: (V & { distanceM: number }) | null = null;
  for (const v of vehicles) {
    if (!v.free) continue;
    const distanceM = distanceMetres(pickup, v);
    if (!best || distanceM < best.distanceM) best = { ...v, distanceM };
  }
  return best;
}
