import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A postpartum contact KF1–KF4; the measurements are encrypted. */
@Entity('babhar_postpartum_contacts')
@Index('ix_babhar_postpartum_pregnancy', ['pregnancyId'])
export class PostpartumContactRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'visit_code', type: 'varchar', length: 4 })
  visitCode: string;

  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
