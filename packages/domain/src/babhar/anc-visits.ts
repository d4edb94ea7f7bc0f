import { z } from 'zod';
import { type CalendarDate, compareCalendarDates, formatCalendarDate } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import type { BabharConfig } from './config.js';
import { type PregnancyDating, type Trimester, gestationalAgeDays, trimesterOf } from './dates.js';

/** Who saw the mother at an ANC contact. */
export const ancProviders = ['bidan', 'doctor'] as const;
export const ancProviderSchema = z.enum(ancProviders);
export type AncProvider = z.infer<typeof ancProviderSchema>;

export const ancProviderLabels: Record<AncProvider, Bilingual> = {
  bidan: { id: 'Bidan', en: 'Midwife (bidan)' },
  doctor: { id: 'Dokter', en: 'Doctor' },
};

/** What the rules need to know of an ANC contact. */
export interface AncContactFacts {
  date: CalendarDate;
  provider: AncProvider;
  /** An ultrasound was done at this contact. */
  ultrasound?: boolean;
  /** The next contact agreed at this one. */
  nextContactDate?: CalendarDate | null;
}

/** A pregnancy as the ANC rules see it: its dating and, once it has ended, the outcome date. */
export interface AncPregnancy extends PregnancyDating {
  outcomeDate?: CalendarDate | null;
}

/** K1M (K1 murni), K1A (K1 akses), then K2, K3, … (numbering continues past K6). */
export type AncVisitCode = 'K1M' | 'K1A' | `K${number}`;

export interface AncVisit {
  date: CalendarDate;
  /** 1 for the first visit (K1), 2 for K2, … */
  number: number;
  code: AncVisitCode;
  gestationalAgeDays: number;
  trimester: Trimester;
  /** A doctor saw the mother that day. */
  byDoctor: boolean;
  /** A doctor saw her that day at a contact with ultrasound (PMK 21/2021). */
  doctorWithUltrasound: boolean;
  /** Indexes into the contacts passed in that make up this visit. */
  contactIndexes: number[];
}

/**
 * The ANC visits of a pregnancy with their K-codes (DOMAIN §5.3):
 *
 * - Contacts on the same calendar day are one visit (a bidan examination and
 *   the doctor's ultrasound at one puskesmas visit are one "kunjungan"), so a
 *   record entered twice or split between staff is not counted twice. The
 *   visit is by a doctor, with ultrasound, when any contact that day is.
 * - The first visit is K1. In TM1 (≤ 12w6d) its code is `K1M` (K1 murni);
 *   otherwise `K1A` (K1 akses). A K1M is also a K1 akses: K1 akses counts every
 *   first visit, whatever its code (see `isK1Akses`).
 * - Later visits are K2, K3, … by order, and the numbering continues past K6
 *   (K7, K8, …): WHO's 8-contact schedule needs K7 and K8, and capping would
 *   give two visits the same code. K4 and K6 coverage count visit number ≥ 4 / ≥ 6.
 * - Gestational ages and trimesters are by the scheduling HPHT (ultrasound-dated
 *   when there is one). Contacts after the outcome date are not ANC and get no visit.
 */
export function ancVisits(
  pregnancy: AncPregnancy,
  contacts: readonly AncContactFacts[],
  config: BabharConfig,
): AncVisit[] {
  const byDay = new Map<string, { date: CalendarDate; indexes: number[] }>();
  contacts.forEach((contact, index) => {
    if (pregnancy.outcomeDate && compareCalendarDates(contact.date, pregnancy.outcomeDate) > 0) return;
    const key = formatCalendarDate(contact.date);
    const day = byDay.get(key);
    if (day) day.indexes.push(index);
    else byDay.set(key, { date: contact.date, indexes: [index] });
  });
  const days = [...byDay.values()].sort((a, b) => compareCalendarDates(a.date, b.date));
  return days.map((day, i) => {
    const ga = gestationalAgeDays(pregnancy, day.date);
    const trimester = trimesterOf(ga, config);
    const number = i + 1;
    const sameDay = day.indexes.map((index) => contacts[index]);
    return {
      date: day.date,
      number,
      code: number === 1 ? (trimester === 1 ? 'K1M' : 'K1A') : `K${number}`,
      gestationalAgeDays: ga,
      trimester,
      byDoctor: sameDay.some((c) => c.provider === 'doctor'),
      doctorWithUltrasound: sameDay.some((c) => c.provider === 'doctor' && c.ultrasound === true),
      contactIndexes: day.indexes,
    };
  });
}

/** The K-code of each contact passed in, in the same order (null for a contact after the outcome). */
export function ancVisitCodes(
  pregnancy: AncPregnancy,
  contacts: readonly AncContactFacts[],
  config: BabharConfig,
): (AncVisitCode | null)[] {
  const codes: (AncVisitCode | null)[] = contacts.map(() => null);
  for (const visit of ancVisits(pregnancy, contacts, config)) {
    for (const index of visit.contactIndexes) codes[index] = visit.code;
  }
  return codes;
}

/** K1 akses: any first visit (K1A, and K1M too). */
export function isK1Akses(code: AncVisitCode): boolean {
  return code === 'K1A' || code === 'K1M';
}

/** K1 murni: a first visit in TM1. */
export function isK1Murni(code: AncVisitCode): boolean {
  return code === 'K1M';
}

/** The visit number of a code: K1M and K1A are 1, K6 is 6. */
export function visitNumberOf(code: AncVisitCode): number {
  return code === 'K1M' || code === 'K1A' ? 1 : Number(code.slice(1));
}
