import { Injectable } from '@nestjs/common';
import { Between, type FindOptionsWhere, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type KsprCategory,
  type MaternalFigure,
  type MaternalMotherItem,
  type MaternalRow,
  coveragePercent,
  endOfWibDay,
  lostToFollowUpDate,
  formatCalendarDate,
  maskNik,
  nearestRankMedian,
  nearestRankPercentile,
  parseCalendarDate,
  compareCalendarDates,
  startOfWibDay,
  todayInWib,
  wibDateOf,
  worklistMembership,
} from '@layanan/domain';
import { AuditService } from '../identity/audit.service';
import { RegionsService } from '../regions/regions.service';
import { Facility } from '../sehat/entities/facility.entity';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService, type EffectiveBabharSettings } from './babhar-settings';
import { DangerSignReportRow, type Mother, type Pregnancy } from './entities';
import { contactFacts, dating, pregnancyDates, statusOn } from './pregnancy-views';
import { PwsKiaService } from './pws-kia.service';
import { inChunks } from '../../database/in-chunks';

export interface MaternalStatsFilter {
  /** WIB dates, both included. */
  from: string;
  to: string;
  districtCode?: string;
  puskesmasId?: string;
  villageCode?: string;
}

/** What one pregnancy contributes to the figures of the period. */
interface PregnancyFacts {
  pregnancy: Pregnancy;
  mother: Mother;
  /** Date each figure counts, or null when it does not (see figureDate). */
  dates: Partial<Record<MaternalFigure, string | null>>;
  counts: Partial<Record<MaternalFigure, boolean>>;
  /** Minutes to answer each danger-sign report of the period (null: unanswered). */
  answers: (number | null)[];
}

/**
 * The back office's maternal figures (docs/ADMIN.md, "Maternal and health"), per puskesmas and per desa,
 * for the regency admin. K1/K4/K6 are the PWS-KIA events (PwsKiaService.indicatorEvents) reached in the
 * period against the annual target of PwsKiaService.targetOf; high risk and overdue are judged today over
 * the pregnancies ongoing in the period / today; danger signs are the reports of the period.
 */
@Injectable()
export class MaternalStatsService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
    private readonly pws: PwsKiaService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  private async puskesmasOf(filter: MaternalStatsFilter): Promise<Facility[]> {
    const where: FindOptionsWhere<Facility> = { kind: 'puskesmas' };
    if (filter.districtCode) where.districtCode = filter.districtCode;
    if (filter.puskesmasId) where.id = filter.puskesmasId;
    return this.records.dataSource.manager.find(Facility, { where, order: { name: 'ASC' } });
  }

  /** Every pregnancy of the puskesmas with what it counts for in the period. */
  private async facts(filter: MaternalStatsFilter, puskesmas: Facility[], settings: EffectiveBabharSettings) {
    const config = settings.rules;
    const ids = puskesmas.map((f) => f.id);
    if (!ids.length) return [];
    const from = filter.from;
    const to = filter.to;
    const today = todayInWib();
    // Only the pregnancies that can count: a record in the period, or ongoing in it or today (overdue).
    const start = parseCalendarDate(from)!;
    const since = compareCalendarDates(start, today) <= 0 ? start : today;
    const { pregnancies, mothers, contacts, events } = await this.pws.indicatorEvents(
      { puskesmasId: In(ids) },
      config,
      since,
    );
    const motherOf = new Map(mothers.map((m) => [m.id, m]));
    const inPeriod = (d: string) => d >= from && d <= to;
    const pregnancyIds = pregnancies.map((p) => p.id);
    const dangers = await inChunks(pregnancyIds, (chunk) =>
      this.records.dataSource.manager.find(DangerSignReportRow, {
        where: {
          pregnancyId: In(chunk),
          createdAt: Between(wibStart(from), wibEnd(to)),
        },
        select: { pregnancyId: true, createdAt: true, acknowledgedAt: true },
        order: { createdAt: 'ASC' },
      }),
    );
    const openDangers = await this.records.openDangerSignCounts(pregnancyIds);
    const eventsOf = new Map<string, typeof events>();
    for (const e of events) {
      const list = eventsOf.get(e.pregnancyId);
      if (list) list.push(e);
      else eventsOf.set(e.pregnancyId, [e]);
    }
    const dangersOf = new Map<string, typeof dangers>();
    for (const d of dangers) {
      const list = dangersOf.get(d.pregnancyId);
      if (list) list.push(d);
      else dangersOf.set(d.pregnancyId, [d]);
    }

    const result: PregnancyFacts[] = [];
    for (const p of pregnancies) {
      const mother = motherOf.get(p.motherId)!;
      if (filter.villageCode && mother.villageCode !== filter.villageCode) continue;
      const dates: PregnancyFacts['dates'] = {};
      const counts: PregnancyFacts['counts'] = {};
      const mine = eventsOf.get(p.id) ?? [];
      for (const figure of ['k1', 'k4', 'k6'] as const) {
        const date = mine.find((e) => e.indicator === figure)?.date;
        const text = date ? formatCalendarDate(date) : null;
        if (text && inPeriod(text)) {
          counts[figure] = true;
          dates[figure] = text;
        }
      }
      // Ongoing at some day of the period: HPHT on or before its end, not closed before it starts.
      const status = statusOn(p, today, config);
      const closed =
        p.closedOn ??
        (status === 'lost_to_follow_up' ? formatCalendarDate(lostToFollowUpDate(dating(p), config)) : null);
      const followed = p.hpht <= to && (closed === null || closed >= from);
      if (followed && (p.ksprCategory === 'KRT' || p.ksprCategory === 'KRST')) {
        counts[p.ksprCategory === 'KRT' ? 'krt' : 'krst'] = true;
        dates[p.ksprCategory === 'KRT' ? 'krt' : 'krst'] = null;
      }
      if (status === 'active') {
        const m = worklistMembership(
          {
            pregnancy: { ...dating(p), status: 'active' },
            contacts: contactFacts(contacts.get(p.id) ?? []),
            ksprCategory: p.ksprCategory as KsprCategory | null,
            openDangerSignReports: openDangers.get(p.id) ?? 0,
          },
          today,
          config,
        );
        const overdue = m.entries.find((e) => e.reason === 'overdue');
        if (overdue) {
          counts.overdue = true;
          dates.overdue = overdue.date ? formatCalendarDate(overdue.date) : p.nextContactDate;
        }
      }
      const reports = dangersOf.get(p.id) ?? [];
      const answers = reports.map((d) =>
        d.acknowledgedAt ? (d.acknowledgedAt.getTime() - d.createdAt.getTime()) / 60_000 : null,
      );
      if (reports.length) {
        counts.danger = true;
        dates.danger = wibDate(reports[0].createdAt);
        if (answers.some((a) => a === null)) {
          counts.danger_unanswered = true;
          dates.danger_unanswered = wibDate(reports[answers.indexOf(null)].createdAt);
        }
      }
      result.push({ pregnancy: p, mother, dates, counts, answers });
    }
    return result;
  }

  private row(
    key: string,
    name: string,
    district: { code: string; name: string } | null,
    target: { population: number | null; target: number | null },
    facts: PregnancyFacts[],
  ): MaternalRow {
    const count = (figure: MaternalFigure) => facts.filter((f) => f.counts[figure]).length;
    const coverage = (figure: MaternalFigure) => {
      const n = count(figure);
      const percent = target.target === null ? null : coveragePercent(n, target.target);
      return { count: n, percent: percent === null ? null : Math.round(percent * 10) / 10 };
    };
    const answers = facts.flatMap((f) => f.answers);
    const answered = answers.filter((a): a is number => a !== null);
    const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
    return {
      key,
      name,
      districtCode: district?.code ?? null,
      districtName: district?.name ?? null,
      population: target.population,
      target: target.target,
      k1: coverage('k1'),
      k4: coverage('k4'),
      k6: coverage('k6'),
      krt: count('krt'),
      krst: count('krst'),
      overdue: count('overdue'),
      dangerAlerts: answers.length,
      dangerAnswered: answered.length,
      dangerUnanswered: answers.length - answered.length,
      medianAnswerMinutes: round(nearestRankMedian(answered)),
      p90AnswerMinutes: round(nearestRankPercentile(answered, 90)),
    };
  }

  /** Population and target of a set of desa: sums over the desa that have a population. */
  private sumTargets(codes: string[], settings: EffectiveBabharSettings) {
    const each = codes.map((c) => this.pws.targetOf(c, settings)).filter((t) => t.target !== null);
    if (!each.length) return { population: null, target: null };
    return {
      population: each.reduce((a, t) => a + t.population, 0),
      target: each.reduce((a, t) => a + t.target!, 0),
    };
  }

  private villagesOf(districtCode: string): string[] {
    try {
      return this.regions.villagesOf(districtCode).map((v) => v.code);
    } catch {
      return []; // a facility outside the configured regency has no desa list
    }
  }

  private district(code: string | null) {
    if (!code) return null;
    return { code, name: this.regions.index.district(code)?.name ?? code };
  }

  /** Per puskesmas (filter.puskesmasId unset) or per desa of one puskesmas. */
  async overview(filter: MaternalStatsFilter) {
    const settings = await this.settings.current();
    const puskesmas = await this.puskesmasOf(filter);
    const facts = await this.facts(filter, puskesmas, settings);
    const base = {
      period: { from: filter.from, to: filter.to },
      crudeBirthRatePerMille: settings.crudeBirthRatePerMille,
      targetFactor: settings.rules.reports.targetFactor,
    };
    if (!filter.puskesmasId) {
      const rows = puskesmas.map((f) =>
        this.row(
          f.id,
          f.name,
          this.district(f.districtCode),
          this.sumTargets(this.villagesOf(f.districtCode), settings),
          facts.filter((x) => x.pregnancy.puskesmasId === f.id),
        ),
      );
      const districts = [...new Set(puskesmas.map((f) => f.districtCode))];
      const total = this.row(
        'total',
        'Total',
        null,
        this.sumTargets(
          districts.flatMap((d) => this.villagesOf(d)),
          settings,
        ),
        facts,
      );
      return { ...base, level: 'puskesmas' as const, puskesmas: null, rows, total };
    }
    const facility = puskesmas[0];
    if (!facility) return null;
    const codes = new Set(this.villagesOf(facility.districtCode));
    for (const f of facts) codes.add(f.mother.villageCode);
    const rows = [...codes].sort().map((code) => {
      const village = this.regions.index.village(code);
      return this.row(
        code,
        village?.name ?? code,
        this.district(code.slice(0, 8)),
        this.pws.targetOf(code, settings),
        facts.filter((f) => f.mother.villageCode === code),
      );
    });
    const total = this.row('total', 'Total', null, this.sumTargets([...codes], settings), facts);
    return {
      ...base,
      level: 'village' as const,
      puskesmas: { id: facility.id, name: facility.name },
      rows,
      total,
    };
  }

  /**
   * The mothers behind a number, newest date first. Every pregnancy listed is an audited read
   * (`babhar.admin.list`, subject `babhar.pregnancy`, the figure as reason).
   */
  async mothers(
    actor: Principal,
    filter: MaternalStatsFilter & { figure: MaternalFigure },
    page?: { page: number; pageSize: number },
  ) {
    const settings = await this.settings.current();
    const puskesmas = await this.puskesmasOf(filter);
    const names = new Map(puskesmas.map((f) => [f.id, f.name]));
    const facts = (await this.facts(filter, puskesmas, settings)).filter((f) => f.counts[filter.figure]);
    facts.sort(
      (a, b) =>
        (b.dates[filter.figure] ?? '').localeCompare(a.dates[filter.figure] ?? '') ||
        a.pregnancy.id.localeCompare(b.pregnancy.id),
    );
    const slice = page ? facts.slice((page.page - 1) * page.pageSize, page.page * page.pageSize) : facts;
    const today = todayInWib();
    const items: MaternalMotherItem[] = slice.map((f) => {
      const p = f.pregnancy;
      const dates = pregnancyDates(p, today, settings.rules);
      const answered = f.answers.filter((a): a is number => a !== null);
      return {
        pregnancyId: p.id,
        motherName: f.mother.fullName,
        nikMasked: maskNik(this.records.cipher.decrypt(f.mother.nikEnc)),
        villageCode: f.mother.villageCode,
        villageName: this.regions.index.village(f.mother.villageCode)?.name ?? f.mother.villageCode,
        puskesmasName: names.get(p.puskesmasId) ?? '',
        hpht: p.hpht,
        gestationalWeeks: dates.gestationalAge.weeks,
        status: statusOn(p, today, settings.rules),
        ksprCategory: p.ksprCategory,
        nextContactDate: p.nextContactDate,
        date: f.dates[filter.figure] ?? null,
        answerMinutes:
          filter.figure === 'danger' && answered.length ? Math.round(Math.max(...answered) * 10) / 10 : null,
      };
    });
    for (const item of items)
      await this.audit.record({
        actor,
        action: 'babhar.admin.list',
        subjectType: 'babhar.pregnancy',
        subjectId: item.pregnancyId,
        reason: `figure=${filter.figure} period=${filter.from}..${filter.to}`,
      });
    return { figure: filter.figure, total: facts.length, items };
  }
}

const wibStart = (date: string) => startOfWibDay(parseCalendarDate(date)!);
const wibEnd = (date: string) => endOfWibDay(parseCalendarDate(date)!);
const wibDate = (at: Date) => formatCalendarDate(wibDateOf(at));
