import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/**
 * An ANC contact (kunjungan) with the 10T items. What the schedule rules need
 * (date, provider, ultrasound, next contact) is plain; every measurement, lab
 * result, note and the computed flags are encrypted as one JSON document.
 */
@Entity('babhar_anc_contacts')
@Index('ix_babhar_anc_contacts_pregnancy', ['pregnancyId', 'date'])
export class AncContactRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** bidan | doctor */
  @Column({ type: 'varchar', length: 10 })
  provider: string;

  @Column({ type: 'boolean', default: false })
  ultrasound: boolean;

  @Column({ name: 'next_contact_date', type: 'varchar', length: 10, nullable: true })
  nextContactDate: string | null;

  /** The 10T items and computed flags, encrypted. */
  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
