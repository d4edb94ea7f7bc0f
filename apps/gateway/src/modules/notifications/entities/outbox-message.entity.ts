import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationChannelName } from '@layanan/domain';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'logged';

/**
 * A message waiting for (or done with) an external channel. Written in the
 * same transaction as what it tells about, sent later by the OutboxDispatcher,
 * so nothing is lost while a channel is down. The address is not stored: it
 * is read from the user when the message is sent.
 */
@Entity('outbox_messages')
// With id last: the dispatcher's "ORDER BY next_attempt_at, id LIMIT n" reads the index in order
// instead of sorting every pending message on each poll (a quarter of the CPU with a backlog).
@Index('ix_outbox_messages_status_next', ['status', 'nextAttemptAt', 'id'])
export class OutboxMessage {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The inbox entry this message repeats, if any. */
  @Column({ name: 'notification_id', type: 'varchar', length: 36, nullable: true })
  notificationId: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: NotificationChannelName;

  @Column({ name: 'recipient_user_id', type: 'varchar', length: 36 })
  recipientUserId: string;

  /** JSON of OutboxPayload: kind, title, body, link. No phone number or e-mail address. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 16 })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @TimestampColumn({ name: 'next_attempt_at' })
  nextAttemptAt: Date;

  /** Why the last attempt failed: truncated, with addresses and numbers scrubbed. */
  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  /** A dispatcher's claim: until then no other replica may take the message. */
  @TimestampColumn({ name: 'locked_until', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 64, nullable: true })
  lockedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @TimestampColumn({ name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
