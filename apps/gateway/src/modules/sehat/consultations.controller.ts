import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type CreateConsultation,
  consultationMessageSchema,
  consultationStatusSchema,
  consultationSummarySchema,
  consultationViewSchema,
  createConsultationSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { ConsultationsService } from './consultations.service';
import { idParam } from './params';

const inboxQuery = z.strictObject({ status: consultationStatusSchema.optional() });

@ApiTags('sehat')
@ApiBearerAuth()
@Controller('api/sehat/consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Post()
  @RequirePermission(Permission.HealthServiceUse)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(consultationViewSchema, 201)
  @ApiOperation({ summary: 'Ask a health worker (optionally at a chosen puskesmas)' })
  ask(
    @CurrentUser() user: Principal,
    @Body({ schema: createConsultationSchema }) body: CreateConsultation,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.consultations.ask(user, body, key);
  }

  @Get('mine')
  @RequirePermission(Permission.HealthServiceUse)
  @ApiJson(z.array(consultationSummarySchema))
  @ApiOperation({ summary: 'My consultations' })
  mine(@CurrentUser() user: Principal) {
    return this.consultations.mine(user);
  }

  @Get('inbox')
  @RequirePermission(Permission.HealthServiceWork)
  @ApiJson(z.array(consultationSummarySchema))
  @ApiOperation({ summary: 'Consultations for my puskesmas and for any health worker (oldest first)' })
  inbox(@CurrentUser() user: Principal, @Query({ schema: inboxQuery }) query: z.infer<typeof inboxQuery>) {
    return this.consultations.inbox(user, query.status);
  }

  @Get(':id')
  @RequirePermission(Permission.HealthServiceUse, Permission.HealthServiceWork)
  @ApiJson(consultationViewSchema)
  @ApiOperation({ summary: 'One consultation with its timeline' })
  get(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.consultations.view(user, id);
  }

  @Post(':id/messages')
  @RequirePermission(Permission.HealthServiceUse, Permission.HealthServiceWork)
  @ApiJson(consultationViewSchema, 201)
  @ApiOperation({ summary: 'Answer (health worker) or reply (resident); either may close it' })
  post(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: consultationMessageSchema }) body: z.infer<typeof consultationMessageSchema>,
  ) {
    return this.consultations.post(user, id, body.body, body.close);
  }
}
