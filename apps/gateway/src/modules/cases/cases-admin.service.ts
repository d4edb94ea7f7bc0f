import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull, type Repository } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type HolidayInput,
  type RoutingRuleInput,
  type UpdateCategoryInput,
  badRequest,
  notFound,
} from '@layanan/domain';
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
  ) {}

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
    return this.dataSource.transaction(async (tx) => {
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
  }

  async deleteRoutingRule(actor: Principal, id: string) {
    await this.dataSource.transaction(async (tx) => {
      const result = await tx.getRepository(RoutingRule).delete({ id });
      if (!result.affected) throw notFound();
      await this.record(tx.getRepository(AuditLogEntry), actor, 'routing.delete', id);
    });
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

  async addTemplate(agencyId: string, input: { title: string; body: string }) {
    const row = { id: randomUUID(), agencyId, ...input };
    await this.dataSource.getRepository(ResponseTemplate).insert(row);
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
