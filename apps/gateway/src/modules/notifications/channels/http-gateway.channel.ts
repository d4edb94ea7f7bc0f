import type { NotificationChannelName } from '@layanan/domain';
import { type ChannelMessage, type NotificationChannel, messageText } from './notification-channel';

export interface HttpGatewaySettings {
  url: string;
  token: string | null;
}

/**
 * WhatsApp or SMS through an HTTP gateway: one JSON POST per message
 * (`{ messageId, to, text, kind, link }`), with an optional bearer token and
 * the outbox id as Idempotency-Key. Any answer but 2xx, a network error or a
 * timeout is a failure to retry.
 */
export class HttpGatewayChannel implements NotificationChannel {
  constructor(
    readonly name: Extract<NotificationChannelName, 'whatsapp' | 'sms'>,
    private readonly settings: HttpGatewaySettings | null,
    private readonly timeoutMs = 10_000,
  ) {}

  isConfigured(): boolean {
    return !!this.settings;
  }

  async send(message: ChannelMessage): Promise<void> {
    if (!this.settings) throw new Error(`${this.name} gateway is not configured`);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'idempotency-key': message.id,
    };
    if (this.settings.token) headers.authorization = `Bearer ${this.settings.token}`;
    let response: Response;
    try {
      response = await fetch(this.settings.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          messageId: message.id,
          to: message.to,
          text: messageText(message, 'id'),
          kind: message.kind,
          link: message.link,
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      // The cause (ECONNREFUSED, a timeout) is enough; the URL and body stay out of the error.
      const e = error as { name?: string; cause?: { code?: string } };
      // eslint-disable-next-line preserve-caught-error -- the cause may carry the recipient's number
      throw new Error(`${this.name} gateway unreachable: ${e.cause?.code ?? e.name ?? 'error'}`);
    }
    // The body is not read into the error: a gateway may echo the number back.
    await response.body?.cancel();
    if (!response.ok) throw new Error(`${this.name} gateway answered HTTP ${response.status}`);
  }
}
