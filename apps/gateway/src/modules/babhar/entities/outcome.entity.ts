import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/**
 * The outcome of a pregnancy (birth or miscarriage). Kind, date and whether it
 * was a facility birth by a health worker are plain for PWS-KIA; the details
 * (babies, mode, note) are encrypted. Lost to follow-up is a status, not a row.
 */
@Entity('babhar_outcomes')
export class OutcomeRow {
  @PrimaryColumn({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'facility_birth', type: 'boolean', default: false })
  facilityBirth: boolean;

  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
