import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@layanan/auth';
import { type CategoryAttribute, type CreateCase, badRequest, generateTrackingCode } from '@layanan/domain';
import { pooledRandomBytes } from '../../common/crypto/pooled-random';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { RegionsService } from '../regions/regions.service';
import { Facility } from '../sehat/entities/facility.entity';
import { CaseEventsService } from './case-events.service';
import { refreshClock } from './case-clock';
import { CatalogService } from './catalog.service';
import { Case } from './entities/case.entity';
import type { SubmittedCase } from './new-case';
import { NewCaseWriter } from './new-case.writer';

/** How a case comes in when not through a portal form (an Open311 client filing on a person's behalf). */
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

/** A resident files a case: validated, routed, stored with its first timeline entry, photos and notifications in one transaction. */
@Injectable()
export class CaseSubmissionService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly regions: RegionsService,
    private readonly idempotency: IdempotencyService,
    private readonly events: CaseEventsService,
    private readonly writer: NewCaseWriter,
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
    if (
      input.facilityId &&
      !(await this.dataSource.getRepository(Facility).existsBy({ id: input.facilityId }))
    )
      throw badRequest('facility_unknown', { facilityId: 'facility_unknown' });
    const key = this.idempotency.claim({
      userId: reporter.userId,
      key: idempotencyKey,
      scope: 'POST /api/cases',
      body: input,
    });
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
    const events = [
      this.events.row(
        row,
        {
          kind: 'submitted',
          isPublic: true,
          actor: { userId: reporter.userId, role: 'resident' },
          toStatus: 'diterima',
        },
        now,
      ),
    ];
    if (options.staffNote) {
      events.push(
        this.events.row(
          row,
          {
            kind: 'note',
            isPublic: false,
            actor: { userId: null, role: 'system' },
            message: options.staffNote,
          },
          now,
        ),
      );
    }
    // The writes — case, timeline, notices to the reporter and the agency's officers, photos, key —
    // in one statement (PostgreSQL) or one synchronous transaction (SQLite): see new-case.writer.ts.
    return this.writer.write({
      row,
      drawCode: () => this.drawCode(row.service),
      events,
      notices: (c) => this.events.submittedNotices(c),
      photos: { ids: input.photoIds, ownerId: reporter.userId, isPublic: !row.rahasia },
      key,
      answer: (c) => ({ id: c.id, trackingCode: c.trackingCode, status: 'diterima' }),
    });
  }

  /** A random tracking code; on the (rare) collision with a stored one the writer draws again. */
  drawCode(service: Case['service']): string {
    return generateTrackingCode(service, pooledRandomBytes);
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
