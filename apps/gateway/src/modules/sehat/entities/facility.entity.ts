import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../../database/column-types';

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

  @Column({ type: 'varchar', length: 24, nullable: true })
  phone: string | null;

  /** Polyclinic codes, JSON array. */
  @Column({ type: 'text', default: '[]' })
  polyclinics: string;

  /** Services offered, JSON array of short texts. */
  @Column({ type: 'text', default: '[]' })
  services: string;

  /** Opening hours, JSON array of { days, opens, closes }. */
  @Column({ name: 'opening_hours', type: 'text', default: '[]' })
  openingHours: string;

  /** Residents may book visits online. */
  @Column({ type: 'boolean', default: false })
  bookable: boolean;

  /** `HH:MM` WIB when the polyclinics start serving booked patients. */
  @Column({ name: 'service_starts_at', type: 'varchar', length: 5, default: '07:30' })
  serviceStartsAt: string;

  @Column({ name: 'minutes_per_patient', type: 'integer', default: 10 })
  minutesPerPatient: number;

  /** The Pamekasan Call Care dispatch centre: its health staff dispatch transport. */
  @Column({ name: 'dispatch_centre', type: 'boolean', default: false })
  dispatchCentre: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
