import {
  type BookingStatus,
  type FacilityKind,
  type Lang,
  type Polyclinic,
  type TransportStatus,
  type Urgency,
  facilityKindLabels,
  polyclinicLabels,
  transportStatusLabels,
} from '@layanan/domain';

export { useTx } from './tx';

export const bookingStatusLabels: Record<BookingStatus, { id: string; en: string }> = {
  booked: { id: 'Terdaftar', en: 'Booked' },
  called: { id: 'Dipanggil', en: 'Called' },
  served: { id: 'Sudah dilayani', en: 'Served' },
  no_show: { id: 'Tidak hadir', en: 'No-show' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

export const urgencyLabels: Record<Urgency, { id: string; en: string }> = {
  darurat: { id: 'Darurat', en: 'Emergency' },
  segera: { id: 'Segera', en: 'Urgent' },
  biasa: { id: 'Biasa', en: 'Routine' },
};

export const label = {
  poly: (p: Polyclinic, lang: Lang) => polyclinicLabels[p][lang],
  kind: (k: FacilityKind, lang: Lang) => facilityKindLabels[k][lang],
  transport: (s: TransportStatus, lang: Lang) => transportStatusLabels[s][lang],
  booking: (s: BookingStatus, lang: Lang) => bookingStatusLabels[s][lang],
  urgency: (u: Urgency, lang: Lang) => urgencyLabels[u][lang],
};

/** `2026-11-28` → `Sabtu, 28 November 2026` (a calendar date, never parsed as UTC midnight). */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
}

/** Today's date in WIB, `YYYY-MM-DD`. */
export function todayWib(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
