import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CaseDetail,
  type CaseService,
  type CaseStatus,
  type PublicCaseQuery,
  caseCountCap,
  caseStatuses,
  distanceMetres,
  notFound,
  responseMark,
  terminalStatuses,
} from '@layanan/domain';
import { isCaseStaff } from './case-access';
import { CaseViewsService } from './case-views.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CatalogService } from './catalog.service';
import { Case } from './entities/case.entity';
import { Supporter } from './entities/supporter.entity';

const openStatuses = caseStatuses.filter((s) => s !== 'selesai' && !terminalStatuses.includes(s));
/** What the public sees: open cases and those done but not yet closed. */
const publicStatuses = caseStatuses.filter((s) => !terminalStatuses.includes(s));
/**
 * `status IN (…)` written out (the statuses are the domain's constants, not input) so that the
 * partial indexes on open and public cases (migration OpenCaseIndexes, the same list in the same
 * order) serve the query on both drivers: neither planner matches an index predicate against
 * bound parameters.
 */
const statusIn = (statuses: readonly string[]) => `c.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;
export interface StaffQueueQuery {
  service?: CaseService;
  agencyId?: string;
  status?: CaseStatus;
  categoryId?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

/** Reads of cases: public lists and map, duplicates nearby, a resident's own, an agency's queue. */
@Injectable()
export class CaseQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: CaseViewsService,
    private readonly catalog: CatalogService,
    private readonly workflow: CaseWorkflowService,
  ) {}

  /** Public cases (never rahasia), newest first. */
  async publicList(query: PublicCaseQuery) {
    const qb = this.cases().where(`c.rahasia = ${this.falseLiteral()}`);
    if (query.service) qb.andWhere('c.service = :service', { service: query.service });
    if (query.categoryId) qb.andWhere('c.category_id = :categoryId', { categoryId: query.categoryId });
    if (query.districtCode) qb.andWhere('c.district_code = :district', { district: query.districtCode });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    else qb.andWhere(statusIn(publicStatuses));
    if (query.q) this.search(qb, query.q);
    if (query.bbox) {
      const [minLat, minLng, maxLat, maxLng] = query.bbox.split(',').map(Number);
      qb.andWhere('c.lat BETWEEN :minLat AND :maxLat AND c.lng BETWEEN :minLng AND :maxLng', {
        minLat,
        maxLat,
        minLng,
        maxLng,
      });
    }
    const counted = this.cappedCount(qb, query);
    const rows = await qb
      .orderBy('c.received_at', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    return {
      items: await this.views.summaries(rows),
      ...(await counted),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Open public cases of a category within its duplicate radius of a point, nearest first. */
  async nearby(categoryId: string, point: { lat: number; lng: number }) {
    const category = await this.catalog.categoryById(categoryId);
    if (!category) return [];
    const radius = category.duplicateRadiusM;
    const dLat = radius / 111_320;
    const dLng = radius / (111_320 * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01));
    const rows = await this.cases()
      .where('c.category_id = :categoryId AND c.rahasia = :no AND c.status IN (:...open)', {
        categoryId,
        no: false,
        open: openStatuses,
      })
      .andWhere('c.lat BETWEEN :a AND :b AND c.lng BETWEEN :c AND :d', {
        a: point.lat - dLat,
        b: point.lat + dLat,
        c: point.lng - dLng,
        d: point.lng + dLng,
      })
      .take(200)
      .getMany();
    const within = rows
      .map((c) => ({ c, distanceM: distanceMetres(point, { lat: c.lat!, lng: c.lng! }) }))
      .filter((r) => r.distanceM <= radius)
      .sort((a, b) => a.distanceM - b.distanceM)
      .slice(0, 20);
    const summaries = await this.views.summaries(within.map((r) => r.c));
    return summaries.map((s, i) => ({ ...s, distanceM: Math.round(within[i].distanceM) }));
  }

  /** A resident's own cases and the ones she supports. */
  async mine(resident: Principal) {
    const own = await this.cases()
      .where('c.reporter_id = :id', { id: resident.userId })
      .orderBy('c.received_at', 'DESC')
      .take(200)
      .getMany();
    const supported = await this.dataSource.getRepository(Supporter).findBy({ userId: resident.userId });
    const followed = supported.length
      ? await this.cases()
          .where({ id: In(supported.map((s) => s.caseId)) })
          .orderBy('c.received_at', 'DESC')
          .getMany()
      : [];
    return { reported: await this.views.summaries(own), supported: await this.views.summaries(followed) };
  }

  /** A case by tracking code, as the caller may see it; rahasia cases only to their reporter and staff. */
  async detail(code: string, viewer: Principal | null): Promise<CaseDetail> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.workflow.load(manager, code);
      const isSupporter = viewer
        ? await manager.getRepository(Supporter).existsBy({ caseId: c.id, userId: viewer.userId })
        : false;
      const privileged = viewer?.userId === c.reporterId || isCaseStaff(viewer, c) || isSupporter;
      if (c.rahasia && !privileged) throw notFound();
      return this.views.detail(manager, c, viewer, isSupporter);
    });
  }

  /** An agency's queue: most urgent first (earliest pending deadline), overdue flagged. */
  async staffQueue(staff: Principal, query: StaffQueueQuery) {
    const agencyId = staff.role === 'regency_admin' ? query.agencyId : staff.agencyId!;
    const qb = this.cases().where('1 = 1');
    if (agencyId) qb.andWhere('c.agency_id = :agencyId', { agencyId });
    if (query.service) qb.andWhere('c.service = :service', { service: query.service });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    else qb.andWhere(statusIn(openStatuses));
    if (query.categoryId) qb.andWhere('c.category_id = :categoryId', { categoryId: query.categoryId });
    if (query.overdue !== undefined) qb.andWhere('c.overdue = :overdue', { overdue: query.overdue });
    if (query.q) this.search(qb, query.q);
    const counted = this.cappedCount(qb, query);
    const rows = await qb
      .orderBy('c.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('c.priority', 'ASC')
      .addOrderBy('c.received_at', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    const { total, totalCapped } = await counted;
    const categories = await this.catalog.categoriesByIds([...new Set(rows.map((c) => c.categoryId))]);
    const now = new Date();
    const items = rows.map((c) => {
      const category = categories.get(c.categoryId);
      return {
        ...this.views.summary(c, category),
        agencyId: c.agencyId,
        assigneeId: c.assigneeId,
        overdue: c.overdue,
        dueAt: c.dueAt?.toISOString() ?? null,
        responseMark: responseMark(c, this.catalog.slaOf(category ?? { sla: '{}' }), now),
        priority: c.priority,
      };
    });
    return { items, total, totalCapped, page: query.page, pageSize: query.pageSize };
  }

  /**
   * The number of rows matched, counted up to `caseCountCap` (or to the end of the page asked
   * for, if further): an exact count over years of history would read every matching row, while
   * lists only need "more than a thousand". `totalCapped` says the count stopped at its cap.
   */
  private async cappedCount(
    qb: SelectQueryBuilder<Case>,
    paging: { page: number; pageSize: number },
  ): Promise<{ total: number; totalCapped: boolean }> {
    const cap = Math.max(caseCountCap, paging.page * paging.pageSize);
    const matched = qb
      .clone()
      .select('1', 'one')
      .orderBy()
      .offset(undefined)
      .limit(cap + 1);
    const [sql, parameters] = matched.getQueryAndParameters();
    const [row] = await this.dataSource.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM (${sql}) matched`,
      parameters,
    );
    const n = Number(row.n);
    return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
  }

  /** A false boolean as each driver stores it, written out so that partial indexes match. */
  private falseLiteral(): string {
    return this.dataSource.options.type === 'postgres' ? 'false' : '0';
  }

  private cases(): SelectQueryBuilder<Case> {
    return this.dataSource.getRepository(Case).createQueryBuilder('c');
  }

  private search(qb: SelectQueryBuilder<Case>, text: string) {
    const like = `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    qb.andWhere(
      new Brackets((w) => {
        w.where("LOWER(c.title) LIKE :like ESCAPE '\\'", { like })
          .orWhere("LOWER(c.description) LIKE :like ESCAPE '\\'", { like })
          .orWhere('c.tracking_code = :code', { code: text.toUpperCase() });
      }),
    );
  }
}
