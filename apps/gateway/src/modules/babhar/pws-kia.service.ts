import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type FindOptionsWhere, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type BabharConfig,
  type Bilingual,
  type CalendarDate,
  ancVisits,
  coveragePercent,
  scheduleCompliance,
  targetPregnantWomen,
} from '@layanan/domain';
import { RegionsService } from '../regions/regions.service';
import { Facility } from '../sehat/entities/facility.entity';
import { BabharListsService } from './babhar-lists.service';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService, type EffectiveBabharSettings } from './babhar-settings';
import { KsprAssessmentRow, Mother, OutcomeRow, Pregnancy, ReferralRow } from './entities';
import { contactFacts, dating, day, dayOrNull, pregnanciesSince } from './pregnancy-views';
import { inChunks } from '../../database/in-chunks';

export const pwsIndicators = ['k1', 'k1Murni', 'k4', 'k6', 'highRisk', 'referred', 'facilityBirths'] as const;
export type PwsIndicator = (typeof pwsIndicators)[number];
/** Indicators measured against the target of pregnant women. */
const covered: readonly PwsIndicator[] = ['k1', 'k1Murni', 'k4', 'k6'];

export const pwsIndicatorLabels: Record<PwsIndicator, Bilingual> = {
  k1: { id: 'K1 akses', en: 'K1 (first contact)' },
  k1Murni: { id: 'K1 murni (TM1)', en: 'K1 in the first trimester' },
  k4: { id: 'K4 (1-1-2)', en: 'K4 (1-1-2)' },
  k6: { id: 'K6 (sesuai jadwal)', en: 'K6 (configured schedule)' },
  highRisk: { id: 'Risiko tinggi ditemukan', en: 'High risk found' },
  referred: { id: 'Dirujuk', en: 'Referred' },
  facilityBirths: { id: 'Persalinan nakes di fasyankes', en: 'Births by health workers in facilities' },
};

export interface PwsEvent {
  pregnancyId: string;
  village: string;
  indicator: PwsIndicator;
  date: CalendarDate;
}

export interface PwsQuery {
  year: number;
  month: number;
  puskesmasId?: string;
}

/** PWS-KIA (DOMAIN §5.8): per desa, the month and cumulative from January, % of the target. */
@Injectable()
export class PwsKiaService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
    private readonly lists: BabharListsService,
    private readonly regions: RegionsService,
  ) {}

  /**
   * The PWS-KIA events of the verified pregnancies `where` selects: for each, the mother's desa and the
   * date each indicator was reached (K1 akses, K1 murni, K4, K6, first high-risk card, referrals, facility
   * birth). The report and the back office's maternal section both count these. With `since`, only the
   * pregnancies that can have a record on or after that day (pregnanciesSince) are read.
   */
  async indicatorEvents(where: FindOptionsWhere<Pregnancy>, config: BabharConfig, since?: CalendarDate) {
    const manager = this.records.dataSource.manager;
    const verified: FindOptionsWhere<Pregnancy> = { ...where, verification: 'verified' };
    const pregnancies = await manager.find(Pregnancy, {
      where: since ? pregnanciesSince(verified, since, config) : verified,
    });
    const ids = pregnancies.map((p) => p.id);
    const motherIds = [...new Set(pregnancies.map((p) => p.motherId))];
    const [mothers, contacts, assessments, referrals, outcomes] = await Promise.all([
      // Only what the figures and the lists behind them show (not the encrypted health record).
      inChunks(motherIds, (chunk) =>
        manager.find(Mother, {
          where: { id: In(chunk) },
          select: { id: true, villageCode: true, fullName: true, nikEnc: true },
        }),
      ),
      this.records.contactsOf(ids),
      inChunks(ids, (chunk) =>
        manager.find(KsprAssessmentRow, {
          where: { pregnancyId: In(chunk) },
          order: { date: 'ASC' },
          select: { pregnancyId: true, date: true, category: true },
        }),
      ),
      inChunks(ids, (chunk) =>
        manager.find(ReferralRow, {
          where: { pregnancyId: In(chunk) },
          select: { pregnancyId: true, date: true },
        }),
      ),
      inChunks(ids, (chunk) =>
        manager.find(OutcomeRow, {
          where: { pregnancyId: In(chunk) },
          select: { pregnancyId: true, date: true, facilityBirth: true },
        }),
      ),
    ]);
    const villageOf = new Map(mothers.map((m) => [m.id, m.villageCode]));
    const outcomeOf = new Map(outcomes.map((o) => [o.pregnancyId, o]));
    // The first high-risk card (assessments come in date order) and the referrals, per pregnancy.
    const firstRisky = new Map<string, KsprAssessmentRow>();
    for (const a of assessments)
      if (a.category !== 'KRR' && !firstRisky.has(a.pregnancyId)) firstRisky.set(a.pregnancyId, a);
    const referralsOf = new Map<string, ReferralRow[]>();
    for (const r of referrals) {
      const list = referralsOf.get(r.pregnancyId);
      if (list) list.push(r);
      else referralsOf.set(r.pregnancyId, [r]);
    }

    // Events: (pregnancy, village, indicator, date).
    const events: PwsEvent[] = [];
    const add = (p: Pregnancy, indicator: PwsIndicator, date: CalendarDate | null | undefined) => {
      if (date) events.push({ pregnancyId: p.id, village: villageOf.get(p.motherId)!, indicator, date });
    };
    for (const p of pregnancies) {
      const facts = contactFacts(contacts.get(p.id) ?? []);
      const pregnancy = { ...dating(p), outcomeDate: dayOrNull(outcomeOf.get(p.id)?.date) };
      const visits = ancVisits(pregnancy, facts, config);
      const first = visits[0];
      add(p, 'k1', first?.date);
      if (first?.code === 'K1M') add(p, 'k1Murni', first.date);
      const reachedOn = (schedule: typeof config.anc.schedule, doctor: boolean) =>
        visits.find(
          (v) =>
            scheduleCompliance(
              pregnancy,
              facts,
              v.date,
              config,
              schedule,
              doctor ? config.anc.doctorUltrasoundTrimesters : [],
            ).compliant,
        )?.date;
      add(p, 'k4', reachedOn(config.anc.comparisonSchedule, false));
      add(p, 'k6', reachedOn(config.anc.schedule, true));
      const risky = firstRisky.get(p.id);
      add(p, 'highRisk', risky ? day(risky.date) : null);
      for (const r of referralsOf.get(p.id) ?? []) add(p, 'referred', day(r.date));
      const outcome = outcomeOf.get(p.id);
      if (outcome?.facilityBirth) add(p, 'facilityBirths', day(outcome.date));
    }
    return { pregnancies, mothers, contacts, events };
  }

  /** A desa's population and target of pregnant women (null without a population). */
  targetOf(villageCode: string, settings: EffectiveBabharSettings) {
    const population = settings.populationByVillage[villageCode] ?? null;
    const target =
      population === null
        ? null
        : targetPregnantWomen(
            { population, crudeBirthRatePerMille: settings.crudeBirthRatePerMille },
            settings.rules,
          );
    return { population, target };
  }

  async report(actor: Principal, query: PwsQuery) {
    const settings = await this.settings.current();
    const config = settings.rules;
    const manager = this.records.dataSource.manager;
    const scope = this.lists.scope(actor, query.puskesmasId);
    const facilityId = (scope as { puskesmasId?: string }).puskesmasId;
    const facility = facilityId ? await manager.findOneBy(Facility, { id: facilityId }) : null;
    // The report counts from January of its year: earlier pregnancies cannot add to it.
    const { events } = await this.indicatorEvents(scope, config, { year: query.year, month: 1, day: 1 });

    const villageCodes = new Set<string>();
    const districts = facility ? [facility.districtCode] : this.regions.districts().map((d) => d.code);
    for (const d of districts) {
      try {
        for (const v of this.regions.villagesOf(d)) villageCodes.add(v.code);
      } catch {
        /* a facility outside the configured regency has no desa list */
      }
    }
    for (const e of events) villageCodes.add(e.village);

    const { crudeBirthRatePerMille } = settings;
    const inYear = events.filter((e) => e.date.year === query.year && e.date.month <= query.month);
    const rows = [...villageCodes].sort().map((code) => {
      const { population, target } = this.targetOf(code, settings);
      const mine = inYear.filter((e) => e.village === code);
      const indicators = Object.fromEntries(
        pwsIndicators.map((indicator) => {
          const of = mine.filter((e) => e.indicator === indicator);
          const month = of.filter((e) => e.date.month === query.month).length;
          const cumulative = of.length;
          const pct = (n: number) =>
            covered.includes(indicator) && target !== null ? round(coveragePercent(n, target)) : null;
          return [
            indicator,
            { month, cumulative, monthPercent: pct(month), cumulativePercent: pct(cumulative) },
          ];
        }),
      ) as Record<
        PwsIndicator,
        { month: number; cumulative: number; monthPercent: number | null; cumulativePercent: number | null }
      >;
      return {
        villageCode: code,
        villageName: this.regions.index.village(code)?.name ?? code,
        population,
        target,
        indicators,
      };
    });
    return {
      year: query.year,
      month: query.month,
      puskesmasId: facility?.id ?? null,
      puskesmasName: facility?.name ?? null,
      crudeBirthRatePerMille,
      indicators: pwsIndicators.map((i) => ({
        code: i,
        label: pwsIndicatorLabels[i],
        coverage: covered.includes(i),
      })),
      rows,
    };
  }

  /** The report as CSV, written row by row. */
  async csv(actor: Principal, query: PwsQuery): Promise<Readable> {
    const report = await this.report(actor, query);
    const header = [
      'kode_desa',
      'desa',
      'penduduk',
      'sasaran_bumil',
      ...pwsIndicators.flatMap((i) =>
        covered.includes(i)
          ? [`${i}_bulan_ini`, `${i}_kumulatif`, `${i}_persen_bulan_ini`, `${i}_persen_kumulatif`]
          : [`${i}_bulan_ini`, `${i}_kumulatif`],
      ),
    ];
    function* lines() {
      yield `${header.join(',')}\r\n`;
      for (const row of report.rows) {
        const cells = [
          row.villageCode,
          csvCell(row.villageName),
          row.population ?? '',
          row.target ?? '',
          ...pwsIndicators.flatMap((i) => {
            const v = row.indicators[i];
            return covered.includes(i)
              ? [v.month, v.cumulative, v.monthPercent ?? '', v.cumulativePercent ?? '']
              : [v.month, v.cumulative];
          }),
        ];
        yield `${cells.join(',')}\r\n`;
      }
    }
    return Readable.from(lines());
  }
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function csvCell(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
