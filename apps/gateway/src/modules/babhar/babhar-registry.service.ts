import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type MotherRegistration,
  type PregnancyRegistration,
  badRequest,
  conflict,
  expectedDelivery,
  forbidden,
  motherRegistrationSchema,
  notFound,
  pregnancyRegistrationSchema,
  todayInWib,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { User } from '../identity/entities/user.entity';
import { RegionsService } from '../regions/regions.service';
import { Facility } from '../sehat/entities/facility.entity';
import { parseInput } from './babhar-input';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService } from './babhar-settings';
import { Mother, Pregnancy } from './entities';
import { pregnancyDetail } from './pregnancy-detail';
import { day, fmt, motherView, pregnancyRecord, statusOn } from './pregnancy-views';

/** Audit subject of e-Babhar reads. */
export const AUDIT_PREGNANCY = 'babhar.pregnancy';
export const AUDIT_MOTHER = 'babhar.mother';

/** Mothers and pregnancies: find by NIK, register, verify, read (audited). */
@Injectable()
export class BabharRegistryService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  private get manager() {
    return this.records.dataSource.manager;
  }

  /** Find a mother by NIK before registering (audited, whether found or not). */
  async lookup(actor: Principal, nik: string) {
    const mother = await this.records.motherByNik(nik);
    await this.audit.record({
      actor,
      action: 'babhar.mother.lookup',
      subjectType: AUDIT_MOTHER,
      subjectId: mother?.id ?? '-',
    });
    if (!mother) throw notFound();
    const pregnancies = await this.manager.find(Pregnancy, {
      where: { motherId: mother.id },
      order: { hpht: 'DESC' },
    });
    const today = todayInWib();
    const rules = await this.settings.rules();
    const visible = pregnancies.filter((p) => this.records.canStaffSee(actor, p));
    return {
      mother: this.motherOut(mother),
      pregnancies: visible.map((p) => pregnancyRecord(p, today, rules)),
      /** Pregnancies followed by another puskesmas (not shown). */
      elsewhere: pregnancies.length - visible.length,
    };
  }

  motherOut(mother: Mother) {
    return motherView(
      mother,
      this.records.health(mother),
      this.records.cipher.decrypt(mother.nikEnc),
      mother.phoneEnc ? this.records.cipher.decrypt(mother.phoneEnc) : null,
    );
  }

  parseMother(body: unknown, prefix?: string): MotherRegistration {
    return parseInput(motherRegistrationSchema({ regions: this.regions.index }), body, prefix);
  }

  async insertMother(
    manager: EntityManager,
    input: MotherRegistration,
    createdBy: string,
    residentUserId: string | null = null,
  ): Promise<Mother> {
    const cipher = this.records.cipher;
    const row = manager.create(Mother, {
      id: randomUUID(),
      nikHash: cipher.hash(input.nik),
      nikEnc: cipher.encrypt(input.nik),
      fullName: input.fullName,
      birthDate: input.birthDate,
      phoneEnc: input.phone ? cipher.encrypt(input.phone) : null,
      villageCode: input.villageCode,
      address: input.address,
      healthEnc: this.records.seal({ bloodType: input.bloodType ?? null, heightCm: input.heightCm ?? null }),
      marriageDate: input.marriageDate ?? null,
      residentUserId,
      createdBy,
    });
    if (await manager.findOneBy(Mother, { nikHash: row.nikHash }))
      throw conflict('mother_exists', { nik: 'mother_exists' });
    try {
      await manager.insert(Mother, row);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('mother_exists', { nik: 'mother_exists' });
      throw error;
    }
    return (await manager.findOneBy(Mother, { id: row.id }))!;
  }

  async registerMother(actor: Principal, body: unknown, key: string | undefined) {
    const input = this.parseMother(body);
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'POST /api/babhar/mothers', body },
      async (manager) => this.motherOut(await this.insertMother(manager, input, actor.userId)),
    );
  }

  async readMother(actor: Principal, id: string) {
    const mother = await this.records.mother(id);
    const pregnancies = await this.manager.find(Pregnancy, {
      where: { motherId: id },
      order: { hpht: 'DESC' },
    });
    const visible = pregnancies.filter((p) => this.records.canStaffSee(actor, p));
    // A mother registered by this puskesmas with no pregnancy yet is visible to its staff.
    const creator = await this.manager.findOneBy(User, { id: mother.createdBy });
    const ownNew =
      !pregnancies.length && (actor.role === 'regency_admin' || creator?.facilityId === actor.facilityId);
    if (!visible.length && !ownNew) throw forbidden();
    await this.audit.record({
      actor,
      action: 'babhar.mother.read',
      subjectType: AUDIT_MOTHER,
      subjectId: id,
    });
    const today = todayInWib();
    const rules = await this.settings.rules();
    return {
      mother: this.motherOut(mother),
      pregnancies: visible.map((p) => pregnancyRecord(p, today, rules)),
    };
  }

  /** Checks the puskesmas and the bidan of a registration. */
  async checkAssignment(
    manager: EntityManager,
    puskesmasId: string,
    bidanId: string | null | undefined,
    fieldPrefix = '',
  ) {
    const facility = await manager.findOneBy(Facility, { id: puskesmasId });
    if (!facility || facility.kind !== 'puskesmas')
      throw badRequest('facility_not_puskesmas', { [`${fieldPrefix}puskesmasId`]: 'facility_not_puskesmas' });
    if (bidanId) {
      const bidan = await manager.findOneBy(User, { id: bidanId });
      if (!bidan || bidan.role !== 'health_staff' || bidan.facilityId !== puskesmasId || bidan.disabledAt)
        throw badRequest('bidan_unknown', { bidanId: 'bidan_unknown' });
    }
    return facility;
  }

  async insertPregnancy(
    manager: EntityManager,
    input: Omit<PregnancyRegistration, 'motherId' | 'bidanId'> & { bidanId: string | null },
    motherId: string,
    createdBy: string,
    verification: 'verified' | 'pending',
    verifiedBy: string | null,
  ): Promise<Pregnancy> {
    const config = await this.settings.rules();
    const today = todayInWib();
    const others = await manager.find(Pregnancy, { where: { motherId, status: 'active' } });
    if (others.some((o) => statusOn(o, today, config) === 'active'))
      throw conflict('pregnancy_active_exists', { motherId: 'pregnancy_active_exists' });
    const expected = expectedDelivery(day(input.hpht), config);
    const row = manager.create(Pregnancy, {
      id: randomUUID(),
      motherId,
      hpht: input.hpht,
      hpl: fmt(expected.naegele),
      hpl280: fmt(expected.plus280),
      usgHpl: input.usgHpl ?? null,
      gravida: input.gravida,
      para: input.para,
      abortus: input.abortus,
      lastBirthDate: input.lastBirthDate ?? null,
      bidanId: input.bidanId ?? null,
      puskesmasId: input.puskesmasId,
      status: 'active',
      verification,
      verifiedAt: verification === 'verified' ? new Date() : null,
      verifiedBy,
      ksprTotal: null,
      ksprCategory: null,
      nextContactDate: null,
      remindedFor: null,
      closedOn: null,
      createdBy,
    });
    await manager.insert(Pregnancy, row);
    return (await manager.findOneBy(Pregnancy, { id: row.id }))!;
  }

  async registerPregnancy(actor: Principal, body: unknown, key: string | undefined) {
    const config = await this.settings.rules();
    const input = parseInput(pregnancyRegistrationSchema({ config }), body);
    if (actor.role !== 'regency_admin' && actor.facilityId !== input.puskesmasId) throw forbidden();
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'POST /api/babhar/pregnancies', body },
      async (manager) => {
        const mother = await manager.findOneBy(Mother, { id: input.motherId });
        if (!mother) throw badRequest('validation_failed', { motherId: 'not_found' });
        await this.checkAssignment(manager, input.puskesmasId, input.bidanId);
        const bidanId = input.bidanId ?? (actor.role === 'health_staff' ? actor.userId : null);
        const row = await this.insertPregnancy(
          manager,
          { ...input, bidanId },
          mother.id,
          actor.userId,
          'verified',
          actor.userId,
        );
        return pregnancyRecord(row, todayInWib(), config);
      },
    );
  }

  /** The full pregnancy record for staff; every read is audited. */
  async detail(actor: Principal, id: string, action = 'babhar.pregnancy.read') {
    const pregnancy = await this.records.pregnancyForStaff(actor, id);
    const file = await this.records.file(pregnancy);
    await this.audit.record({ actor, action, subjectType: AUDIT_PREGNANCY, subjectId: id });
    return { file, detail: pregnancyDetail(file, todayInWib(), await this.settings.rules()) };
  }

  /** A bidan confirms a pregnancy the mother registered herself (and may assign herself). */
  async verify(actor: Principal, id: string) {
    return this.records.dataSource.transaction(async (manager) => {
      const pregnancy = await this.records.pregnancyForStaff(actor, id, manager);
      if (pregnancy.verification !== 'pending')
        throw conflict('pregnancy_not_pending', { id: 'pregnancy_not_pending' });
      await manager.update(
        Pregnancy,
        { id },
        {
          verification: 'verified',
          verifiedAt: new Date(),
          verifiedBy: actor.userId,
          bidanId: pregnancy.bidanId ?? (actor.role === 'health_staff' ? actor.userId : null),
        },
      );
      await this.audit.record(
        { actor, action: 'babhar.pregnancy.verify', subjectType: AUDIT_PREGNANCY, subjectId: id },
        manager.getRepository(AuditLogEntry),
      );
      const row = (await manager.findOneBy(Pregnancy, { id }))!;
      return pregnancyRecord(row, todayInWib(), await this.settings.rules());
    });
  }

  /** Health staff of a puskesmas (for assigning a bidan). */
  async staffOf(actor: Principal, facilityId?: string) {
    const id = actor.role === 'regency_admin' ? facilityId : actor.facilityId;
    if (!id) return [];
    const users = await this.manager.find(User, {
      where: { facilityId: id, role: 'health_staff' },
      order: { fullName: 'ASC' },
    });
    return users.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, fullName: u.fullName }));
  }
}
