import type { Bilingual } from '../common/language.js';

/** The case lifecycle of DOMAIN §3.2 (statuses stay Indonesian in data and by default in the UI). */
export const caseStatuses = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'diproses',
  'dijadwalkan',
  'selesai',
  'ditutup',
  'ditolak',
  'bukan_wewenang',
  'duplikat',
  'menunggu_anggaran',
] as const;
// The zod schema is in case-status.schema.ts: the status labels (status badges
// of the case lists) then load without zod in the browser.
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, Bilingual> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  didisposisikan: { id: 'Didisposisikan', en: 'Routed to an agency' },
  diproses: { id: 'Diproses', en: 'In progress' },
  dijadwalkan: { id: 'Dijadwalkan', en: 'Scheduled' },
  selesai: { id: 'Selesai', en: 'Resolved' },
  ditutup: { id: 'Ditutup', en: 'Closed' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  bukan_wewenang: { id: 'Bukan wewenang', en: 'Not this regency’s responsibility' },
  duplikat: { id: 'Duplikat', en: 'Duplicate' },
  menunggu_anggaran: { id: 'Menunggu anggaran', en: 'Waiting for budget' },
};

/** Statuses in which nothing more is expected of the agency. */
export const terminalStatuses: readonly CaseStatus[] = ['ditutup', 'ditolak', 'bukan_wewenang', 'duplikat'];

/** Open311 sees only open or closed; the detail goes into status_notes. */
export function open311Status(status: CaseStatus): 'open' | 'closed' {
  return status === 'selesai' || terminalStatuses.includes(status) ? 'closed' : 'open';
}

export function isOpenStatus(status: CaseStatus): boolean {
  return open311Status(status) === 'open';
}
