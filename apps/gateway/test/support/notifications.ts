import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { NotificationChannelName, NotifyInput } from '@layanan/domain';
import type {
  ChannelMessage,
  NotificationChannel,
} from '../../src/modules/notifications/channels/notification-channel';
import {
  type DispatchOptions,
  OutboxDispatcher,
} from '../../src/modules/notifications/outbox/outbox-dispatcher';
import { RECIPIENT_RESOLVER } from '../../src/modules/notifications/recipient-resolver';
import type { TestApp } from './test-app';

/** A channel that records what it sends, or throws while `down` (naming the address, as real errors do). */
export class FakeChannel implements NotificationChannel {
  readonly sent: ChannelMessage[] = [];
  down = false;
  constructor(
    readonly name: NotificationChannelName,
    private readonly maxDelayMs = 0,
  ) {}
  isConfigured() {
    return true;
  }
  async send(message: ChannelMessage) {
    if (this.maxDelayMs) await sleep(Math.random() * this.maxDelayMs);
    if (this.down) throw new Error(`gateway down, could not reach ${message.to}`);
    this.sent.push(message);
  }
}

/** A dispatcher of the test app's outbox with the given channels, clock and limits. */
export function dispatcherFor(
  t: TestApp,
  channels: NotificationChannel[],
  options: DispatchOptions & { maxAttempts?: number; dataSource?: DataSource } = {},
) {
  const notifications = {
    ...t.config.notifications,
    outbox: { ...t.config.notifications.outbox, maxAttempts: options.maxAttempts ?? 8 },
  };
  return new OutboxDispatcher(
    options.dataSource ?? t.dataSource,
    channels,
    t.app.get(RECIPIENT_RESOLVER),
    { env: 'test', notifications },
    options,
  );
}

export function caseUpdate(userIds: string[], extra: Partial<NotifyInput> = {}): NotifyInput {
  return {
    userIds,
    kind: 'case.updated',
    title: { id: 'Laporan Anda diperbarui', en: 'Your report was updated' },
    body: { id: 'Status: sedang dikerjakan', en: 'Status: in progress' },
    link: '/lorong/kasus/LRG-7K2Q-9M4X',
    ...extra,
  };
}
