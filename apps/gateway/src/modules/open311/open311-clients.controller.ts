import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import { ApiJson } from '../../common/http/api-response';
import {
  type CreateOpen311Client,
  createOpen311ClientSchema,
  createdOpen311ClientSchema,
  open311ClientViewSchema,
} from './open311-clients.schema';
import { Open311ClientsService } from './open311-clients.service';

@ApiTags('open311 (admin)')
@ApiBearerAuth()
@Controller('api/admin/open311-clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311ClientsService) {}

  @Get()
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(z.array(open311ClientViewSchema))
  @ApiOperation({ summary: 'Open311 clients (API keys are never shown again)' })
  list() {
    return this.clients.list();
  }

  @Post()
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(createdOpen311ClientSchema, 201)
  @ApiOperation({ summary: 'Issue an Open311 API key to a client; the key is in this answer only (audited)' })
  create(
    @CurrentUser() admin: Principal,
    @Body({ schema: createOpen311ClientSchema }) body: CreateOpen311Client,
  ) {
    return this.clients.create(admin, body.name);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(open311ClientViewSchema)
  @ApiOperation({ summary: 'Revoke an Open311 client’s API key at once (audited)' })
  revoke(@CurrentUser() admin: Principal, @Param('id', { schema: z.string().uuid() }) id: string) {
    return this.clients.revoke(admin, id);
  }
}
