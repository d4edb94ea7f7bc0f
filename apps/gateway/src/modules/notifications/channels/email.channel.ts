import { createTransport } from 'nodemailer';
import { type ChannelMessage, type NotificationChannel, messageText } from './notification-channel';

export interface SmtpSettings {
  url: string;
  from: string;
}

type Transport = ReturnType<typeof createTransport>;

/**
 * E-mail through SMTP (nodemailer). The subject is the Indonesian title; the
 * text holds the Indonesian message, then the English one. The Message-ID is
 * derived from the outbox id, so a retried message keeps its identity.
 */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;
  private transport: Transport | null = null;

  constructor(private readonly settings: SmtpSettings | null) {}

  isConfigured(): boolean {
    return !!this.settings;
  }

  async send(message: ChannelMessage): Promise<void> {
    if (!this.settings) throw new Error('email is not configured');
    this.transport ??= createTransport({
      url: this.settings.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    await this.transport.sendMail({
      from: this.settings.from,
      to: message.to,
      subject: message.title.id,
      text: `${messageText(message, 'id')}\n\n---\n\n${messageText(message, 'en')}`,
      messageId: `<${message.id}@notifications.layanan>`,
    });
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }
}
