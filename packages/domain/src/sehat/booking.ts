import { z } from 'zod';

/** Polyclinics of a puskesmas (DOMAIN §6). */
export const polyclinics = ['umum', 'gigi', 'kia_kb', 'lansia', 'anak', 'gizi'] as const;
export const polyclinicSchema = z.enum(polyclinics);
export type Polyclinic = z.infer<typeof polyclinicSchema>;

export const polyclinicLabels: Record<Polyclinic, { id: string; en: string }> = {
  umum: { id: 'Poli Umum', en: 'General' },
  gigi: { id: 'Poli Gigi', en: 'Dental' },
  kia_kb: { id: 'Poli KIA/KB', en: 'Maternal and child health / family planning' },
  lansia: { id: 'Poli Lansia', en: 'Elderly' },
  anak: { id: 'Poli Anak (MTBS)', en: 'Children' },
  gizi: { id: 'Poli Gizi', en: 'Nutrition' },
};

/** A booking's life at the puskesmas: booked, then called, then served or no-show; or cancelled by the resident. */
export const bookingStatuses = ['booked', 'called', 'served', 'no_show', 'cancelled'] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

const bookingSteps: Record<BookingStatus, readonly BookingStatus[]> = {
  booked: ['called', 'cancelled', 'no_show'],
  called: ['served', 'no_show', 'called'],
  served: [],
  no_show: [],
  cancelled: [],
};

export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return bookingSteps[from].includes(to);
}

/** Active bookings hold a place of the day's quota. */
export function holdsPlace(status: BookingStatus): boolean {
  return status === 'booked' || status === 'called' || status === 'served';
}

export interface ServiceHours {
  /** Minutes after midnight WIB when the polyclinic starts serving, e.g. 7:30 → 450. */
  opensAtMinute: number;
  /** Average minutes per patient, from the facility's settings. */
  minutesPerPatient: number;
}

/**
 * The estimated time of a queue number: the opening time plus the patients
 * ahead of it times the average service time (minutes after midnight WIB).
 */
export function estimatedMinute(queueNumber: number, hours: ServiceHours): number {
  return hours.opensAtMinute + (queueNumber - 1) * hours.minutesPerPatient;
}

export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = Math.round(minute % 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
