import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import {
  type AdminCaseItem,
  type AdminCaseList,
  type AgencyLeague,
  type Bilingual,
  type CaseExportQuery,
  type CaseFilter,
  type CaseListQuery,
  type DashboardView,
  DashboardAccumulator,
  GroupedLeague,
  LeagueAccumulator,
  type LeagueRow,
  type OfficerLeague,
  type PeriodQuery,
  caseStatusLabels,
  caseStatuses,
  notFound,
  resolvePeriod,
} from '@layanan/domain';
import { type ScannedCase, CaseStatsService } from '../cases/case-stats.service';
import { User } from '../identity/entities/user.entity';
import { RegionsService } from '../regions/regions.service';
import { CLUSTER_CELL_DEGREES } from './cluster-grid';
import { AdminRollupService } from './rollup/admin-rollup.service';

export { CLUSTER_CELL_DEGREES };

const serviceLabels: Record<string, Bilingual> = {
  lorong: { id: 'e-Lorong (jalan)', en: 'e-Lorong (roads)' },
  madul: { id: 'e-Madul (pengaduan)', en: 'e-Madul (complaints)' },
  sehat: { id: 'e-Sehat (pengaduan)', en: 'e-Sehat (complaints)' },
};
const mixLabels: Record<string, Bilingual> = {
  infrastructure: { id: 'Infrastruktur', en: 'Infrastructure' },
  service: { id: 'Layanan', en: 'Service' },
  other: { id: 'Lainnya', en: 'Other' },
};
const plain = (text: string): Bilingual => ({ id: text, en: text });

/**
 * The figures of the regency back office: dashboard, agency and officer league
 * tables and the list behind every number. Each is one scan of the period's
 * cases (CaseStatsService.scan); the benchmark times `leagueTable` and `dashboard`.
 */
@Injectable()
export class BackOfficeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stats: CaseStatsService,
    private readonly regions: RegionsService,
    private readonly rollup: AdminRollupService,
  ) {}

  /**
   * The agency or officer rows of a period: from the rollup, or by the scan when a kecamatan is
   * asked for (the rollup is not kept per kecamatan: it would multiply its rows by 13) or while
   * the rollup is being built.
   */
  private async leagueRows(
    filter: CaseFilter,
    groupBy: 'agency' | 'assignee',
    now: Date,
  ): Promise<Map<string, LeagueRow>> {
    if (!filter.districtCode && (await this.rollup.ready(now)))
      return this.rollup.league(filter, groupBy, now);
    const league = new GroupedLeague<string>();
    for await (const batch of this.stats.scan(filter, { now })) {
      for (const { row, facts } of batch)
        league.add(groupBy === 'agency' ? row.agencyId : (row.assigneeId ?? 'none'), facts);
    }
    return league.rows();
  }

  filterOf(q: PeriodQuery | CaseExportQuery, now = new Date()): CaseFilter {
    return { ...q, ...resolvePeriod(q, now) };
  }

  /** Per agency: every figure of the league table (agencies without cases in the period included, at zero). */
  async leagueTable(q: PeriodQuery, now = new Date()): Promise<AgencyLeague> {
    const filter = this.filterOf(q, now);
    const rows = await this.leagueRows(filter, 'agency', now);
    const { agencies } = await this.stats.directory();
    const ids = new Set([...[...agencies.values()].filter((a) => a.active).map((a) => a.id), ...rows.keys()]);
    return {
      period: { from: filter.from, to: filter.to },
      generatedAt: now.toISOString(),
      rows: [...ids].map((id) => {
        const agency = agencies.get(id);
        return {
          agencyId: id,
          agencyCode: agency?.code ?? '-',
          agencyName: agency?.name ?? '-',
          ...(rows.get(id) ?? emptyRow()),
        };
      }),
    };
  }

  /** The same figures per officer (assignee) inside one agency; `none` gathers the unassigned cases. */
  async officerLeague(q: PeriodQuery & { agencyId: string }, now = new Date()): Promise<OfficerLeague> {
    const { agencies } = await this.stats.directory();
    const agency = agencies.get(q.agencyId);
    if (!agency) throw notFound();
    const filter = this.filterOf(q, now);
    const rows = await this.leagueRows({ ...filter, agencyId: q.agencyId }, 'assignee', now);
    const officers = await this.dataSource.getRepository(User).find({
      where: [{ agencyId: q.agencyId, role: 'officer' }, { id: In([...rows.keys()]) }],
    });
    const names = new Map(officers.map((u) => [u.id, u.fullName]));
    const ids = new Set([
      ...officers.filter((u) => u.agencyId === q.agencyId && !u.disabledAt).map((u) => u.id),
      ...rows.keys(),
    ]);
    return {
      period: { from: filter.from, to: filter.to },
      generatedAt: now.toISOString(),
      agency: { id: agency.id, code: agency.code, name: agency.name },
      rows: [...ids].map((id) => ({
        assigneeId: id,
        officerName: names.get(id) ?? null,
        ...(rows.get(id) ?? emptyRow()),
      })),
    };
  }

  /** Volumes by service, category, status, kecamatan, week and mix; the weekly trend; open cases clustered. */
  async dashboard(q: PeriodQuery, now = new Date()): Promise<DashboardView> {
    const filter = this.filterOf(q, now);
    const { mixOf } = await this.stats.judge();
    const acc = new DashboardAccumulator(mixOf, CLUSTER_CELL_DEGREES);
    // The rollup is kept per day, not per kecamatan or service: a filtered dashboard is scanned.
    if (!filter.districtCode && !filter.service && (await this.rollup.ready(now)))
      await this.rollup.dashboard(filter, acc, now);
    else
      for await (const batch of this.stats.scan(filter, { now })) {
        for (const { row } of batch) acc.add(row);
      }
    const d = acc.dashboard();
    const { categories } = await this.stats.directory();
    const list = (counts: Record<string, number>, label: (key: string) => Bilingual, order?: string[]) =>
      Object.entries(counts)
        .map(([key, count]) => ({ key, label: label(key), count }))
        .sort((a, b) =>
          order
            ? order.indexOf(a.key) - order.indexOf(b.key)
            : b.count - a.count || a.key.localeCompare(b.key),
        );
    return {
      period: { from: filter.from, to: filter.to },
      generatedAt: now.toISOString(),
      total: d.total,
      open: d.open,
      byService: list(d.byService, (k) => serviceLabels[k] ?? plain(k), Object.keys(serviceLabels)),
      byCategory: list(d.byCategory, (k) => {
        const c = categories.get(k);
        return c ? { id: c.nameId, en: c.nameEn } : plain(k);
      }),
      byStatus: list(d.byStatus, (k) => caseStatusLabels[k as keyof typeof caseStatusLabels] ?? plain(k), [
        ...caseStatuses,
      ]),
      byDistrict: list(d.byDistrict, (k) => this.districtLabel(k)),
      byWeek: list(d.byWeek, plain, Object.keys(d.byWeek).sort()),
      byMix: list(d.byMix, (k) => mixLabels[k], Object.keys(mixLabels)),
      trend: Object.keys(d.trend)
        .sort()
        .map((week) => ({ week, counts: d.trend[week] })),
      clusters: d.clusters,
      cellDegrees: CLUSTER_CELL_DEGREES,
    };
  }

  /** The list behind a number: the cases a figure counted, newest first, a page at a time. */
  async caseList(q: CaseListQuery, now = new Date()): Promise<AdminCaseList> {
    const { page, pageSize, ...rest } = q;
    const filter = this.filterOf(rest, now);
    // The scan runs oldest first; only the newest page × pageSize matches are kept, and the
    // page is cut from their end so that the newest come first.
    const keep = page * pageSize;
    let tail: ScannedCase[] = [];
    let total = 0;
    for await (const batch of this.stats.scan(filter, { now, withTitle: true })) {
      total += batch.length;
      tail.push(...batch);
      if (tail.length > 2 * keep) tail = tail.slice(tail.length - keep);
    }
    tail = tail.slice(Math.max(tail.length - keep, 0));
    const slice = tail.slice(0, Math.max(tail.length - (page - 1) * pageSize, 0)).reverse();
    const items = await this.items(slice);
    return { items, total, page, pageSize };
  }

  /** Every case the filter matches, oldest first, in batches of items (the case CSV). */
  async *caseItems(q: CaseExportQuery, now = new Date()): AsyncGenerator<AdminCaseItem[]> {
    for await (const batch of this.stats.scan(this.filterOf(q, now), { now, withTitle: true })) {
      yield await this.items(batch);
    }
  }

  private async items(cases: ScannedCase[]): Promise<AdminCaseItem[]> {
    if (!cases.length) return [];
    const { agencies, categories } = await this.stats.directory();
    return cases.map(({ row, facts }) => {
      const category = categories.get(row.categoryId);
      return {
        trackingCode: row.trackingCode,
        service: row.service,
        categoryName: category ? { id: category.nameId, en: category.nameEn } : plain('-'),
        title: row.title ?? '',
        status: row.status,
        districtName: row.districtCode ? (this.regions.index.district(row.districtCode)?.name ?? null) : null,
        agencyCode: agencies.get(row.agencyId)?.code ?? '-',
        receivedAt: row.receivedAt.toISOString(),
        firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
        firstResponseMinutes:
          facts.firstResponseMinutes === null ? null : Math.round(facts.firstResponseMinutes * 10) / 10,
        responseMark: facts.mark,
        promisedBy: row.promisedBy?.toISOString() ?? null,
        resolvedAt: row.resolvedAt?.toISOString() ?? null,
        rating: row.rating,
      };
    });
  }

  private districtLabel(code: string): Bilingual {
    if (code === 'none') return { id: 'Tanpa kecamatan', en: 'No kecamatan' };
    return plain(this.regions.index.district(code)?.name ?? code);
  }
}

/** The row of a group without cases in the period. */
function emptyRow() {
  return new LeagueAccumulator().row();
}
