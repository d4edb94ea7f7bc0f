import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import { type CreateTransport, createTransportSchema, transportViewSchema } from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { idParam } from './params';
import { TransportService } from './transport.service';

/** A resident's health transport requests. */
@ApiTags('sehat')
@ApiBearerAuth()
@Controller('api/sehat/transport')
export class TransportController {
  constructor(private readonly transport: TransportService) {}

  @Post()
  @RequirePermission(Permission.HealthServiceUse)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(transportViewSchema, 201)
  @ApiOperation({
    summary:
      'Ask for health transport; with the mother’s consent a pregnancy pulls her HPL and KSPR category from e-Babhar',
  })
  request(
    @CurrentUser() user: Principal,
    @Body({ schema: createTransportSchema }) body: CreateTransport,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.transport.request(user, body, key);
  }

  @Get('mine')
  @RequirePermission(Permission.HealthServiceUse)
  @ApiJson(z.array(transportViewSchema))
  @ApiOperation({ summary: 'My transport requests, latest first' })
  mine(@CurrentUser() user: Principal) {
    return this.transport.mine(user);
  }

  @Get(':id')
  @RequirePermission(Permission.HealthServiceUse, Permission.TransportDispatch)
  @ApiJson(transportViewSchema)
  @ApiOperation({
    summary: 'One request (its requester or a dispatcher); the resident page polls it for status',
  })
  get(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.transport.get(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.HealthServiceUse)
  @ApiJson(transportViewSchema)
  @ApiOperation({ summary: 'Cancel my request (before pickup)' })
  cancel(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.transport.cancelOwn(user, id);
  }
}
