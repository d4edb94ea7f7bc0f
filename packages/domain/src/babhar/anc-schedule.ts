import { type CalendarDate, addCalendarDays, compareCalendarDates } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import { type AncContactFacts, type AncPregnancy, type AncVisit, ancVisits } from './anc-visits.js';
import type { AncScheduleId, BabharConfig } from './config.js';
import { type Trimester, datingHpht, gestationalAgeDays, trimesterOf, trimesterSpans } from './dates.js';

/** An ANC schedule (DOMAIN §5.3): a split per trimester, or contact weeks (WHO 2016). */
export interface AncSchedulePreset {
  id: AncScheduleId;
  label: Bilingual;
  /** Contacts required in TM1, TM2, TM3. */
  split?: readonly [number, number, number];
  /** Gestational weeks of the contacts; the first is "by" its week. */
  contactWeeks?: readonly number[];
  /** When not delivered, the mother comes back at this week. */
  returnWeek?: number;
}

export const ancSchedulePresets: Record<AncScheduleId, AncSchedulePreset> = {
  'pmk-1-2-3': {
    id: 'pmk-1-2-3',
    label: { id: 'PMK 21/2021: 6 kali (1-2-3)', en: 'PMK 21/2021: 6 contacts (1-2-3)' },
    split: [1, 2, 3],
  },
  'kia-2-1-3': {
    id: 'kia-2-1-3',
    label: { id: 'Buku KIA: 6 kali (2-1-3)', en: 'Buku KIA: 6 contacts (2-1-3)' },
    split: [2, 1, 3],
  },
  'who-8': {
    id: 'who-8',
    label: { id: 'WHO 2016: 8 kontak', en: 'WHO 2016: 8 contacts' },
    contactWeeks: [12, 20, 26, 30, 34, 36, 38, 40],
    returnWeek: 41,
  },
  'k4-1-1-2': {
    id: 'k4-1-1-2',
    label: { id: 'K4 lama: 4 kali (1-1-2)', en: 'Former K4: 4 contacts (1-1-2)' },
    split: [1, 1, 2],
  },
};

/**
 * Contacts required per trimester. A split is taken as it is; contact weeks
 * are sorted into the configured (Buku KIA) trimesters, the same ones the
 * contacts are counted in, so WHO's 8 contacts are 1-1-6 (26 weeks is TM3 from
 * 25w0d), not WHO's own 1-2-5.
 */
export function requiredPerTrimester(id: AncScheduleId, config: BabharConfig): [number, number, number] {
  const preset = ancSchedulePresets[id];
  if (preset.split) return [...preset.split];
  const required: [number, number, number] = [0, 0, 0];
  for (const week of preset.contactWeeks ?? []) required[trimesterOf(week * 7, config) - 1]++;
  return required;
}

export type TrimesterStatus = 'past' | 'current' | 'future' | 'not_reached';

export interface TrimesterCompliance {
  trimester: Trimester;
  /** `not_reached`: the pregnancy ended before this trimester began. */
  status: TrimesterStatus;
  required: number;
  /** Visits in the trimester (same-day contacts are one visit). */
  done: number;
  /** required − done, never below 0 (extra visits in one trimester do not make up another). */
  owed: number;
  /** Days still available in the trimester, today included: 0 once past, the whole span while future. */
  daysLeft: number;
  firstDate: CalendarDate;
  /** The trimester's last day for "days left" (TM3: the scheduling due date). */
  lastDate: CalendarDate;
}

export type DoctorUltrasoundStatus = 'met' | 'pending' | 'missing' | 'not_applicable';

export interface DoctorUltrasoundCompliance {
  trimester: Trimester;
  /** met; pending (trimester current or ahead); missing (trimester over without it); not_applicable (never reached). */
  status: DoctorUltrasoundStatus;
  /** The visit that met it. */
  date: CalendarDate | null;
  daysLeft: number;
}

export interface ScheduleCompliance {
  schedule: AncScheduleId;
  requiredTotal: number;
  doneTotal: number;
  trimesters: [TrimesterCompliance, TrimesterCompliance, TrimesterCompliance];
  doctorUltrasound: DoctorUltrasoundCompliance[];
  /** Every trimester has its contacts and every doctor+ultrasound contact is met. */
  compliant: boolean;
  /** Nothing missed so far: no past trimester owes contacts and no doctor+ultrasound contact is missing. */
  onTrack: boolean;
  visits: AncVisit[];
}

/**
 * Judges a pregnancy's contacts up to a date against a schedule. Only contacts
 * on or before `on` (and not after the outcome) count. Once the outcome date
 * has come, every reached trimester is over.
 */
export function scheduleCompliance(
  pregnancy: AncPregnancy,
  contacts: readonly AncContactFacts[],
  on: CalendarDate,
  config: BabharConfig,
  schedule: AncScheduleId = config.anc.schedule,
  doctorUltrasoundTrimesters: readonly Trimester[] = config.anc.doctorUltrasoundTrimesters,
): ScheduleCompliance {
  const ended = !!pregnancy.outcomeDate && compareCalendarDates(pregnancy.outcomeDate, on) <= 0;
  const until = ended ? pregnancy.outcomeDate! : on;
  const counted = contacts.filter((c) => compareCalendarDates(c.date, until) <= 0);
  const visits = ancVisits(pregnancy, counted, config);
  const today = gestationalAgeDays(pregnancy, until);
  const start = datingHpht(pregnancy);
  const required = requiredPerTrimester(schedule, config);

  const trimesters = trimesterSpans(config).map((span): TrimesterCompliance => {
    const openEnded = span.trimester === 3;
    let status: TrimesterStatus;
    if (today < span.firstDay) status = ended ? 'not_reached' : 'future';
    else if (ended || (!openEnded && today > span.lastDay)) status = 'past';
    else status = 'current';
    const done = visits.filter((v) => v.trimester === span.trimester).length;
    const need = required[span.trimester - 1];
    let daysLeft = 0;
    if (status === 'future') daysLeft = span.lastDay - span.firstDay + 1;
    if (status === 'current') daysLeft = Math.max(0, span.lastDay - today + 1);
    return {
      trimester: span.trimester,
      status,
      required: need,
      done,
      owed: Math.max(0, need - done),
      daysLeft,
      firstDate: addCalendarDays(start, span.firstDay),
      lastDate: addCalendarDays(start, span.lastDay),
    };
  }) as [TrimesterCompliance, TrimesterCompliance, TrimesterCompliance];

  const doctorUltrasound = [...new Set(doctorUltrasoundTrimesters)]
    .sort((a, b) => a - b)
    .map((trimester): DoctorUltrasoundCompliance => {
      const t = trimesters[trimester - 1];
      const visit = visits.find((v) => v.trimester === trimester && v.doctorWithUltrasound);
      let status: DoctorUltrasoundStatus = 'pending';
      if (visit) status = 'met';
      else if (t.status === 'past') status = 'missing';
      else if (t.status === 'not_reached') status = 'not_applicable';
      return { trimester, status, date: visit?.date ?? null, daysLeft: t.daysLeft };
    });

  const requiredTotal = required[0] + required[1] + required[2];
  return {
    schedule,
    requiredTotal,
    doneTotal: visits.length,
    trimesters,
    doctorUltrasound,
    compliant:
      visits.length >= requiredTotal &&
      trimesters.every((t) => t.owed === 0) &&
      doctorUltrasound.every((d) => d.status === 'met'),
    onTrack:
      trimesters.every((t) => t.status !== 'past' || t.owed === 0) &&
      doctorUltrasound.every((d) => d.status !== 'missing'),
    visits,
  };
}

export interface AncCompliance extends ScheduleCompliance {
  /** The older schedule reported beside it (K4 1-1-2 by default), without the doctor contacts. */
  comparison: ScheduleCompliance;
}

/** ANC compliance against the configured schedule, with the K4 comparison beside it. */
export function ancCompliance(
  pregnancy: AncPregnancy,
  contacts: readonly AncContactFacts[],
  on: CalendarDate,
  config: BabharConfig,
): AncCompliance {
  return {
    ...scheduleCompliance(pregnancy, contacts, on, config),
    comparison: scheduleCompliance(pregnancy, contacts, on, config, config.anc.comparisonSchedule, []),
  };
}
