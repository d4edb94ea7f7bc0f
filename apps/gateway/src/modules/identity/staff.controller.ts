import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import { type CreateStaffInput, createStaffSchema, updateStaffSchema, userViewSchema } from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { AuditService } from './audit.service';
import { StaffService, type UpdateStaffInput } from './staff.service';

const idSchema = z.string().uuid();
const auditQuerySchema = z.strictObject({
  actorId: z.string().max(36).optional(),
  subjectType: z.string().max(32).optional(),
  subjectId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly audit: AuditService,
  ) {}

  @Get('staff')
  @RequirePermission(Permission.StaffManage)
  @ApiJson(z.array(userViewSchema))
  @ApiOperation({ summary: 'Staff accounts' })
  list() {
    return this.staff.list();
  }

  @Post('staff')
  @RequirePermission(Permission.StaffManage)
  @ApiJson(userViewSchema, 201)
  @ApiOperation({
    summary: 'Create a staff account (officer with agency, health staff with puskesmas, or admin)',
  })
  create(@CurrentUser() actor: Principal, @Body({ schema: createStaffSchema }) body: CreateStaffInput) {
    return this.staff.create(actor, body);
  }

  @Patch('staff/:id')
  @RequirePermission(Permission.StaffManage)
  @ApiJson(userViewSchema)
  @ApiOperation({ summary: 'Rename, move, reset the password of, disable or enable a staff account' })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idSchema }) id: string,
    @Body({ schema: updateStaffSchema }) body: UpdateStaffInput,
  ) {
    return this.staff.update(actor, id, body);
  }

  @Get('audit-log')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Browse the audit log, newest first' })
  auditLog(@Query({ schema: auditQuerySchema }) query: z.infer<typeof auditQuerySchema>) {
    return this.audit.list(query);
  }
}
