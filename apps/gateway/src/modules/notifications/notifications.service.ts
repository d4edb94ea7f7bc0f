import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type NotificationChannelName, type NotifyInput, notifyInputSchema } from '@layanan/domain';
import { insertRows } from '../../database/insert-rows';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import type { OutboxPayload } from './channels/notification-channel';
import { Notification } from './entities/notification.entity';
import { OutboxMessage } from './entities/outbox-message.entity';

export interface NotifyResult {
  notificationIds: string[];
  outboxIds: string[];
}

export const inboxColumns = [
  'id',
  'userId',
  'kind',
  'titleId',
  'titleEn',
  'bodyId',
  'bodyEn',
  'link',
  'readAt',
  'createdAt',
] as const;
export const outboxColumns = [
  'id',
  'notificationId',
  'channel',
  'recipientUserId',
  'payload',
  'status',
  'attempts',
  'nextAttemptAt',
  'lastError',
  'lockedUntil',
  'lockedBy',
  'createdAt',
  'sentAt',
] as const;

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
    return (await this.notifyAll([input], manager))[0];
  }

  /**
   * Several notices at once (e.g. the reporter's and the officers' of a new case): all their inbox
   * rows in one INSERT and all their outbox rows in another, in the caller's transaction.
   */
  async notifyAll(inputs: NotifyInput[], manager?: EntityManager): Promise<NotifyResult[]> {
    const { inbox, outbox, results } = this.rows(inputs, new Date());
    const write = async (tx: EntityManager) => {
      for (const rows of chunks(inbox)) await insertRows(tx, Notification, inboxColumns, rows);
      for (const rows of chunks(outbox)) await insertRows(tx, OutboxMessage, outboxColumns, rows);
    };
    if (inbox.length) {
      const target = manager ?? this.dataSource.manager;
      if (target.queryRunner?.isTransactionActive) await write(target);
      else await target.transaction(write);
    }
    return results;
  }

  /** The inbox and outbox rows of these notices, not written (callers that write them in their own statement). */
  rows(
    inputs: NotifyInput[],
    now: Date,
  ): { inbox: Notification[]; outbox: OutboxMessage[]; results: NotifyResult[] } {
    const inbox: Notification[] = [];
    const outbox: OutboxMessage[] = [];
    const results = inputs.map((input): NotifyResult => {
      const { notice, channels, message } = this.template(input, now);
      const rows: Notification[] = [...new Set(input.userIds)].map((userId) => ({
        ...notice,
        id: randomUUID(),
        userId,
      }));
      const messages: OutboxMessage[] = rows.flatMap((n) =>
        channels.map((channel) => ({
          ...message,
          id: randomUUID(),
          notificationId: n.id,
          channel,
          recipientUserId: n.userId,
        })),
      );
      inbox.push(...rows);
      outbox.push(...messages);
      return { notificationIds: rows.map((n) => n.id), outboxIds: messages.map((m) => m.id) };
    });
    return { inbox, outbox, results };
  }

  /**
   * One notice, validated as notify() validates it: its inbox row without id and user, its external
   * channels, and its outbox message without id, notification and recipient. A statement that finds
   * the users itself (a new case's officers on PostgreSQL) writes one row per user and channel.
   */
  template(
    input: Omit<NotifyInput, 'userIds'> & { userIds?: string[] },
    now: Date,
  ): {
    notice: Omit<Notification, 'id' | 'userId'>;
    channels: NotificationChannelName[];
    message: Omit<OutboxMessage, 'id' | 'notificationId' | 'channel' | 'recipientUserId'>;
  } {
    const parsed = notifyInputSchema.parse({ userIds: [], ...input });
    const payload = JSON.stringify({
      kind: parsed.kind,
      title: parsed.title,
      body: parsed.body,
      link: parsed.link ?? null,
    } satisfies OutboxPayload);
    return {
      notice: {
        kind: parsed.kind,
        titleId: parsed.title.id,
        titleEn: parsed.title.en,
        bodyId: parsed.body.id,
        bodyEn: parsed.body.en,
        link: parsed.link ?? null,
        readAt: null,
        createdAt: now,
      },
      channels: [...new Set(parsed.channels ?? this.config.notifications.defaultChannels)],
      message: {
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        lockedUntil: null,
        lockedBy: null,
        createdAt: now,
        sentAt: null,
      },
    };
  }
}
