import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A case category of a service (lorong, madul, sehat) and the agency it routes to by default. */
@Entity('categories')
@Index('uq_categories_service_code', ['service', 'code'], { unique: true })
export class Category {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** lorong | madul | sehat */
  @Column({ type: 'varchar', length: 16 })
  service: string;

  @Column({ type: 'varchar', length: 48 })
  code: string;

  @Column({ name: 'name_id', type: 'varchar', length: 120 })
  nameId: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @Column({ name: 'default_agency_id', type: 'varchar', length: 36 })
  defaultAgencyId: string;

  /** Open cases of this category within this many metres are offered as duplicates. */
  @Column({ name: 'duplicate_radius_m', type: 'integer', default: 200 })
  duplicateRadiusM: number;

  /** Extra questions in Open311 attribute types, JSON array. */
  @Column({ type: 'text', default: '[]' })
  attributes: string;

  /** Service-level thresholds overriding the defaults (partial SlaConfig), JSON. */
  @Column({ type: 'text', default: '{}' })
  sla: string;

  /** infrastructure | service | other (the dashboard's mix); null: the service's default. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  mix: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;
}
