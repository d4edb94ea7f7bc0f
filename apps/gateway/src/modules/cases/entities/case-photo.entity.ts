import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A photo attached to a case: the reporter's (up to 3), a response photo, or the proof of resolution. */
@Entity('case_photos')
@Index('ix_case_photos_case', ['caseId'])
export class CasePhoto {
  /** The upload id (files module). */
  @PrimaryColumn({ name: 'upload_id', type: 'varchar', length: 36 })
  uploadId: string;

  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @Column({ name: 'event_id', type: 'integer', nullable: true })
  eventId: number | null;

  /** report | response | proof */
  @Column({ type: 'varchar', length: 12 })
  role: string;

  @CreatedAtColumn()
  createdAt: Date;
}
