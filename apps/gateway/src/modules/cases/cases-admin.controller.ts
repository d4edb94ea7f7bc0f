import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type CreateAgencyInput,
  type HolidayInput,
  type UpdateAgencyInput,
  createAgencySchema,
  updateAgencySchema,
  type RoutingRuleInput,
  type UpdateCategoryInput,
  badRequest,
  holidaySchema,
  responseTemplateSchema,
  routingRuleSchema,
  updateCategorySchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { CasesAdminService } from './cases-admin.service';

const holidayView = holidaySchema.extend({ kind: z.string() });
const ruleView = z.object({
  id: z.string(),
  categoryId: z.string(),
  districtCode: z.string(),
  agencyId: z.string(),
});
const agencyView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  headUserId: z.string().nullable(),
  active: z.boolean(),
});
const templateView = z.object({ id: z.string(), agencyId: z.string(), title: z.string(), body: z.string() });

@ApiTags('cases (admin)')
@ApiBearerAuth()
@Controller('api')
export class CasesAdminController {
  constructor(private readonly admin: CasesAdminService) {}

  @Get('admin/agencies')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(z.array(agencyView))
  @ApiOperation({ summary: 'Every agency (OPD), inactive ones too' })
  async agencies() {
    return (await this.admin.agencies()).map(({ id, code, name, headUserId, active }) => ({
      id,
      code,
      name,
      headUserId,
      active,
    }));
  }

  @Post('admin/agencies')
  @RequirePermission(Permission.RegencyManage)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(agencyView, 201)
  @ApiOperation({ summary: 'Add an agency (audited)' })
  createAgency(
    @CurrentUser() actor: Principal,
    @Body({ schema: createAgencySchema }) body: CreateAgencyInput,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.admin.createAgency(actor, body, key);
  }

  @Patch('admin/agencies/:id')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(agencyView)
  @ApiOperation({ summary: 'Rename an agency, set its head, or (de)activate it (audited)' })
  updateAgency(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: z.string().min(1).max(36) }) id: string,
    @Body({ schema: updateAgencySchema }) body: UpdateAgencyInput,
  ) {
    return this.admin.updateAgency(actor, id, body);
  }

  @Get('admin/holidays')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(z.array(holidayView))
  @ApiOperation({ summary: 'Public holidays and cuti bersama (the working-day calendar)' })
  holidays(
    @Query({ schema: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }) })
    q: {
      year?: number;
    },
  ) {
    return this.admin.holidays(q.year);
  }

  @Put('admin/holidays')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(holidayView)
  @ApiOperation({ summary: 'Add or rename a day off' })
  putHoliday(@CurrentUser() actor: Principal, @Body({ schema: holidaySchema }) body: HolidayInput) {
    return this.admin.putHoliday(actor, body);
  }

  @Delete('admin/holidays/:date')
  @HttpCode(204)
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(null, 204)
  @ApiOperation({ summary: 'Remove a day off' })
  async deleteHoliday(
    @CurrentUser() actor: Principal,
    @Param('date', { schema: z.iso.date() }) date: string,
  ) {
    await this.admin.deleteHoliday(actor, date);
  }

  @Get('admin/routing-rules')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(z.array(ruleView))
  @ApiOperation({ summary: 'Routing rules: category × kecamatan → agency' })
  rules() {
    return this.admin.routingRules();
  }

  @Put('admin/routing-rules')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(ruleView)
  @ApiOperation({ summary: 'Set the agency of a category in a kecamatan (or regency-wide)' })
  putRule(@CurrentUser() actor: Principal, @Body({ schema: routingRuleSchema }) body: RoutingRuleInput) {
    return this.admin.putRoutingRule(actor, body);
  }

  @Delete('admin/routing-rules/:id')
  @HttpCode(204)
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(null, 204)
  @ApiOperation({ summary: 'Remove a routing rule' })
  async deleteRule(@CurrentUser() actor: Principal, @Param('id', { schema: z.string().uuid() }) id: string) {
    await this.admin.deleteRoutingRule(actor, id);
  }

  @Patch('admin/categories/:id')
  @RequirePermission(Permission.RegencyManage)
  @ApiOperation({
    summary: 'Edit a category: names, default agency, duplicate radius, extra questions, SLA thresholds',
  })
  updateCategory(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: z.string().min(1).max(36) }) id: string,
    @Body({ schema: updateCategorySchema }) body: UpdateCategoryInput,
  ) {
    return this.admin.updateCategory(actor, id, body);
  }

  @Get('staff/response-templates')
  @RequirePermission(Permission.CaseWork)
  @ApiJson(z.array(templateView))
  @ApiOperation({ summary: 'Ready answers of my agency (admins: ?agencyId)' })
  templates(
    @CurrentUser() user: Principal,
    @Query({ schema: z.strictObject({ agencyId: z.string().max(36).optional() }) }) q: { agencyId?: string },
  ) {
    return this.admin.templates(this.agencyOf(user, q.agencyId));
  }

  @Get('staff/colleagues')
  @RequirePermission(Permission.CaseWork)
  @ApiJson(z.array(z.object({ id: z.string(), fullName: z.string() })))
  @ApiOperation({ summary: 'The officers of my agency, to assign cases to (admins: ?agencyId)' })
  colleagues(
    @CurrentUser() user: Principal,
    @Query({ schema: z.strictObject({ agencyId: z.string().max(36).optional() }) }) q: { agencyId?: string },
  ) {
    return this.admin.colleagues(this.agencyOf(user, q.agencyId));
  }

  @Post('staff/response-templates')
  @RequirePermission(Permission.CaseWork)
  @ApiJson(templateView, 201)
  @ApiOperation({ summary: 'Add a ready answer for my agency' })
  addTemplate(
    @CurrentUser() user: Principal,
    @Query({ schema: z.strictObject({ agencyId: z.string().max(36).optional() }) }) q: { agencyId?: string },
    @Body({ schema: responseTemplateSchema }) body: { title: string; body: string },
  ) {
    return this.admin.addTemplate(user, this.agencyOf(user, q.agencyId), body);
  }

  private agencyOf(user: Principal, requested: string | undefined): string {
    if (user.role === 'regency_admin') {
      if (!requested) throw badRequest('validation_failed', { agencyId: 'agency_unknown' });
      return requested;
    }
    return user.agencyId!;
  }
}
