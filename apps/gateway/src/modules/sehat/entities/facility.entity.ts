import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A health facility: puskesmas, pustu, polindes, clinic or hospital. */
@Entity('facilities')
@Index('ix_facilities_district', ['districtCode'])
export class Facility {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_facilities_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  /** puskesmas | pustu | polindes | klinik | rumah_sakit */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ name: 'district_code', type: 'varchar', length: 8 })
  districtCode: string;

  @Column({ name: 'village_code', type: 'varchar', length: 13, nullable: true })
  villageCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
