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

/**
 * How long the categories and routing rules read for new cases are reused. Edits made through this
 * replica clear them at once (CasesAdminService); another replica's edit is seen within this time.
 */
export const REFERENCE_TTL_MS = 10_000;

/** An active category as a new case needs it: its questions and SLA already parsed, its routing rules. */
export interface SubmissionCategory {
  category: Category;
  attributes: CategoryAttribute[];
  sla: SlaConfig;
  rules: RoutingRule[];
}

/** Categories, agencies, routing and the working-day calendar: what the case engine looks things up in. */
@Injectable()
export class CatalogService {
  private calendarCache: { at: number; calendar: WorkingCalendar } | null = null;
  private referenceCache: { at: number; loading: Promise<Map<string, SubmissionCategory>> } | null = null;

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

  /**
   * The active category a new case names, with its routing rules, from a cache of all categories and
   * rules (two queries every REFERENCE_TTL_MS instead of three per case).
   */
  async forSubmission(service: CaseService, id: string): Promise<SubmissionCategory> {
    const entry = (await this.reference()).get(id);
    if (!entry || entry.category.service !== service || !entry.category.active)
      throw badRequest('category_unknown', { categoryId: 'category_unknown' });
    return entry;
  }

  /** Category × kecamatan → agency, as route() but on the cached rules. */
  routeOf(entry: SubmissionCategory, districtCode: string | null): string {
    const specific = districtCode ? entry.rules.find((r) => r.districtCode === districtCode) : undefined;
    const general = entry.rules.find((r) => r.districtCode === '');
    return (specific ?? general)?.agencyId ?? entry.category.defaultAgencyId;
  }

  /** Categories or routing rules were edited: the next case reads them again. */
  forgetReferenceData() {
    this.referenceCache = null;
  }

  private reference(): Promise<Map<string, SubmissionCategory>> {
    if (this.referenceCache && Date.now() - this.referenceCache.at < REFERENCE_TTL_MS)
      return this.referenceCache.loading;
    const cache = { at: Date.now(), loading: this.loadReference() };
    this.referenceCache = cache;
    // A failed read is not kept: the next case tries again.
    cache.loading.catch(() => {
      if (this.referenceCache === cache) this.referenceCache = null;
    });
    return cache.loading;
  }

  private async loadReference(): Promise<Map<string, SubmissionCategory>> {
    const [categories, rules] = await Promise.all([this.categories.find(), this.rules.find()]);
    const entries = new Map<string, SubmissionCategory>();
    for (const category of categories) {
      entries.set(category.id, {
        category,
        attributes: this.attributesOf(category),
        sla: this.slaOf(category),
        rules: rules.filter((r) => r.categoryId === category.id),
      });
    }
    return entries;
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
