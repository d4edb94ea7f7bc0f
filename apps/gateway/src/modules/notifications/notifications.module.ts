import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { channelsProvider } from './channels/channels.provider';
import { Notification } from './entities/notification.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
import { InboxService } from './inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxDispatcher } from './outbox/outbox-dispatcher';
import { RECIPIENT_RESOLVER, UserRecipientResolver } from './recipient-resolver';

/**
 * Notifications (DOMAIN §8), a shared module: other modules import it and call
 * NotificationsService.notify inside their own transaction. The in-app inbox
 * is served at /api/notifications; external channels go through the outbox.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, OutboxMessage]), IdentityModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    InboxService,
    channelsProvider,
    { provide: RECIPIENT_RESOLVER, useClass: UserRecipientResolver },
    OutboxDispatcher,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
