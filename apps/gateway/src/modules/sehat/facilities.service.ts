import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CreateFacility,
  type FacilityQuery,
  type FacilityView,
  type UpdateFacility,
  badRequest,
  conflict,
  notFound,
} from '@layanan/domain';
import { isUniqueViolation } from '../../database/errors';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { RegionsService } from '../regions/regions.service';
import { Facility } from './entities/facility.entity';
import { facilityView } from './facility-view';

/** The facility directory: public search, and the regency admin's edits (audited). */
@Injectable()
export class FacilitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  async search(query: FacilityQuery, includeInactive = false): Promise<FacilityView[]> {
    const qb = this.dataSource.getRepository(Facility).createQueryBuilder('f').orderBy('f.name', 'ASC');
    if (!includeInactive) qb.andWhere('f.active = :active', { active: true });
    if (query.kind) qb.andWhere('f.kind = :kind', { kind: query.kind });
    if (query.district) qb.andWhere('f.district_code = :district', { district: query.district });
    if (query.bookable) qb.andWhere('f.bookable = :bookable', { bookable: query.bookable === 'true' });
    if (query.polyclinic) qb.andWhere('f.polyclinics LIKE :poly', { poly: `%"${query.polyclinic}"%` });
    const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    words.forEach((word, i) => {
      const like = `%${word.replace(/[%_\\]/g, '')}%`;
      qb.andWhere(
        `(LOWER(f.name) LIKE :w${i} OR LOWER(COALESCE(f.address, '')) LIKE :w${i} OR LOWER(f.services) LIKE :w${i} OR LOWER(f.code) LIKE :w${i})`,
        { [`w${i}`]: like },
      );
    });
    return (await qb.getMany()).map(facilityView);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Facility> {
    const facility = await manager.getRepository(Facility).findOneBy({ id });
    if (!facility) throw notFound('facility_unknown');
    return facility;
  }

  async view(id: string): Promise<FacilityView> {
    return facilityView(await this.get(id));
  }

  async create(actor: Principal, input: CreateFacility): Promise<FacilityView> {
    this.checkPlace(input.districtCode, input.villageCode ?? null);
    const row: Facility = Object.assign(new Facility(), {
      id: randomUUID(),
      code: input.code,
      kind: input.kind,
      name: input.name,
      districtCode: input.districtCode,
      villageCode: input.villageCode ?? null,
      address: input.address ?? null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      phone: input.phone ?? null,
      polyclinics: JSON.stringify([...new Set(input.polyclinics)]),
      services: JSON.stringify(input.services),
      openingHours: JSON.stringify(input.openingHours),
      bookable: input.bookable,
      serviceStartsAt: input.serviceStartsAt,
      minutesPerPatient: input.minutesPerPatient,
      dispatchCentre: input.dispatchCentre,
      active: true,
    });
    try {
      await this.dataSource.transaction(async (tx) => {
        await tx.getRepository(Facility).insert(row);
        await this.audit.record(
          { actor, action: 'facility.create', subjectType: 'facility', subjectId: row.id },
          tx.getRepository(AuditLogEntry),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('facility_code_taken', { code: 'facility_code_taken' });
      throw error;
    }
    return this.view(row.id);
  }

  async update(actor: Principal, id: string, input: UpdateFacility): Promise<FacilityView> {
    const current = await this.get(id);
    if (input.districtCode !== undefined || input.villageCode !== undefined)
      this.checkPlace(input.districtCode ?? current.districtCode, input.villageCode ?? current.villageCode);
    const { polyclinics, services, openingHours, ...plain } = input;
    if (!Object.keys(input).length) return facilityView(current);
    const changes: Partial<Facility> = { ...plain };
    if (polyclinics) changes.polyclinics = JSON.stringify([...new Set(polyclinics)]);
    if (services) changes.services = JSON.stringify(services);
    if (openingHours) changes.openingHours = JSON.stringify(openingHours);
    try {
      await this.dataSource.transaction(async (tx) => {
        if (Object.keys(changes).length) await tx.getRepository(Facility).update({ id }, changes);
        await this.audit.record(
          {
            actor,
            action: 'facility.update',
            subjectType: 'facility',
            subjectId: id,
            reason: Object.keys(input).join(','),
          },
          tx.getRepository(AuditLogEntry),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('facility_code_taken', { code: 'facility_code_taken' });
      throw error;
    }
    return this.view(id);
  }

  private checkPlace(districtCode: string, villageCode: string | null) {
    if (!this.regions.index.district(districtCode))
      throw badRequest('validation_failed', { districtCode: 'not_found' });
    if (villageCode) {
      const village = this.regions.index.village(villageCode);
      if (!village || village.districtCode !== districtCode)
        throw badRequest('validation_failed', { villageCode: 'not_found' });
    }
  }
}
