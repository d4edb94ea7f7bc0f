import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import {
  type CaseService,
  type CategoryAttribute,
  type SlaConfig,
  WorkingCalendar,
  badRequest,
  categoryAttributeSchema,
  slaConfigSchema,
} from '@layanan/domain';
import { Agency } from './entities/agency.entity';
import { Category } from './entities/category.entity';
import { HolidayRow } from './entities/holiday.entity';
import { RoutingRule } from './entities/routing-rule.entity';

/** Categories, agencies, routing and the working-day calendar: what the case engine looks things up in. */
@Injectable()
export class CatalogService {
  private calendarCache: { at: number; calendar: WorkingCalendar } | null = null;

  constructor(
    @InjectRepository(Category) private readonly categories: Repository<Category>,
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    @InjectRepository(RoutingRule) private readonly rules: Repository<RoutingRule>,
    @InjectRepository(HolidayRow) private readonly holidays: Repository<HolidayRow>,
  ) {}

  async category(service: CaseService, id: string): Promise<Category> {
    const category = await this.categories.findOneBy({ id, service, active: true });
    if (!category) throw badRequest('category_unknown', { categoryId: 'category_unknown' });
    return category;
  }

  categoryById(id: string): Promise<Category | null> {
    return this.categories.findOneBy({ id });
  }

  async categoriesByIds(ids: string[]): Promise<Map<string, Category>> {
    if (!ids.length) return new Map();
    const rows = await this.categories.createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
    return new Map(rows.map((c) => [c.id, c]));
  }

  async agency(id: string): Promise<Agency | null> {
    return this.agencies.findOneBy({ id });
  }

  attributesOf(category: Category): CategoryAttribute[] {
    return categoryAttributeSchema.array().parse(JSON.parse(category.attributes));
  }

  /** The smallest thresholds any category may have would need a scan; the defaults bound the sweep's first cut. */
  defaultSla(): SlaConfig {
    return slaConfigSchema.parse({});
  }

  slaOf(category: Pick<Category, 'sla'>): SlaConfig {
    return slaConfigSchema.parse(JSON.parse(category.sla));
  }

  /** Category × kecamatan → agency: a kecamatan rule, else a regency-wide rule, else the category's default. */
  async route(category: Category, districtCode: string | null, manager?: EntityManager): Promise<string> {
    const repo = manager?.getRepository(RoutingRule) ?? this.rules;
    const rules = await repo.findBy({ categoryId: category.id });
    const specific = districtCode ? rules.find((r) => r.districtCode === districtCode) : undefined;
    const general = rules.find((r) => r.districtCode === '');
    return (specific ?? general)?.agencyId ?? category.defaultAgencyId;
  }

  /** The working-day calendar from the holiday table (cached for a minute; edits clear it). */
  async calendar(): Promise<WorkingCalendar> {
    if (this.calendarCache && Date.now() - this.calendarCache.at < 60_000) return this.calendarCache.calendar;
    const calendar = new WorkingCalendar(await this.holidays.find());
    this.calendarCache = { at: Date.now(), calendar };
    return calendar;
  }

  forgetCalendar() {
    this.calendarCache = null;
  }
}
