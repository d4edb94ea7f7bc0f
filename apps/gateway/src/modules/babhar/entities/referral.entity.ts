import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A referral of a pregnant mother; the facility and reason are encrypted. */
@Entity('babhar_referrals')
@Index('ix_babhar_referrals_pregnancy', ['pregnancyId'])
export class ReferralRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** `{ to, reason }`, encrypted. */
  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
