import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** One KSPR card filled in (per trimester or when something changes); the items are encrypted. */
@Entity('babhar_kspr_assessments')
@Index('ix_babhar_kspr_pregnancy', ['pregnancyId', 'date'])
export class KsprAssessmentRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'integer' })
  trimester: number;

  /** `{ items, mergedItems, note }`, encrypted. */
  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'varchar', length: 4 })
  category: string;

  @Column({ name: 'assessed_by', type: 'varchar', length: 36 })
  assessedBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
