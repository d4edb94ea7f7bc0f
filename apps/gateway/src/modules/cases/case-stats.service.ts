import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  type CaseFacts,
  type CaseFilter,
  type CaseMix,
  type SlaConfig,
  type StatCase,
  type WorkingCalendar,
  caseFacts,
  caseMixSchema,
  defaultMixByService,
  endOfWibDay,
  hasFigure,
  isOpenStatus,
  isoWeekOf,
  parseCalendarDate,
  startOfWibDay,
} from '@layanan/domain';
import { CatalogService } from './catalog.service';
import { Agency } from './entities/agency.entity';
import { Case } from './entities/case.entity';
import { Category } from './entities/category.entity';

/** A case of the scan with its league facts, judged once. */
export interface ScannedCase {
  row: StatCase & { title?: string };
  facts: CaseFacts;
}

/** The columns every scan reads (property → column): what the figures need, nothing more. */
const statColumns = {
  id: 'id',
  trackingCode: 'tracking_code',
  service: 'service',
  categoryId: 'category_id',
  status: 'status',
  districtCode: 'district_code',
  agencyId: 'agency_id',
  assigneeId: 'assignee_id',
  lat: 'lat',
  lng: 'lng',
  rating: 'rating',
  receivedAt: 'received_at',
  routedAt: 'routed_at',
  firstResponseAt: 'first_response_at',
  promisedBy: 'promised_by',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
} as const;
const timestampKeys = [
  'receivedAt',
  'routedAt',
  'firstResponseAt',
  'promisedBy',
  'resolvedAt',
  'closedAt',
] as const;
const numberKeys = ['lat', 'lng', 'rating'] as const;

/**
 * A timestamp as the driver returns it raw: a Date from PostgreSQL, a UTC
 * `YYYY-MM-DD HH:MM:SS.SSS` text from SQLite (how TypeORM writes it there).
 */
function instant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== 'string') throw new TypeError('a timestamp column read as neither Date nor text');
  const text = value;
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

/** A raw row of the scan as a StatCase (raw rows skip TypeORM's entity building, the costliest part). */
function statCase(raw: Record<string, unknown>): StatCase & { title?: string } {
  const row = { ...raw } as Record<string, unknown>;
  for (const key of timestampKeys) row[key] = instant(raw[key]);
  for (const key of numberKeys) row[key] = raw[key] === null ? null : Number(raw[key]);
  return row as unknown as StatCase & { title?: string };
}

/** Rows read per query of a scan (keyset pages on received_at, id). */
const SCAN_BATCH = 2000;

/**
 * The one place where the back office reads cases in bulk (dashboard, league
 * tables, the list behind every number, CSV). A scan walks the period's cases
 * in keyset pages on (received_at, id) using the received_at indexes, so its
 * work is proportional to the period's cases, not to the table; each case is
 * judged by the pure rules of `@layanan/domain` (admin/) with its category's
 * thresholds and the working calendar.
 */
@Injectable()
export class CaseStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  /** Agencies and categories by id, for the names beside the figures. */
  async directory() {
    const [agencies, categories] = await Promise.all([
      this.dataSource.getRepository(Agency).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(Category).find({ order: { service: 'ASC', code: 'ASC' } }),
    ]);
    return {
      agencies: new Map(agencies.map((a) => [a.id, a])),
      categories: new Map(categories.map((c) => [c.id, c])),
    };
  }

  /** The configuration a scan judges with: every category's thresholds and mix, and the calendar. */
  async judge(): Promise<{
    calendar: WorkingCalendar;
    slaOf: (categoryId: string) => SlaConfig;
    mixOf: (c: Pick<StatCase, 'categoryId' | 'service'>) => CaseMix;
  }> {
    const categories = await this.dataSource.getRepository(Category).find();
    const sla = new Map(categories.map((c) => [c.id, this.catalog.slaOf(c)]));
    const mix = new Map(
      categories.flatMap((c) => {
        const parsed = caseMixSchema.safeParse(c.mix);
        return parsed.success ? [[c.id, parsed.data] as const] : [];
      }),
    );
    const fallback = this.catalog.defaultSla();
    return {
      calendar: await this.catalog.calendar(),
      slaOf: (id) => sla.get(id) ?? fallback,
      mixOf: (c) => mix.get(c.categoryId) ?? defaultMixByService[c.service],
    };
  }

  /**
   * Every case of the period matching the filter, in batches, with its facts
   * at `now`. SQL applies the period, kecamatan, service, agency, officer,
   * category and status; week, mix, open and figure are applied to the facts.
   */
  async *scan(
    filter: CaseFilter,
    options: { now?: Date; withTitle?: boolean; since?: Date; before?: Date } = {},
  ): AsyncGenerator<ScannedCase[]> {
    const now = options.now ?? new Date();
    const { calendar, slaOf, mixOf } = await this.judge();
    let from = startOfWibDay(parseCalendarDate(filter.from)!);
    let to = endOfWibDay(parseCalendarDate(filter.to)!);
    // The rollup reads the cases received from its frontier on (since) and builds up to it (before).
    if (options.since && options.since > from) from = options.since;
    if (options.before && options.before.getTime() - 1 < to.getTime())
      to = new Date(options.before.getTime() - 1);
    if (from > to) return;
    let after: { receivedAt: Date; id: string } | null = null;
    for (;;) {
      const qb = this.query(filter, from, to, options.withTitle ?? false);
      if (after)
        qb.andWhere('(c.received_at, c.id) > (:afterAt, :afterId)', {
          afterAt: after.receivedAt,
          afterId: after.id,
        });
      const raws = await qb
        .orderBy('c.received_at', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .limit(SCAN_BATCH)
        .getRawMany<Record<string, unknown>>();
      if (!raws.length) return;
      const rows = raws.map(statCase);
      const out: ScannedCase[] = [];
      for (const stat of rows) {
        if (filter.week && isoWeekOf(stat.receivedAt) !== filter.week) continue;
        if (filter.mix && mixOf(stat) !== filter.mix) continue;
        if (filter.open !== undefined && isOpenStatus(stat.status) !== filter.open) continue;
        const facts = caseFacts(stat, slaOf(stat.categoryId), calendar, now);
        if (filter.figure && !hasFigure(facts, filter.figure)) continue;
        out.push({ row: stat, facts });
      }
      if (out.length) yield out;
      if (rows.length < SCAN_BATCH) return;
      const last = rows[rows.length - 1];
      // The raw value goes back as it came, so that the comparison is exact on both drivers.
      after = { receivedAt: raws[raws.length - 1].receivedAt as Date, id: last.id };
    }
  }

  private query(filter: CaseFilter, from: Date, to: Date, withTitle: boolean): SelectQueryBuilder<Case> {
    const columns: [string, string][] = Object.entries(statColumns);
    if (withTitle) columns.push(['title', 'title']);
    const qb = this.dataSource.getRepository(Case).createQueryBuilder('c').select('c.id', 'id');
    for (const [property, column] of columns.slice(1)) qb.addSelect(`c.${column}`, property);
    qb.where('c.received_at >= :from AND c.received_at <= :to', { from, to });
    if (filter.districtCode === 'none') qb.andWhere('c.district_code IS NULL');
    else if (filter.districtCode)
      qb.andWhere('c.district_code = :district', { district: filter.districtCode });
    if (filter.service) qb.andWhere('c.service = :service', { service: filter.service });
    if (filter.agencyId) qb.andWhere('c.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.assigneeId === 'none') qb.andWhere('c.assignee_id IS NULL');
    else if (filter.assigneeId) qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.categoryId) qb.andWhere('c.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    return qb;
  }
}
