import { type CalendarDate, addCalendarDays, compareCalendarDates } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import { type AncContactFacts, type AncPregnancy } from './anc-visits.js';
import { scheduleCompliance } from './anc-schedule.js';
import type { BabharConfig } from './config.js';
import { type Trimester, gestationalAgeDays, trimesterOf } from './dates.js';
import type { KsprCategory } from './kspr.js';
import { type PregnancyStatus, effectivePregnancyStatus } from './pregnancy-status.js';

/** Why a pregnancy is on the staff worklist (DOMAIN §5.3). */
export const worklistReasons = [
  'danger_sign',
  'not_yet_k1',
  'overdue',
  'doctor_ultrasound_missing',
  'trimester_at_risk',
  'due_soon',
  'high_risk',
] as const;
export type WorklistReason = (typeof worklistReasons)[number];

/**
 * OpenSRP's convention: due is blue, overdue red. Red also marks what needs
 * action now (an open danger sign, a KRST pregnancy, a missed K1 murni or a
 * missing doctor contact); blue what is due or to watch.
 */
export type WorklistTone = 'blue' | 'red';

export const worklistReasonLabels: Record<WorklistReason, Bilingual> = {
  danger_sign: { id: 'Melaporkan tanda bahaya', en: 'Danger sign reported' },
  not_yet_k1: { id: 'Belum K1', en: 'No first contact (K1) yet' },
  overdue: { id: 'Terlambat kunjungan', en: 'Contact overdue' },
  doctor_ultrasound_missing: {
    id: 'Belum periksa dokter dengan USG',
    en: 'Doctor contact with ultrasound missing',
  },
  trimester_at_risk: {
    id: 'Kunjungan trimester ini belum lengkap dan waktunya tinggal sedikit',
    en: 'Contacts still owed in this trimester, few days left',
  },
  due_soon: { id: 'Jadwal kunjungan segera', en: 'Contact due soon' },
  high_risk: { id: 'Risiko tinggi (KSPR)', en: 'High risk (KSPR)' },
};

export interface WorklistEntry {
  reason: WorklistReason;
  tone: WorklistTone;
  label: Bilingual;
  /** The trimester concerned (at risk, doctor contact). */
  trimester?: Trimester;
  /** The date concerned (the next contact date for due and overdue). */
  date?: CalendarDate;
  /** Days left in the trimester (at risk, doctor contact still possible). */
  daysLeft?: number;
}

export interface WorklistPregnancy extends AncPregnancy {
  status: PregnancyStatus;
}

export interface WorklistFacts {
  pregnancy: WorklistPregnancy;
  contacts: readonly AncContactFacts[];
  /** The current KSPR category (from the merged, never-decreasing score). */
  ksprCategory?: KsprCategory | null;
  /** Danger-sign reports not yet closed by staff. */
  openDangerSignReports?: number;
}

export interface WorklistMembership {
  member: boolean;
  /** Red when any entry is red, blue when all are blue, null when not on the list. */
  tone: WorklistTone | null;
  /** In the order of `worklistReasons` (most urgent first). */
  entries: WorklistEntry[];
}

/**
 * Worklist membership of a pregnancy on a date. Only active pregnancies are
 * listed (one past HPHT + 308 days is lost to follow-up, not listed).
 *
 * - `not_yet_k1`: no contact yet; blue while a K1 murni is still possible
 *   (TM1), red after.
 * - `trimester_at_risk`: the current trimester still owes contacts and at most
 *   `trimesterAtRiskDays` days (today included) are left in it; blue.
 * - `doctor_ultrasound_missing`: a required doctor+ultrasound contact (TM1,
 *   TM3) is missing: red once its trimester is over, blue while the trimester
 *   is ending (same days-left threshold).
 * - `overdue` / `due_soon`: the next contact date set at the latest contact has
 *   passed (red) or falls from today to `dueSoonDays` days ahead (blue).
 * - `high_risk`: KSPR KRT (blue) or KRST (red).
 * - `danger_sign`: an open danger-sign report (red).
 */
export function worklistMembership(
  facts: WorklistFacts,
  on: CalendarDate,
  config: BabharConfig,
): WorklistMembership {
  const { pregnancy } = facts;
  const entries: WorklistEntry[] = [];
  const add = (reason: WorklistReason, tone: WorklistTone, extra: Partial<WorklistEntry> = {}) =>
    entries.push({ reason, tone, label: worklistReasonLabels[reason], ...extra });

  if (effectivePregnancyStatus(pregnancy, on, config) !== 'active') {
    return { member: false, tone: null, entries };
  }
  const atRiskDays = config.worklist.trimesterAtRiskDays;
  const contacts = facts.contacts.filter((c) => compareCalendarDates(c.date, on) <= 0);
  const compliance = scheduleCompliance({ ...pregnancy, outcomeDate: null }, contacts, on, config);
  const currentTrimester = trimesterOf(gestationalAgeDays(pregnancy, on), config);

  if ((facts.openDangerSignReports ?? 0) > 0) add('danger_sign', 'red');

  if (contacts.length === 0) add('not_yet_k1', currentTrimester === 1 ? 'blue' : 'red');

  const latest = [...contacts].sort((a, b) => compareCalendarDates(a.date, b.date)).at(-1);
  const next = latest?.nextContactDate;
  if (next && compareCalendarDates(next, on) < 0) add('overdue', 'red', { date: next });

  for (const d of compliance.doctorUltrasound) {
    const t = compliance.trimesters[d.trimester - 1];
    if (d.status === 'missing') add('doctor_ultrasound_missing', 'red', { trimester: d.trimester });
    else if (d.status === 'pending' && t.status === 'current' && t.daysLeft <= atRiskDays)
      add('doctor_ultrasound_missing', 'blue', { trimester: d.trimester, daysLeft: t.daysLeft });
  }

  const current = compliance.trimesters.find((t) => t.status === 'current');
  if (current && current.owed > 0 && current.daysLeft <= atRiskDays)
    add('trimester_at_risk', 'blue', { trimester: current.trimester, daysLeft: current.daysLeft });

  if (
    next &&
    compareCalendarDates(next, on) >= 0 &&
    compareCalendarDates(next, addCalendarDays(on, config.worklist.dueSoonDays)) <= 0
  )
    add('due_soon', 'blue', { date: next });

  if (facts.ksprCategory === 'KRT') add('high_risk', 'blue');
  if (facts.ksprCategory === 'KRST') add('high_risk', 'red');

  entries.sort((a, b) => worklistReasons.indexOf(a.reason) - worklistReasons.indexOf(b.reason));
  return {
    member: entries.length > 0,
    tone: entries.length === 0 ? null : entries.some((e) => e.tone === 'red') ? 'red' : 'blue',
    entries,
  };
}
