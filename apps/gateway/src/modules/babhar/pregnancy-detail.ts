import {
  type BabharConfig,
  type CalendarDate,
  type KsprCategory,
  ksprGuidance,
  worklistMembership,
} from '@layanan/domain';
import type { PregnancyFile } from './babhar-records.service';
import {
  codesOf,
  contactFacts,
  contactView,
  dangerSignsView,
  dating,
  dayOrNull,
  fmt,
  ksprView,
  motherView,
  pregnancyDates,
  pregnancyRecord,
  scheduleView,
} from './pregnancy-views';

/** The whole pregnancy as staff (and, trimmed, the mother) see it. */
export function pregnancyDetail(file: PregnancyFile, today: CalendarDate, config: BabharConfig) {
  const p = file.pregnancy;
  const outcomeDate = file.outcome?.date ?? null;
  const codes = codesOf(p, file.contacts, config, outcomeDate);
  const record = pregnancyRecord(p, today, config);
  const openDangerSigns = file.dangerSigns.filter((d) => !d.row.acknowledgedAt).length;
  const worklist = worklistMembership(
    {
      pregnancy: { ...dating(p), status: record.status, outcomeDate: dayOrNull(outcomeDate) },
      contacts: contactFacts(file.contacts.map((c) => c.row)),
      ksprCategory: p.ksprCategory as KsprCategory | null,
      openDangerSignReports: openDangerSigns,
    },
    today,
    config,
  );
  return {
    pregnancy: record,
    mother: motherView(file.mother, file.health, file.nik, file.phone),
    dates: pregnancyDates(p, today, config),
    schedule: scheduleView(
      p,
      file.contacts.map((c) => c.row),
      today,
      config,
      outcomeDate,
    ),
    contacts: file.contacts.map((c, i) => contactView(p, c, codes[i] ?? null, config)),
    kspr: {
      current: ksprView(p.ksprTotal, p.ksprCategory as KsprCategory | null),
      history: file.assessments.map((a) => ({
        id: a.row.id,
        date: a.row.date,
        trimester: a.row.trimester,
        items: a.data.items,
        mergedItems: a.data.mergedItems,
        total: a.row.total,
        category: a.row.category as KsprCategory,
        colour: ksprGuidance[a.row.category as KsprCategory].colour,
        note: a.data.note,
        assessedBy: a.row.assessedBy,
        createdAt: a.row.createdAt.toISOString(),
      })),
    },
    birthPlan: file.birthPlan,
    referrals: file.referrals.map((r) => ({
      id: r.row.id,
      date: r.row.date,
      to: r.data.to,
      reason: r.data.reason,
      createdBy: r.row.createdBy,
    })),
    outcome: file.outcome
      ? (({ row, ...o }) => ({ ...o, facilityBirthByHealthWorker: row.facilityBirth }))(file.outcome)
      : null,
    postpartum: file.postpartum.map((c) => ({
      ...c.data,
      id: c.row.id,
      visitCode: c.row.visitCode,
      recordedBy: c.row.recordedBy,
    })),
    dangerSigns: dangerSignsView(file),
    worklist: {
      tone: worklist.tone,
      entries: worklist.entries.map((e) => ({
        reason: e.reason,
        tone: e.tone,
        label: e.label,
        trimester: e.trimester ?? null,
        date: e.date ? fmt(e.date) : null,
        daysLeft: e.daysLeft ?? null,
      })),
    },
  };
}
export type PregnancyDetail = ReturnType<typeof pregnancyDetail>;
