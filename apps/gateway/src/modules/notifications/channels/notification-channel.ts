import type { Bilingual, NotificationChannelName, NotificationKind } from '@layanan/domain';

/** What an outbox row's payload holds (JSON). Never the address: that is resolved at send time. */
export interface OutboxPayload {
  kind: NotificationKind;
  title: Bilingual;
  body: Bilingual;
  link: string | null;
}

/** One message handed to a channel, with the address just resolved from the user. */
export interface ChannelMessage extends OutboxPayload {
  /** The outbox row id: stable across retries, so a gateway can drop duplicates. */
  id: string;
  /** Phone number (+62…) or e-mail address. */
  to: string;
}

/** A way out of the gateway: e-mail, WhatsApp, SMS. */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  /** False when its settings are missing; the dispatcher then logs the message instead. */
  isConfigured(): boolean;
  /** Resolves once the message was accepted; throws to have it retried later. */
  send(message: ChannelMessage): Promise<void>;
  /** Releases connections at shutdown. */
  close?(): void;
}

/** Provider token of the NotificationChannel[] the dispatcher sends through (tests swap it). */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

/** The text of a message in one language: title, body and the portal link. */
export function messageText(message: OutboxPayload, lang: keyof Bilingual): string {
  return [message.title[lang], message.body[lang], message.link].filter(Boolean).join('\n\n');
}
