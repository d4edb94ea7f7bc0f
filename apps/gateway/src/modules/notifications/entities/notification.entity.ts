import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@layanan/domain';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

/** One entry of a user's in-app inbox, in both languages (DOMAIN §8). */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** e.g. `case.updated`, `anc.due`, `danger_sign.alert`, `booking.called`. */
  @Column({ type: 'varchar', length: 64 })
  kind: NotificationKind;

  @Column({ name: 'title_id', type: 'varchar', length: 200 })
  titleId: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ name: 'body_id', type: 'text' })
  bodyId: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn: string;

  /** A path inside the portals, e.g. `/lorong/kasus/LRG-7K2Q-9M4X`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @TimestampColumn({ name: 'read_at', nullable: true })
  readAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
