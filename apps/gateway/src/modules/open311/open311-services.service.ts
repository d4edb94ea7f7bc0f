import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type CategoryAttribute, caseServiceSchema } from '@layanan/domain';
import { CatalogService } from '../cases/catalog.service';
import { Category } from '../cases/entities/category.entity';
import { portals } from '../system/portals';
import { say } from './open311.errors';
import type { Open311Value } from './open311.format';

/**
 * A service_code names a category of a service: `<service>-<category code>`,
 * e.g. `lorong-jalan_berlubang` (category codes are unique per service only;
 * neither part holds a dash).
 */
export function serviceCodeOf(category: Pick<Category, 'service' | 'code'>): string {
  return `${category.service}-${category.code}`;
}

function parseServiceCode(code: string): { service: string; code: string } | null {
  const m = /^([a-z]+)-([a-z0-9_]{1,48})$/.exec(code);
  if (!m || !caseServiceSchema.safeParse(m[1]).success) return null;
  return { service: m[1], code: m[2] };
}

const datatypeHelp: Partial<Record<CategoryAttribute['datatype'], [string, string]>> = {
  number: ['Angka, mis. 12.5', 'A number, e.g. 12.5'],
  datetime: [
    'Tanggal dan waktu ISO 8601, mis. 2026-01-31T08:00:00+07:00',
    'An ISO 8601 date and time, e.g. 2026-01-31T08:00:00+07:00',
  ],
  singlevaluelist: ['Satu key dari daftar values', 'One key of the values'],
  multivaluelist: [
    'Satu atau beberapa key dari daftar values: attribute[code][]=key',
    'One or more keys of the values: attribute[code][]=key',
  ],
};

/** GET services and GET services/{service_code}: the active categories of e-Lorong, e-Madul and e-Sehat. */
@Injectable()
export class Open311ServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  async list(): Promise<Category[]> {
    return this.dataSource
      .getRepository(Category)
      .find({ where: { active: true }, order: { service: 'ASC', code: 'ASC' } });
  }

  /** The active category a service_code names, or null. */
  async byCode(serviceCode: string): Promise<Category | null> {
    const parsed = parseServiceCode(serviceCode);
    if (!parsed) return null;
    return this.dataSource.getRepository(Category).findOneBy({ ...parsed, active: true });
  }

  attributesOf(category: Category): CategoryAttribute[] {
    return this.catalog.attributesOf(category);
  }

  nameOf(category: Category): string {
    return say(category.nameId, category.nameEn);
  }

  /** One `<service>` of GET services. */
  service(category: Category): Open311Value {
    const portal = portals.find((p) => p.key === category.service)?.title ?? category.service;
    return {
      service_code: serviceCodeOf(category),
      service_name: this.nameOf(category),
      description: `${portal}: ${say(category.nameId, category.nameEn)} (${say(category.nameEn, category.nameId)})`,
      metadata: this.attributesOf(category).length > 0,
      type: 'realtime',
      keywords: [category.nameId, category.nameEn, portal].join(', '),
      group: portal,
    };
  }

  /** GET services/{service_code}: the category's extra questions as Open311 attributes. */
  definition(category: Category): Open311Value {
    return {
      service_code: serviceCodeOf(category),
      attributes: this.attributesOf(category).map((q, i) => {
        const help = datatypeHelp[q.datatype];
        const lists = q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist';
        return {
          variable: true,
          code: q.code,
          datatype: q.datatype,
          required: q.required,
          datatype_description: help ? say(...help) : null,
          order: i + 1,
          description: say(q.description.id, q.description.en),
          ...(lists ? { values: q.values.map((v) => ({ key: v.key, name: v.name })) } : {}),
        };
      }),
    };
  }
}
