import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The usual daily quota of a facility's polyclinic, set by its staff. */
@Entity('polyclinic_quotas')
export class PolyclinicQuota {
  @PrimaryColumn({ name: 'facility_id', type: 'varchar', length: 36 })
  facilityId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  polyclinic: string;

  @Column({ name: 'daily_quota', type: 'integer' })
  dailyQuota: number;
}
