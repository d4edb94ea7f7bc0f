import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

/** A danger sign reported by the mother; open until a staff member acknowledges it. Details encrypted. */
@Entity('babhar_danger_sign_reports')
@Index('ix_babhar_danger_pregnancy', ['pregnancyId', 'acknowledgedAt'])
export class DangerSignReportRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  /** pregnancy | postpartum */
  @Column({ type: 'varchar', length: 12 })
  period: string;

  /** `{ signs, note }`, encrypted. */
  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'reported_by', type: 'varchar', length: 36 })
  reportedBy: string;

  @TimestampColumn({ name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 36, nullable: true })
  acknowledgedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
