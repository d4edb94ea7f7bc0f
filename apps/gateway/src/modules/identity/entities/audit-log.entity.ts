import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/**
 * Who did or read what, and when: staff reads of personal or health records,
 * verification marks, NIK reveals, staff account changes. Append-only.
 */
@Entity('audit_log')
@Index('ix_audit_log_subject', ['subjectType', 'subjectId'])
@Index('ix_audit_log_actor', ['actorId'])
@Index('ix_audit_log_created', ['createdAt'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  /** e.g. `resident.verify`, `resident.nik.reveal`, `staff.create`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId: string;

  /** Why (required for reveals), free text without personal data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
