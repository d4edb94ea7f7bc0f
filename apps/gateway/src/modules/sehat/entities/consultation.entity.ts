import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, TimestampColumn, UpdatedAtColumn } from '../../../database/column-types';

/** A resident's question to a health worker (Call Care's free consultation), answered in a timeline. */
@Entity('consultations')
@Index('ix_consultations_resident', ['residentId'])
@Index('ix_consultations_facility_status', ['facilityId', 'status'])
export class Consultation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 36 })
  residentId: string;

  /** The puskesmas chosen by the resident; null: any health worker may answer. */
  @Column({ name: 'facility_id', type: 'varchar', length: 36, nullable: true })
  facilityId: string | null;

  @Column({ type: 'varchar', length: 150 })
  subject: string;

  /** open (waiting for a health worker) | answered | closed */
  @Column({ type: 'varchar', length: 10 })
  status: 'open' | 'answered' | 'closed';

  /** The first answer by a health worker: time to first answer, as for cases. */
  @TimestampColumn({ name: 'first_answer_at', nullable: true })
  firstAnswerAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
