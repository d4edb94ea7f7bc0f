import {
  type AncContactFacts,
  type AncProvider,
  type AncVisitCode,
  type BabharConfig,
  type CalendarDate,
  type KsprCategory,
  type PregnancyStatus,
  PREGNANCY_DAYS,
  addCalendarDays,
  ancCompliance,
  ancVisitCodes,
  dangerSign,
  effectivePregnancyStatus,
  formatCalendarDate,
  gestationalAge,
  gestationalAgeDays,
  ksprGuidance,
  lostToFollowUpDate,
  maskNik,
  maskPhone,
  parseCalendarDate,
  schedulingHpl,
  trimesterOf,
} from '@layanan/domain';
import { type FindOptionsWhere, MoreThanOrEqual } from 'typeorm';
import type { AncContactRow, Mother, Pregnancy } from './entities';
import type { MotherHealth, PregnancyFile, StoredContact } from './babhar-records.service';

export const day = (text: string): CalendarDate => parseCalendarDate(text)!;
export const dayOrNull = (text: string | null | undefined): CalendarDate | null =>
  text ? parseCalendarDate(text) : null;
export const fmt = formatCalendarDate;

export function dating(p: Pick<Pregnancy, 'hpht' | 'usgHpl'>) {
  return { hpht: day(p.hpht), usgHpl: dayOrNull(p.usgHpl) };
}

/**
 * The pregnancies of `where` that can have a record (contact, KSPR card, referral, outcome) dated on or
 * after `since`, or be ongoing then: a pregnancy's records lie between its dating HPHT and its end, and it
 * ends at the latest lostToFollowUpDays after that HPHT (the sweep closes it then), or on `closed_on`.
 * So the reports of a year read that year's pregnancies, not the whole history of the puskesmas. As OR
 * alternatives (TypeORM `where` array): the HPHT, the ultrasound HPL (dating by ultrasound) or the closing
 * date recent enough.
 */
export function pregnanciesSince(
  where: FindOptionsWhere<Pregnancy>,
  since: CalendarDate,
  config: BabharConfig,
): FindOptionsWhere<Pregnancy>[] {
  const cut = addCalendarDays(since, -config.dates.lostToFollowUpDays);
  return [
    { ...where, hpht: MoreThanOrEqual(fmt(cut)) },
    { ...where, usgHpl: MoreThanOrEqual(fmt(addCalendarDays(cut, PREGNANCY_DAYS))) },
    { ...where, closedOn: MoreThanOrEqual(fmt(since)) },
  ];
}

export function contactFacts(
  rows: Pick<AncContactRow, 'date' | 'provider' | 'ultrasound' | 'nextContactDate'>[],
) {
  return rows.map((r): AncContactFacts => ({
    date: day(r.date),
    provider: r.provider as AncProvider,
    ultrasound: r.ultrasound,
    nextContactDate: dayOrNull(r.nextContactDate),
  }));
}

export function statusOn(p: Pregnancy, today: CalendarDate, config: BabharConfig): PregnancyStatus {
  return effectivePregnancyStatus({ ...dating(p), status: p.status as PregnancyStatus }, today, config);
}

/** The pregnancy's dates on a day: HPL (Naegele) with the +280 date, ultrasound HPL, GA, trimester. */
export function pregnancyDates(p: Pregnancy, today: CalendarDate, config: BabharConfig) {
  const d = dating(p);
  const ga = gestationalAge(d, today);
  return {
    hpht: p.hpht,
    hpl: p.hpl,
    hpl280: p.hpl280,
    hplDiffers: p.hpl !== p.hpl280,
    usgHpl: p.usgHpl,
    schedulingHpl: fmt(schedulingHpl(d)),
    gestationalAge: { days: ga.days, weeks: ga.weeks, remainderDays: ga.remainderDays, basis: ga.basis },
    trimester: ga.days >= 0 ? trimesterOf(ga.days, config) : 1,
    lostToFollowUpOn: fmt(lostToFollowUpDate(d, config)),
  };
}

export function motherView(m: Mother, health: MotherHealth, nik: string, phone: string | null) {
  return {
    id: m.id,
    nikMasked: maskNik(nik),
    fullName: m.fullName,
    birthDate: m.birthDate,
    phoneMasked: phone ? maskPhone(phone) : null,
    villageCode: m.villageCode,
    address: m.address,
    bloodType: health.bloodType ?? null,
    heightCm: health.heightCm ?? null,
    marriageDate: m.marriageDate,
    claimed: !!m.residentUserId,
    createdAt: m.createdAt.toISOString(),
  };
}

export function pregnancyRecord(p: Pregnancy, today: CalendarDate, config: BabharConfig) {
  return {
    id: p.id,
    motherId: p.motherId,
    hpht: p.hpht,
    hpl: p.hpl,
    hpl280: p.hpl280,
    usgHpl: p.usgHpl,
    gravida: p.gravida,
    para: p.para,
    abortus: p.abortus,
    lastBirthDate: p.lastBirthDate,
    bidanId: p.bidanId,
    puskesmasId: p.puskesmasId,
    status: statusOn(p, today, config),
    verification: p.verification as 'verified' | 'pending',
    ksprTotal: p.ksprTotal,
    ksprCategory: p.ksprCategory as KsprCategory | null,
    nextContactDate: p.nextContactDate,
    closedOn:
      p.closedOn ??
      (statusOn(p, today, config) === 'lost_to_follow_up'
        ? fmt(lostToFollowUpDate(dating(p), config))
        : null),
    createdAt: p.createdAt.toISOString(),
  };
}

/** An ANC contact as returned: the 10T values plus what the gateway computed. */
export function contactView(
  p: Pregnancy,
  stored: StoredContact,
  visitCode: AncVisitCode | null,
  config: BabharConfig,
) {
  const ga = gestationalAgeDays(dating(p), day(stored.row.date));
  const { flags, ...fields } = stored.data;
  return {
    ...fields,
    id: stored.row.id,
    pregnancyId: p.id,
    visitCode,
    gestationalAgeDays: ga,
    gestationalAge: { weeks: Math.floor(ga / 7), days: ga - 7 * Math.floor(ga / 7) },
    trimester: trimesterOf(Math.max(ga, 0), config),
    flags,
    recordedBy: stored.row.recordedBy,
    createdAt: stored.row.createdAt.toISOString(),
  };
}

export function codesOf(
  p: Pregnancy,
  contacts: StoredContact[],
  config: BabharConfig,
  outcomeDate?: string | null,
) {
  return ancVisitCodes(
    { ...dating(p), outcomeDate: dayOrNull(outcomeDate) },
    contactFacts(contacts.map((c) => c.row)),
    config,
  );
}

export function scheduleView(
  p: Pregnancy,
  rows: AncContactRow[],
  today: CalendarDate,
  config: BabharConfig,
  outcomeDate?: string | null,
) {
  const c = ancCompliance(
    { ...dating(p), outcomeDate: dayOrNull(outcomeDate) },
    contactFacts(rows),
    today,
    config,
  );
  const trim = (t: (typeof c.trimesters)[number]) => ({
    trimester: t.trimester,
    status: t.status,
    required: t.required,
    done: t.done,
    owed: t.owed,
    daysLeft: t.daysLeft,
  });
  return {
    schedule: c.schedule,
    requiredTotal: c.requiredTotal,
    doneTotal: c.doneTotal,
    compliant: c.compliant,
    onTrack: c.onTrack,
    trimesters: c.trimesters.map(trim),
    doctorUltrasound: c.doctorUltrasound.map((d) => ({
      trimester: d.trimester,
      status: d.status,
      date: d.date ? fmt(d.date) : null,
      daysLeft: d.daysLeft,
    })),
    comparison: {
      schedule: c.comparison.schedule,
      doneTotal: c.comparison.doneTotal,
      requiredTotal: c.comparison.requiredTotal,
      compliant: c.comparison.compliant,
    },
    visits: c.visits.map((v) => ({
      code: v.code,
      date: fmt(v.date),
      trimester: v.trimester,
      byDoctor: v.byDoctor,
      doctorWithUltrasound: v.doctorWithUltrasound,
    })),
  };
}

export function ksprView(total: number | null, category: KsprCategory | null) {
  if (total === null || !category) return null;
  const g = ksprGuidance[category];
  return {
    total,
    category,
    label: g.label,
    care: g.care,
    referral: g.referral,
    placeOfBirth: g.placeOfBirth,
    attendant: g.attendant,
    colour: g.colour,
  };
}

export function dangerSignsView(file: Pick<PregnancyFile, 'dangerSigns'>) {
  return file.dangerSigns.map((d) => ({
    id: d.row.id,
    period: d.row.period,
    signs: d.data.signs.map((code) => ({ code, label: dangerSign(code).label })),
    note: d.data.note,
    reportedAt: d.row.createdAt.toISOString(),
    acknowledgedAt: d.row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: d.row.acknowledgedBy,
  }));
}
