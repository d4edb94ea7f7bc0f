import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/**
 * Category × kecamatan → agency, editable by the regency admin. A rule with no
 * kecamatan covers the whole regency; the category's default agency applies
 * when no rule matches.
 */
@Entity('routing_rules')
@Index('uq_routing_rules_category_district', ['categoryId', 'districtCode'], { unique: true })
export class RoutingRule {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'category_id', type: 'varchar', length: 36 })
  categoryId: string;

  /** Empty string = every kecamatan (an empty string, not NULL, so the unique index holds). */
  @Column({ name: 'district_code', type: 'varchar', length: 8, default: '' })
  districtCode: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @CreatedAtColumn()
  createdAt: Date;
}
