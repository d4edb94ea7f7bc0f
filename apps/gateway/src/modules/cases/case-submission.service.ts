import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import { type CategoryAttribute, type CreateCase, badRequest, generateTrackingCode } from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { insertRows } from '../../database/insert-rows';
import { PhotosService } from '../files/photos.service';
import { RegionsService } from '../regions/regions.service';
import { Facility } from '../sehat/entities/facility.entity';
import { CaseEventsService } from './case-events.service';
import { refreshClock } from './case-clock';
import { CatalogService } from './catalog.service';
import { Case } from './entities/case.entity';
import { CasePhoto } from './entities/case-photo.entity';

/** How a case comes in when not through a portal form (an Open311 client filing on a person's behalf). */
/** Every column of a case is written by the one INSERT of a submission. */
const caseColumns = [
  'id',
  'trackingCode',
  'service',
  'categoryId',
  'status',
  'title',
  'description',
  'attributes',
  'lat',
  'lng',
  'districtCode',
  'villageCode',
  'address',
  'roadStatus',
  'severity',
  'facilityId',
  'anonim',
  'rahasia',
  'reporterId',
  'agencyId',
  'assigneeId',
  'priority',
  'duplicateOfId',
  'reopenCount',
  'budgetYear',
  'responsibleBody',
  'rating',
  'supporterCount',
  'receivedAt',
  'routedAt',
  'firstResponseAt',
  'promisedBy',
  'resolvedAt',
  'closedAt',
  'dueAt',
  'overdue',
  'escalationLevel',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Case)[];

export interface SubmitOptions {
  /**
   * An address text alone is a place (Open311 `address_string`). The portals
   * always send a map point, or a desa and an address (createCaseSchema);
   * without a point or a desa the case is routed by the regency-wide rule.
   */
  addressOnly?: boolean;
  /** A first timeline entry for staff only, e.g. which Open311 client filed the case and the media URL it sent. */
  staffNote?: string;
}

export interface SubmittedCase {
  id: string;
  trackingCode: string;
  status: 'diterima';
}

/** A resident files a case: validated, routed, stored with its first timeline entry, photos and notifications in one transaction. */
@Injectable()
export class CaseSubmissionService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly regions: RegionsService,
    private readonly photos: PhotosService,
    private readonly idempotency: IdempotencyService,
    private readonly events: CaseEventsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async submit(
    reporter: Principal,
    input: CreateCase,
    idempotencyKey: string | undefined,
    options: SubmitOptions = {},
  ): Promise<SubmittedCase> {
    const where = input.location;
    if (!where.point && !(where.villageCode && where.address) && !(options.addressOnly && where.address)) {
      throw badRequest('validation_failed', { 'location.point': 'location_required' });
    }
    if (input.facilityId && input.service !== 'sehat')
      throw badRequest('validation_failed', { facilityId: 'validation_failed' });
    // Everything that is only read is read before the transaction opens, so that it holds its
    // connection (or, on SQLite, the write turn) for the writes alone.
    const reference = await this.catalog.forSubmission(input.service, input.categoryId);
    const { category, sla } = reference;
    const attributes = this.checkAttributes(reference.attributes, input.attributes);
    const { districtCode, villageCode } = this.place(input.location.villageCode);
    const calendar = await this.catalog.calendar();
    const agencyId = this.catalog.routeOf(reference, districtCode);
    // Who is told of the new case (a plain SELECT, outside the transaction as under READ COMMITTED
    // it would see the same rows inside it).
    const officers = await this.events.agencyOfficers(this.dataSource.manager, agencyId);
    return this.idempotency.transaction(
      { userId: reporter.userId, key: idempotencyKey, scope: 'POST /api/cases', body: input },
      async (manager) => {
        if (input.facilityId && !(await manager.getRepository(Facility).existsBy({ id: input.facilityId })))
          throw badRequest('facility_unknown', { facilityId: 'facility_unknown' });
        const now = new Date();
        const row: Case = {
          id: randomUUID(),
          trackingCode: '',
          service: input.service,
          categoryId: category.id,
          status: 'diterima',
          title: input.title,
          description: input.description,
          attributes: JSON.stringify(attributes),
          lat: input.location.point?.lat ?? null,
          lng: input.location.point?.lng ?? null,
          districtCode,
          villageCode,
          address: input.location.address ?? null,
          roadStatus: input.roadStatus ?? null,
          severity: input.severity ?? null,
          facilityId: input.facilityId ?? null,
          anonim: input.anonim,
          rahasia: input.rahasia,
          reporterId: reporter.userId,
          agencyId,
          assigneeId: null,
          priority: input.severity === 'berat' ? 1 : input.severity === 'sedang' ? 2 : 3,
          duplicateOfId: null,
          reopenCount: 0,
          budgetYear: null,
          responsibleBody: null,
          rating: null,
          supporterCount: 0,
          receivedAt: now,
          routedAt: null,
          firstResponseAt: null,
          promisedBy: null,
          resolvedAt: null,
          closedAt: null,
          dueAt: null,
          overdue: false,
          escalationLevel: 0,
          createdAt: now,
          updatedAt: now,
        };
        Object.assign(row, refreshClock(row, sla, calendar, now));
        await this.insertWithFreshCode(manager, row);
        const event = await this.events.append(manager, row, {
          kind: 'submitted',
          isPublic: true,
          actor: { userId: reporter.userId, role: 'resident' },
          toStatus: 'diterima',
        });
        if (options.staffNote) {
          await this.events.append(manager, row, {
            kind: 'note',
            isPublic: false,
            actor: { userId: null, role: 'system' },
            message: options.staffNote,
          });
        }
        await this.photos.claim(manager, reporter.userId, input.photoIds, `case:${row.id}`, !row.rahasia);
        if (input.photoIds.length) {
          await manager.getRepository(CasePhoto).insert(
            input.photoIds.map((uploadId) => ({
              uploadId,
              caseId: row.id,
              eventId: event.id,
              role: 'report',
            })),
          );
        }
        await this.events.notifySubmitted(manager, row, officers);
        return { id: row.id, trackingCode: row.trackingCode, status: 'diterima' as const };
      },
    );
  }

  /**
   * Tracking codes are random; on the (rare) collision draw again. `ON CONFLICT DO NOTHING` skips a
   * colliding row without failing the statement, so the transaction needs no savepoint.
   */
  private async insertWithFreshCode(manager: EntityManager, row: Case) {
    for (let attempt = 0; ; attempt++) {
      row.trackingCode = generateTrackingCode(row.service, (n) => randomBytes(n));
      const inserted = await insertRows(manager, Case, caseColumns, [row], {
        skipConflictOn: 'trackingCode',
        returning: ['id'],
      });
      if (inserted.length) return;
      if (attempt >= 4) throw new Error('No free tracking code after 5 draws');
    }
  }

  /** Kecamatan and desa from the chosen desa (outside the regency the place is kept as text only). */
  private place(villageCode: string | undefined): {
    districtCode: string | null;
    villageCode: string | null;
  } {
    if (!villageCode) return { districtCode: null, villageCode: null };
    const village = this.regions.index.village(villageCode);
    if (!village) throw badRequest('validation_failed', { 'location.villageCode': 'not_found' });
    return { districtCode: village.districtCode, villageCode };
  }

  /** The answers to the category's extra questions, checked against their Open311 datatypes. */
  private checkAttributes(
    questions: CategoryAttribute[],
    answers: Record<string, unknown>,
  ): Record<string, unknown> {
    const fields: Record<string, string> = {};
    const checked: Record<string, unknown> = {};
    for (const q of questions) {
      const value = answers[q.code];
      const key = `attributes.${q.code}`;
      if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
        if (q.required) fields[key] = 'attribute_required';
        continue;
      }
      const keys = q.values.map((v) => v.key);
      const ok =
        q.datatype === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : q.datatype === 'singlevaluelist'
            ? typeof value === 'string' && keys.includes(value)
            : q.datatype === 'multivaluelist'
              ? Array.isArray(value) && value.every((v) => typeof v === 'string' && keys.includes(v))
              : q.datatype === 'datetime'
                ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
                : typeof value === 'string';
      if (ok) checked[q.code] = value;
      else fields[key] = 'attribute_invalid';
    }
    for (const code of Object.keys(answers)) {
      if (!questions.some((q) => q.code === code)) fields[`attributes.${code}`] = 'attribute_invalid';
    }
    if (Object.keys(fields).length) throw badRequest('validation_failed', fields);
    return checked;
  }
}
