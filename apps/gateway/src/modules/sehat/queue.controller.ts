import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type SetQuota,
  bookingOutcomeSchema,
  bookingStatsQuerySchema,
  bookingStatsRowSchema,
  callNextSchema,
  queueEntrySchema,
  queueQuerySchema,
  quotaQuerySchema,
  quotaViewSchema,
  setQuotaSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { checkFacilityScope } from './booking-rules';
import { BookingStatsService } from './booking-stats.service';
import { BookingsService } from './bookings.service';
import { QueueService } from './queue.service';
import { idParam } from './params';

/** Puskesmas staff: quotas and the day's queue of their own facility (the regency admin: any). */
@ApiTags('sehat')
@ApiBearerAuth()
@Controller('api/sehat/staff')
export class QueueController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly queue: QueueService,
    private readonly bookingStats: BookingStatsService,
  ) {}

  @Get('booking-stats')
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(z.array(bookingStatsRowSchema))
  @ApiOperation({
    summary:
      'Bookings served vs quota, no-shows and cancellations per facility × polyclinic (admin: all; staff: own)',
  })
  stats(
    @CurrentUser() user: Principal,
    @Query({ schema: bookingStatsQuerySchema }) query: z.infer<typeof bookingStatsQuerySchema>,
  ) {
    return this.bookingStats.stats(user, query.from, query.to);
  }

  @Get('facilities/:facilityId/quotas')
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(z.array(quotaViewSchema))
  @ApiOperation({ summary: 'Quotas of my puskesmas per polyclinic on a date' })
  quotas(
    @CurrentUser() user: Principal,
    @Param('facilityId', { schema: idParam }) facilityId: string,
    @Query({ schema: quotaQuerySchema }) query: z.infer<typeof quotaQuerySchema>,
  ) {
    checkFacilityScope(user, facilityId);
    return this.bookings.quotas(facilityId, query.date);
  }

  @Put('facilities/:facilityId/quotas')
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(z.array(quotaViewSchema))
  @ApiOperation({ summary: "Set a polyclinic's usual daily quota, or one date's quota" })
  setQuota(
    @CurrentUser() user: Principal,
    @Param('facilityId', { schema: idParam }) facilityId: string,
    @Body({ schema: setQuotaSchema }) body: SetQuota,
  ) {
    return this.bookings.setQuota(user, facilityId, body);
  }

  @Get('facilities/:facilityId/queue')
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(z.array(queueEntrySchema))
  @ApiOperation({ summary: "The day's queue of my puskesmas (default today)" })
  list(
    @CurrentUser() user: Principal,
    @Param('facilityId', { schema: idParam }) facilityId: string,
    @Query({ schema: queueQuerySchema }) query: z.infer<typeof queueQuerySchema>,
  ) {
    return this.queue.queue(user, facilityId, query);
  }

  @Post('facilities/:facilityId/queue/call-next')
  @HttpCode(200)
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(queueEntrySchema)
  @ApiOperation({ summary: "Call the next waiting number of a polyclinic's queue today" })
  callNext(
    @CurrentUser() user: Principal,
    @Param('facilityId', { schema: idParam }) facilityId: string,
    @Body({ schema: callNextSchema }) body: z.infer<typeof callNextSchema>,
  ) {
    return this.queue.callNext(user, facilityId, body.polyclinic);
  }

  @Post('bookings/:id/outcome')
  @HttpCode(200)
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(queueEntrySchema)
  @ApiOperation({ summary: 'Mark a called number served or no-show, or call it again' })
  outcome(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: bookingOutcomeSchema }) body: z.infer<typeof bookingOutcomeSchema>,
  ) {
    return this.queue.outcome(user, id, body.status);
  }
}
