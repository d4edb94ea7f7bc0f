import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type NotificationListQuery,
  notificationIdSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationViewSchema,
  readAllResultSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { currentContext } from '../../common/http/request-context';
import { InboxService } from './inbox.service';

/** The signed-in user's in-app notifications; texts in the request's language plus both raw texts. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @RequirePermission(Permission.AccountSelf)
  @ApiJson(notificationPageSchema)
  @ApiOperation({ summary: 'My notifications, newest first, with the number unread' })
  list(
    @CurrentUser() user: Principal,
    @Query({ schema: notificationListQuerySchema }) query: NotificationListQuery,
  ) {
    return this.inbox.list(user.userId, query, currentContext().lang);
  }

  @Post('read-all')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(200)
  @ApiJson(readAllResultSchema)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  readAll(@CurrentUser() user: Principal) {
    return this.inbox.markAllRead(user.userId);
  }

  @Post(':id/read')
  @RequirePermission(Permission.AccountSelf)
  @HttpCode(200)
  @ApiJson(notificationViewSchema)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  read(@CurrentUser() user: Principal, @Param('id', { schema: notificationIdSchema }) id: string) {
    return this.inbox.markRead(user.userId, id, currentContext().lang);
  }
}
