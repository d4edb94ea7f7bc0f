import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import { type CreateBooking, bookingViewSchema, createBookingSchema } from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BookingsService } from './bookings.service';
import { idParam } from './params';

@ApiTags('sehat')
@ApiBearerAuth()
@Controller('api/sehat/bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post()
  @RequirePermission(Permission.HealthServiceUse)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(bookingViewSchema, 201)
  @ApiOperation({
    summary:
      'Book a puskesmas visit: returns the queue number and estimated time; 409 when the quota is full',
  })
  book(
    @CurrentUser() user: Principal,
    @Body({ schema: createBookingSchema }) body: CreateBooking,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.bookings.book(user, body, key);
  }

  @Get('mine')
  @RequirePermission(Permission.HealthServiceUse)
  @ApiJson(z.array(bookingViewSchema))
  @ApiOperation({ summary: 'My bookings, latest first' })
  mine(@CurrentUser() user: Principal) {
    return this.bookings.mine(user);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.HealthServiceUse)
  @ApiJson(bookingViewSchema)
  @ApiOperation({ summary: 'Cancel my booking: its place returns to the quota' })
  cancel(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.bookings.cancel(user, id);
  }
}
