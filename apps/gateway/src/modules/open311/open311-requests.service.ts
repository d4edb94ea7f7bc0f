import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import {
  type CaseStatus,
  type WorkingCalendar,
  caseStatusLabels,
  caseStatuses,
  laporDeadlines,
  open311Status,
  trackingCodeSchema,
} from '@layanan/domain';
import { CatalogService } from '../cases/catalog.service';
import { Agency } from '../cases/entities/agency.entity';
import { Case } from '../cases/entities/case.entity';
import { type CaseEventKind, CaseEvent } from '../cases/entities/case-event.entity';
import { CasePhoto } from '../cases/entities/case-photo.entity';
import type { Category } from '../cases/entities/category.entity';
import { PhotosService } from '../files/photos.service';
import { RegionsService } from '../regions/regions.service';
import { say } from './open311.errors';
import type { Open311Value } from './open311.format';
import type { DateWindow, Paging } from './open311.params';
import { serviceCodeOf } from './open311-services.service';

/** Datetimes go out in WIB with their offset (`2026-11-27T09:30:00+07:00`). */
export function wibIso(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

const openStatuses = caseStatuses.filter((s) => open311Status(s) === 'open');
const closedStatuses = caseStatuses.filter((s) => open311Status(s) === 'closed');

/** Timeline entries that explain the status (status_notes): the officers' words. */
const noteKinds: readonly CaseEventKind[] = ['status', 'response', 'reroute'];
/** Timeline entries published as servicerequestupdates (not the filing itself, nor supporters). */
export const updateKinds: readonly CaseEventKind[] = ['status', 'response', 'reroute', 'comment', 'rating'];

/** IN-lists in chunks, well under either driver's limit on bound parameters. */
const CHUNK = 500;
function chunked<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export interface RequestsQuery {
  /** service_request_id: overrides every other filter. */
  codes?: string[];
  categoryIds?: string[];
  statuses?: ('open' | 'closed')[];
  window: DateWindow;
  paging: Paging;
}

/**
 * Cases as Open311 service requests, read-only. Never a rahasia case, and
 * nothing about who reported it: no name, NIK, phone, e-mail or account id.
 */
@Injectable()
export class Open311RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly photos: PhotosService,
    private readonly regions: RegionsService,
  ) {}

  /** The public case with this service_request_id (tracking code), or null. */
  async findPublic(serviceRequestId: string): Promise<Case | null> {
    const code = trackingCodeSchema.safeParse(serviceRequestId);
    if (!code.success) return null;
    return this.dataSource.getRepository(Case).findOneBy({ trackingCode: code.data, rahasia: false });
  }

  async list(query: RequestsQuery, origin: string): Promise<Open311Value[]> {
    const qb = this.publicCases();
    if (query.codes) {
      const codes = query.codes.flatMap((c) => {
        const parsed = trackingCodeSchema.safeParse(c);
        return parsed.success ? [parsed.data] : [];
      });
      if (!codes.length) return [];
      qb.andWhere('c.tracking_code IN (:...codes)', { codes: [...new Set(codes)].slice(0, 1000) });
    } else {
      qb.andWhere('c.received_at >= :start AND c.received_at <= :end', query.window);
      if (query.categoryIds) {
        if (!query.categoryIds.length) return [];
        qb.andWhere('c.category_id IN (:...categoryIds)', { categoryIds: query.categoryIds });
      }
      const statuses = new Set(query.statuses ?? []);
      if (statuses.size === 1) {
        qb.andWhere('c.status IN (:...statuses)', {
          statuses: statuses.has('open') ? openStatuses : closedStatuses,
        });
      }
    }
    const rows = await qb
      .orderBy('c.received_at', 'DESC')
      .addOrderBy('c.tracking_code', 'ASC')
      .offset((query.paging.page - 1) * query.paging.pageSize)
      .limit(query.paging.pageSize)
      .getMany();
    return this.views(rows, origin);
  }

  async one(c: Case, origin: string): Promise<Open311Value> {
    return (await this.views([c], origin))[0];
  }

  /** The service_notice of one case (the answer to POST requests). */
  async serviceNoticeOf(c: Case): Promise<string> {
    const category = await this.catalog.categoryById(c.categoryId);
    const agency = await this.catalog.agency(c.agencyId);
    return this.serviceNotice(category ?? undefined, agency ?? undefined);
  }

  /** "Ditangani <agency>. …": what to expect, from the category's service levels. */
  private serviceNotice(category: Category | undefined, agency: Agency | undefined): string {
    const sla = this.catalog.slaOf(category ?? { sla: '{}' });
    const name = agency?.name ?? '-';
    return say(
      `Ditangani ${name}. Tanggapan pertama paling lambat ${sla.followUpWorkingDays} hari kerja; target selesai ${sla.resolveWorkingDays} hari kerja (LAPOR!).`,
      `Handled by ${name}. A first response within ${sla.followUpWorkingDays} working days; resolution target ${sla.resolveWorkingDays} working days (LAPOR!).`,
    );
  }

  /** mySociety's servicerequestupdates: public timeline entries in a window, oldest first. */
  async updates(window: DateWindow, paging: Paging, origin: string): Promise<Open311Value[]> {
    const events = await this.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .innerJoin(Case, 'c', 'c.id = e.case_id')
      .where('e.is_public = :yes AND c.rahasia = :no', { yes: true, no: false })
      .andWhere('e.kind IN (:...kinds)', { kinds: updateKinds })
      .andWhere('e.created_at >= :start AND e.created_at <= :end', window)
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset((paging.page - 1) * paging.pageSize)
      .limit(paging.pageSize)
      .getMany();
    if (!events.length) return [];
    const caseIds = [...new Set(events.map((e) => e.caseId))];
    const cases = new Map<string, Case>();
    const statusSteps: Pick<CaseEvent, 'caseId' | 'id' | 'toStatus'>[] = [];
    const photos: CasePhoto[] = [];
    for (const ids of chunked(caseIds)) {
      for (const c of await this.dataSource.getRepository(Case).findBy({ id: In(ids) })) cases.set(c.id, c);
      statusSteps.push(
        ...(await this.dataSource
          .getRepository(CaseEvent)
          .createQueryBuilder('e')
          .select(['e.caseId', 'e.id', 'e.toStatus'])
          .where('e.case_id IN (:...ids) AND e.to_status IS NOT NULL', { ids })
          .orderBy('e.id', 'ASC')
          .getMany()),
      );
    }
    for (const ids of chunked(events.map((e) => e.id))) {
      photos.push(
        ...(await this.dataSource
          .getRepository(CasePhoto)
          .find({ where: { eventId: In(ids) }, order: { createdAt: 'ASC', uploadId: 'ASC' } })),
      );
    }
    const stepsOf = new Map<string, typeof statusSteps>();
    for (const step of statusSteps) stepsOf.set(step.caseId, [...(stepsOf.get(step.caseId) ?? []), step]);
    const photoOf = new Map<number, CasePhoto>();
    for (const p of photos) if (p.eventId !== null && !photoOf.has(p.eventId)) photoOf.set(p.eventId, p);
    return events.map((e) => {
      const c = cases.get(e.caseId)!;
      // The status after this entry: its own, or the last change before it.
      const status = (e.toStatus ??
        (stepsOf.get(e.caseId) ?? []).filter((step) => step.id < e.id).at(-1)?.toStatus ??
        'diterima') as CaseStatus;
      const photo = photoOf.get(e.id);
      return {
        update_id: String(e.id),
        service_request_id: c.trackingCode,
        status: open311Status(status),
        updated_datetime: wibIso(e.createdAt),
        description: this.updateText(e, status),
        media_url: photo ? `${origin}${this.photos.publicUrl(photo.uploadId)}` : null,
      };
    });
  }

  private updateText(e: CaseEvent, status: CaseStatus): string {
    if (e.message) return e.message;
    if (e.kind === 'rating') {
      const { rating } = JSON.parse(e.data) as { rating?: number };
      return say(`Penilaian pelapor: ${rating ?? '-'}/5`, `Reporter's rating: ${rating ?? '-'}/5`);
    }
    return caseStatusLabels[status].id;
  }

  private publicCases(): SelectQueryBuilder<Case> {
    return this.dataSource
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.rahasia = :no', { no: false });
  }

  /** Cases as `<request>`s: what each needs is loaded once for the whole page. */
  private async views(rows: Case[], origin: string): Promise<Open311Value[]> {
    if (!rows.length) return [];
    const ids = rows.map((c) => c.id);
    const categories = await this.catalog.categoriesByIds([...new Set(rows.map((c) => c.categoryId))]);
    const agencies = new Map(
      (
        await this.dataSource
          .getRepository(Agency)
          .findBy({ id: In([...new Set(rows.map((c) => c.agencyId))]) })
      ).map((a) => [a.id, a]),
    );
    const events: CaseEvent[] = [];
    const photos: CasePhoto[] = [];
    for (const chunk of chunked(ids)) {
      events.push(
        ...(await this.dataSource
          .getRepository(CaseEvent)
          .find({ where: { caseId: In(chunk), isPublic: true }, order: { id: 'ASC' } })),
      );
      photos.push(
        ...(await this.dataSource
          .getRepository(CasePhoto)
          .find({ where: { caseId: In(chunk) }, order: { createdAt: 'ASC', uploadId: 'ASC' } })),
      );
    }
    const eventsOf = new Map<string, CaseEvent[]>();
    for (const e of events) eventsOf.set(e.caseId, [...(eventsOf.get(e.caseId) ?? []), e]);
    const firstPhoto = new Map<string, CasePhoto>();
    for (const p of photos) if (!firstPhoto.has(p.caseId)) firstPhoto.set(p.caseId, p);
    const calendar = await this.catalog.calendar();
    return rows.map((c) =>
      this.view(
        c,
        categories.get(c.categoryId),
        agencies.get(c.agencyId),
        eventsOf.get(c.id) ?? [],
        firstPhoto.get(c.id),
        calendar,
        origin,
      ),
    );
  }

  private view(
    c: Case,
    category: Category | undefined,
    agency: Agency | undefined,
    events: CaseEvent[],
    photo: CasePhoto | undefined,
    calendar: WorkingCalendar,
    origin: string,
  ): Open311Value {
    const status = open311Status(c.status);
    const lastNote = events.filter((e) => noteKinds.includes(e.kind) && e.message).at(-1);
    const label = caseStatusLabels[c.status].id;
    const lastPublic = events.at(-1)?.createdAt ?? c.receivedAt;
    const updated =
      status === 'closed' ? ((c.status === 'selesai' ? c.resolvedAt : c.closedAt) ?? lastPublic) : lastPublic;
    const expected =
      status === 'open'
        ? (c.promisedBy ??
          laporDeadlines(c, this.catalog.slaOf(category ?? { sla: '{}' }), calendar).resolveBy)
        : null;
    const village = c.villageCode ? this.regions.index.village(c.villageCode) : undefined;
    const district = c.districtCode ? this.regions.index.district(c.districtCode) : undefined;
    const address = [c.address, village?.name, district ? `Kec. ${district.name}` : undefined]
      .filter((part, i, all) => !!part && all.indexOf(part) === i)
      .join(', ');
    // Open311 has no title: a portal case's title leads its description (an Open311 request's is its first line).
    const text = !c.description
      ? null
      : c.description.startsWith(c.title)
        ? c.description
        : `${c.title}\n\n${c.description}`;
    return {
      service_request_id: c.trackingCode,
      status,
      status_notes: lastNote ? `${label}: ${lastNote.message}` : label,
      service_name: category ? say(category.nameId, category.nameEn) : '-',
      service_code: category ? serviceCodeOf(category) : '-',
      description: text ? text.slice(0, 4000) : null,
      agency_responsible: agency?.name ?? null,
      service_notice: this.serviceNotice(category, agency),
      requested_datetime: wibIso(c.receivedAt),
      updated_datetime: wibIso(updated),
      expected_datetime: expected ? wibIso(expected) : null,
      address: address || null,
      address_id: c.villageCode,
      zipcode: null,
      lat: c.lat,
      long: c.lng,
      media_url: photo ? `${origin}${this.photos.publicUrl(photo.uploadId)}` : null,
    };
  }
}
