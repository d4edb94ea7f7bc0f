import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type NotifyInput, notifyInputSchema } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import type { OutboxPayload } from './channels/notification-channel';
import { Notification } from './entities/notification.entity';
import { OutboxMessage } from './entities/outbox-message.entity';

export interface NotifyResult {
  notificationIds: string[];
  outboxIds: string[];
}

/** Rows per INSERT, well under both drivers' limits on bound parameters. */
const chunkSize = 200;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

/**
 * How other modules tell users of what concerns them (DOMAIN §8): one inbox
 * row per user and one outbox row per user and external channel, written
 * together. Pass the EntityManager of your transaction so that, say, a case
 * update and its notifications commit or roll back as one.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<ResolvedConfig, 'notifications'>,
  ) {}

  async notify(input: NotifyInput, manager?: EntityManager): Promise<NotifyResult> {
    const parsed = notifyInputSchema.parse(input);
    const userIds = [...new Set(parsed.userIds)];
    const channels = [...new Set(parsed.channels ?? this.config.notifications.defaultChannels)];
    const now = new Date();
    const inbox: Notification[] = userIds.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: parsed.kind,
      titleId: parsed.title.id,
      titleEn: parsed.title.en,
      bodyId: parsed.body.id,
      bodyEn: parsed.body.en,
      link: parsed.link ?? null,
      readAt: null,
      createdAt: now,
    }));
    const payload: OutboxPayload = {
      kind: parsed.kind,
      title: parsed.title,
      body: parsed.body,
      link: parsed.link ?? null,
    };
    const outbox: OutboxMessage[] = inbox.flatMap((n) =>
      channels.map((channel) => ({
        id: randomUUID(),
        notificationId: n.id,
        channel,
        recipientUserId: n.userId,
        payload: JSON.stringify(payload),
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        lockedUntil: null,
        lockedBy: null,
        createdAt: now,
        sentAt: null,
      })),
    );
    const write = async (tx: EntityManager) => {
      for (const rows of chunks(inbox)) await tx.insert(Notification, rows);
      for (const rows of chunks(outbox)) await tx.insert(OutboxMessage, rows);
    };
    if (inbox.length) {
      const target = manager ?? this.dataSource.manager;
      if (target.queryRunner?.isTransactionActive) await write(target);
      else await target.transaction(write);
    }
    return { notificationIds: inbox.map((n) => n.id), outboxIds: outbox.map((m) => m.id) };
  }
}
