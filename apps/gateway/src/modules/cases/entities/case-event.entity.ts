import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

export type CaseEventKind =
  | 'submitted'
  | 'status'
  | 'response'
  | 'note'
  | 'assign'
  | 'reroute'
  | 'support'
  | 'rating'
  | 'comment'
  | 'escalation'
  | 'overdue';

/**
 * The append-only timeline of a case: every status change, response, note,
 * reroute, supporter, rating, and public comment (an Open311 client's update).
 */
@Entity('case_events')
@Index('ix_case_events_case', ['caseId', 'id'])
export class CaseEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CaseEventKind;

  /** Internal notes and assignments are never public. */
  @Column({ name: 'is_public', type: 'boolean' })
  isPublic: boolean;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  /** resident | officer | health_staff | regency_admin | system */
  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: string;

  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24, nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** Extra details (reason, responsible body, budget year, agency moved from/to…), JSON. */
  @Column({ type: 'text', default: '{}' })
  data: string;

  @CreatedAtColumn()
  createdAt: Date;
}
