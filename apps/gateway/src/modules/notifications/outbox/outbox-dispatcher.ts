import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationChannelName } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../../config/config.module';
import {
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type OutboxPayload,
} from '../channels/notification-channel';
import type { OutboxMessage } from '../entities/outbox-message.entity';
import { RECIPIENT_RESOLVER, type RecipientResolver } from '../recipient-resolver';
import { backoffMs } from './backoff';
import { type OutboxChanges, type OutboxCursor, OutboxStore } from './outbox-store';
import { maskAddress, safeErrorText } from './safe-text';

/** Tries to record a batch's results: at once, then after 0.25, 1 and 4 s. */
const RELEASE_ATTEMPTS = 4;
/**
 * How long claims go on after the previous claim's last message (OutboxCursor) before one starts from
 * the oldest due message again: a message that became due behind the cursor (a claim of a replica
 * that died, lapsed; a case committed a moment after a later one) waits at most this long.
 */
const CURSOR_MS = 10_000;

export interface DispatchOptions {
  /** Messages looked at per run (`drain` goes on while the runs are full). */
  batchSize?: number;
  /** Messages claimed by one statement and sent at the same time. */
  parallel?: number;
  /** How long a claim holds; longer than any send may take. */
  lockMs?: number;
  /** Names this dispatcher in locked_by. */
  workerId?: string;
  /** The clock (tests move it forward). */
  now?: () => Date;
}
export const OUTBOX_DISPATCH_OPTIONS = Symbol('OUTBOX_DISPATCH_OPTIONS');

export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  logged: number;
}

/**
 * Sends the outbox. Polls every OUTBOX_POLL_SECONDS once the application has
 * started (not under NODE_ENV=test, where tests call runOnce), stops at
 * shutdown. A failed send stays pending and is retried with exponential
 * backoff until OUTBOX_MAX_ATTEMPTS, then marked failed; an unconfigured
 * channel logs the message (address masked) and marks it logged.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private readonly store: OutboxStore;
  private readonly channels: Map<NotificationChannelName, NotificationChannel>;
  private readonly now: () => Date;
  private readonly batchSize: number;
  private readonly parallel: number;
  private readonly lockMs: number;
  private timer: NodeJS.Timeout | undefined;
  /** While a backlog lasts: where the next claim starts, and since when (ms) claims have gone on so. */
  private cursor: { after: OutboxCursor; since: number } | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private closing = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(RECIPIENT_RESOLVER) private readonly recipients: RecipientResolver,
    @Inject(APP_CONFIG) private readonly config: Pick<ResolvedConfig, 'env' | 'notifications'>,
    @Optional() @Inject(OUTBOX_DISPATCH_OPTIONS) options: DispatchOptions = {},
  ) {
    const worker =
      options.workerId ?? `${hostname().slice(0, 40)}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.store = new OutboxStore(dataSource, worker);
    this.channels = new Map(channels.map((c) => [c.name, c]));
    this.now = options.now ?? (() => new Date());
    this.batchSize = options.batchSize ?? 50;
    this.parallel = options.parallel ?? 10;
    this.lockMs = options.lockMs ?? 5 * 60_000;
  }

  /** True while the poller is scheduled. */
  get polling(): boolean {
    return !this.stopped;
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.stopped = false;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.closing = true;
    clearTimeout(this.timer);
    await this.running;
    for (const channel of this.channels.values()) channel.close?.();
  }

  /**
   * One pass: up to `batchSize` due messages, taken a few at a time (one statement picks and claims
   * them, one SELECT finds their recipients' addresses) and sent together — a recipient's messages on one
   * channel one after the other, in their order —, then one UPDATE records what became of them all.
   */
  async runOnce(): Promise<DispatchReport> {
    const report: DispatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, logged: 0 };
    while (report.claimed < this.batchSize) {
      const now = this.now();
      const limit = Math.min(this.parallel, this.batchSize - report.claimed);
      if (this.cursor && now.getTime() - this.cursor.since >= CURSOR_MS) this.cursor = undefined;
      const rows = await this.store.claimDue(
        now,
        new Date(now.getTime() + this.lockMs),
        limit,
        this.cursor?.after,
      );
      // A full claim means more are due: the next starts after its last message. Otherwise the range
      // after the cursor is used up, and the next claim looks from the oldest due message again.
      const last = rows[rows.length - 1];
      this.cursor =
        rows.length === limit
          ? {
              after: { nextAttemptAt: last.nextAttemptAt, id: last.id },
              since: this.cursor?.since ?? now.getTime(),
            }
          : undefined;
      if (rows.length === 0) break;
      report.claimed += rows.length;
      let addresses: Map<string, string | null>;
      try {
        addresses = await this.addresses(rows);
      } catch (error) {
        // Nothing was sent: give the claims back at once (unchanged) rather than let them lapse.
        await this.settle(rows.map((row) => ({ row, changes: {} })));
        throw error;
      }
      const lines = new Map<string, OutboxMessage[]>();
      for (const row of rows) {
        const key = `${row.recipientUserId}:${row.channel}`;
        lines.set(key, [...(lines.get(key) ?? []), row]);
      }
      const results: { row: OutboxMessage; changes: OutboxChanges }[] = [];
      await Promise.all(
        [...lines.values()].map(async (line) => {
          for (const row of line) {
            const [outcome, changes] = await this.deliver(
              row,
              addresses.get(`${row.recipientUserId}:${row.channel}`) ?? null,
            );
            report[outcome]++;
            results.push({ row, changes });
          }
        }),
      );
      await this.settle(results);
      if (rows.length < limit) break;
      // Let requests in between batches: on SQLite every query above completes synchronously, so a
      // backlog's batches would otherwise run back to back without the event loop serving anyone.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return report;
  }

  /**
   * Records what became of a batch and releases its claims, tried again on a failure (a dropped
   * connection, a deadlock): until it is recorded, a sent message would be sent again once its claim
   * lapses, and a message left claimed waits `lockMs` for nothing.
   */
  private async settle(results: { row: OutboxMessage; changes: OutboxChanges }[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.releaseAll(results);
        return;
      } catch (error) {
        if (attempt >= RELEASE_ATTEMPTS) throw error;
        this.logger.warn({ error: safeErrorText(error), attempt }, 'Recording a batch failed; trying again');
        await new Promise((resolve) => setTimeout(resolve, 250 * 4 ** (attempt - 1)));
      }
    }
  }

  /** Where each claimed message goes, read at send time (one query per channel when the resolver can). */
  private async addresses(rows: OutboxMessage[]): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    const byChannel = new Map<NotificationChannelName, string[]>();
    for (const row of rows)
      byChannel.set(row.channel, [...(byChannel.get(row.channel) ?? []), row.recipientUserId]);
    for (const [channel, userIds] of byChannel) {
      const unique = [...new Set(userIds)];
      const addresses = this.recipients.addressesOf
        ? await this.recipients.addressesOf(unique, channel)
        : new Map(
            await Promise.all(
              unique.map(async (id) => [id, await this.recipients.addressOf(id, channel)] as const),
            ),
          );
      for (const id of unique) found.set(`${id}:${channel}`, addresses.get(id) ?? null);
    }
    return found;
  }

  private async deliver(
    row: OutboxMessage,
    to: string | null,
  ): Promise<['sent' | 'retried' | 'failed' | 'logged', OutboxChanges]> {
    const attempts = row.attempts + 1;
    try {
      const payload = JSON.parse(row.payload) as OutboxPayload;
      const channel = this.channels.get(row.channel);
      if (!channel?.isConfigured()) {
        this.logger.log(
          {
            outboxId: row.id,
            channel: row.channel,
            userId: row.recipientUserId,
            to: maskAddress(to),
            kind: payload.kind,
            title: payload.title.id,
            body: payload.body.id,
            link: payload.link,
          },
          `Channel ${row.channel} is not configured; the message is logged instead of sent`,
        );
        return ['logged', { status: 'logged' }];
      }
      if (!to) return ['failed', { status: 'failed', attempts, lastError: `no ${row.channel} address` }];
      await channel.send({ ...payload, id: row.id, to });
      return ['sent', { status: 'sent', attempts, lastError: null, sentAt: this.now() }];
    } catch (error) {
      const lastError = safeErrorText(error);
      if (attempts >= this.config.notifications.outbox.maxAttempts) {
        this.logger.error({ outboxId: row.id, channel: row.channel, attempts, lastError }, 'Message failed');
        return ['failed', { status: 'failed', attempts, lastError }];
      }
      const next = new Date(this.now().getTime() + backoffMs(attempts));
      this.logger.warn(
        { outboxId: row.id, channel: row.channel, attempts, lastError },
        'Send failed; retrying',
      );
      return ['retried', { attempts, nextAttemptAt: next, lastError }];
    }
  }

  /** Runs until a run is not full: a backlog goes out at once instead of a batch per poll interval. */
  async drain(): Promise<DispatchReport> {
    const total: DispatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, logged: 0 };
    for (;;) {
      const report = await this.runOnce();
      for (const key of Object.keys(total) as (keyof DispatchReport)[]) total[key] += report[key];
      if (report.claimed < this.batchSize || this.closing) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: unknown) => this.logger.error({ error: safeErrorText(error) }, 'Outbox run failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.config.notifications.outbox.pollSeconds * 1000);
    this.timer.unref();
  }
}
