import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull, type Repository } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CreateAgencyInput,
  type HolidayInput,
  type UpdateAgencyInput,
  conflict,
  type RoutingRuleInput,
  type UpdateCategoryInput,
  badRequest,
  notFound,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { User } from '../identity/entities/user.entity';
import { CatalogService } from './catalog.service';
import { Agency } from './entities/agency.entity';
import { Category } from './entities/category.entity';
import { HolidayRow } from './entities/holiday.entity';
import { ResponseTemplate } from './entities/response-template.entity';
import { RoutingRule } from './entities/routing-rule.entity';

/** What the regency admin edits for the case engine; every change audited in its own transaction. */
@Injectable()
export class CasesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Every agency, inactive ones too, by code. */
  agencies() {
    return this.dataSource.getRepository(Agency).find({ order: { code: 'ASC' } });
  }

  async createAgency(actor: Principal, input: CreateAgencyInput, key: string | undefined) {
    if (input.headUserId) await this.assertOfficer(input.headUserId, null);
    try {
      return await this.idempotency.transaction(
        { userId: actor.userId, key, scope: 'POST /api/admin/agencies', body: input },
        async (tx) => {
          const row = tx.getRepository(Agency).create({
            id: randomUUID(),
            code: input.code,
            name: input.name,
            headUserId: input.headUserId ?? null,
            active: true,
          });
          await tx.getRepository(Agency).insert(row);
          await this.record(tx.getRepository(AuditLogEntry), actor, 'agency.create', row.id, row.code);
          return this.agencyView(await tx.getRepository(Agency).findOneByOrFail({ id: row.id }));
        },
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('agency_code_taken', { code: 'agency_code_taken' });
      throw error;
    }
  }

  async updateAgency(actor: Principal, id: string, input: UpdateAgencyInput) {
    const repo = this.dataSource.getRepository(Agency);
    if (!(await repo.existsBy({ id }))) throw notFound();
    if (input.headUserId) await this.assertOfficer(input.headUserId, id);
    const patch: Partial<Agency> = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.headUserId !== undefined && { headUserId: input.headUserId }),
      ...(input.active !== undefined && { active: input.active }),
    };
    await this.dataSource.transaction(async (tx) => {
      if (Object.keys(patch).length) await tx.getRepository(Agency).update({ id }, patch);
      await this.record(
        tx.getRepository(AuditLogEntry),
        actor,
        'agency.update',
        id,
        Object.keys(patch).join(','),
      );
    });
    return this.agencyView(await repo.findOneByOrFail({ id }));
  }

  private agencyView(a: Agency) {
    return { id: a.id, code: a.code, name: a.name, headUserId: a.headUserId, active: a.active };
  }

  /** The head of an agency is one of its officers (any officer when the agency is new). */
  private async assertOfficer(userId: string, agencyId: string | null) {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, disabledAt: IsNull() });
    if (!user || user.role !== 'officer' || (agencyId && user.agencyId !== agencyId))
      throw badRequest('validation_failed', { headUserId: 'user_not_officer' });
  }

  holidays(year?: number) {
    const qb = this.dataSource.getRepository(HolidayRow).createQueryBuilder('h').orderBy('h.date', 'ASC');
    if (year) qb.where('h.date LIKE :prefix', { prefix: `${year}-%` });
    return qb.getMany();
  }

  async putHoliday(actor: Principal, input: HolidayInput) {
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(HolidayRow).upsert(input, ['date']);
      await this.record(
        tx.getRepository(AuditLogEntry),
        actor,
        'holiday.put',
        input.date,
        `${input.kind}: ${input.name}`,
      );
    });
    this.catalog.forgetCalendar();
    return input;
  }

  async deleteHoliday(actor: Principal, date: string) {
    await this.dataSource.transaction(async (tx) => {
      const result = await tx.getRepository(HolidayRow).delete({ date });
      if (!result.affected) throw notFound();
      await this.record(tx.getRepository(AuditLogEntry), actor, 'holiday.delete', date);
    });
    this.catalog.forgetCalendar();
  }

  routingRules() {
    return this.dataSource
      .getRepository(RoutingRule)
      .find({ order: { categoryId: 'ASC', districtCode: 'ASC' } });
  }

  async putRoutingRule(actor: Principal, input: RoutingRuleInput) {
    await this.assertExists(input.categoryId, input.agencyId);
    const districtCode = input.districtCode ?? '';
    const saved = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(RoutingRule);
      const existing = await repo.findOneBy({ categoryId: input.categoryId, districtCode });
      const row = existing ?? repo.create({ id: randomUUID(), categoryId: input.categoryId, districtCode });
      row.agencyId = input.agencyId;
      await repo.save(row);
      await this.record(
        tx.getRepository(AuditLogEntry),
        actor,
        'routing.put',
        row.id,
        `${input.categoryId}@${districtCode || '*'}→${input.agencyId}`,
      );
      return row;
    });
    this.catalog.forgetReferenceData();
    return saved;
  }

  async deleteRoutingRule(actor: Principal, id: string) {
    await this.dataSource.transaction(async (tx) => {
      const result = await tx.getRepository(RoutingRule).delete({ id });
      if (!result.affected) throw notFound();
      await this.record(tx.getRepository(AuditLogEntry), actor, 'routing.delete', id);
    });
    this.catalog.forgetReferenceData();
  }

  async updateCategory(actor: Principal, id: string, input: UpdateCategoryInput) {
    const category = await this.catalog.categoryById(id);
    if (!category) throw notFound();
    if (input.defaultAgencyId) await this.assertExists(id, input.defaultAgencyId);
    const patch: Partial<Category> = {
      ...(input.nameId !== undefined && { nameId: input.nameId }),
      ...(input.nameEn !== undefined && { nameEn: input.nameEn }),
      ...(input.defaultAgencyId !== undefined && { defaultAgencyId: input.defaultAgencyId }),
      ...(input.duplicateRadiusM !== undefined && { duplicateRadiusM: input.duplicateRadiusM }),
      ...(input.attributes !== undefined && { attributes: JSON.stringify(input.attributes) }),
      ...(input.sla !== undefined && { sla: JSON.stringify(input.sla) }),
      ...(input.mix !== undefined && { mix: input.mix }),
      ...(input.active !== undefined && { active: input.active }),
    };
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(Category).update({ id }, patch);
      await this.record(
        tx.getRepository(AuditLogEntry),
        actor,
        'category.update',
        id,
        Object.keys(patch).join(','),
      );
    });
    this.catalog.forgetReferenceData();
    return this.catalog.categoryById(id);
  }

  /** Active officers of an agency (names only), for the assign form. */
  async colleagues(agencyId: string) {
    const rows = await this.dataSource
      .getRepository(User)
      .find({ where: { role: 'officer', agencyId, disabledAt: IsNull() }, order: { fullName: 'ASC' } });
    return rows.map((u) => ({ id: u.id, fullName: u.fullName }));
  }

  templates(agencyId: string) {
    return this.dataSource
      .getRepository(ResponseTemplate)
      .find({ where: { agencyId }, order: { title: 'ASC' } });
  }

  async addTemplate(actor: Principal, agencyId: string, input: { title: string; body: string }) {
    const row = { id: randomUUID(), agencyId, ...input };
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(ResponseTemplate).insert(row);
      await this.record(tx.getRepository(AuditLogEntry), actor, 'template.create', row.id, row.title);
    });
    return row;
  }

  private async assertExists(categoryId: string, agencyId: string) {
    if (!(await this.catalog.categoryById(categoryId)))
      throw badRequest('category_unknown', { categoryId: 'category_unknown' });
    if (!(await this.dataSource.getRepository(Agency).existsBy({ id: agencyId, active: true }))) {
      throw badRequest('agency_unknown', { agencyId: 'agency_unknown' });
    }
  }

  private record(
    repo: Repository<AuditLogEntry>,
    actor: Principal,
    action: string,
    subjectId: string,
    reason?: string,
  ) {
    return this.audit.record({ actor, action, subjectType: action.split('.')[0], subjectId, reason }, repo);
  }
}
