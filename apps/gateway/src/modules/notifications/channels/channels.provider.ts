import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../../config/config.module';
import { EmailChannel } from './email.channel';
import { HttpGatewayChannel } from './http-gateway.channel';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel';

/** The channels of the configuration; an unset one is still listed, and reports itself unconfigured. */
export function channelsFromConfig(config: Pick<ResolvedConfig, 'notifications'>): NotificationChannel[] {
  const { smtp, whatsapp, sms } = config.notifications;
  return [
    new EmailChannel(smtp),
    new HttpGatewayChannel('whatsapp', whatsapp),
    new HttpGatewayChannel('sms', sms),
  ];
}

export const channelsProvider: Provider = {
  provide: NOTIFICATION_CHANNELS,
  inject: [APP_CONFIG],
  useFactory: channelsFromConfig,
};
