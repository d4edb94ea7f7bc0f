import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** One entry of a consultation's timeline (append-only): the question, answers and replies. */
@Entity('consultation_messages')
@Index('ix_consultation_messages_consultation', ['consultationId', 'createdAt'])
export class ConsultationMessage {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'consultation_id', type: 'varchar', length: 36 })
  consultationId: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  /** resident | health_staff | regency_admin */
  @Column({ name: 'author_role', type: 'varchar', length: 16 })
  authorRole: 'resident' | 'health_staff' | 'regency_admin';

  @Column({ type: 'text' })
  body: string;

  @CreatedAtColumn()
  createdAt: Date;
}
