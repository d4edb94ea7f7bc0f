import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type OfficerAction,
  caseStatusSchema,
  caseServiceSchema,
  officerActionSchema,
  pageOf,
  staffQueueItemSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { caseCodeParam } from './case-params';
import { CaseQueriesService, type StaffQueueQuery } from './case-queries.service';
import { CaseWorkflowService } from './case-workflow.service';

const queueQuerySchema = z.strictObject({
  service: caseServiceSchema.optional(),
  agencyId: z.string().max(36).optional(),
  status: caseStatusSchema.optional(),
  categoryId: z.string().max(36).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

@ApiTags('cases (staff)')
@ApiBearerAuth()
@Controller('api/staff/cases')
export class StaffCasesController {
  constructor(
    private readonly queries: CaseQueriesService,
    private readonly workflow: CaseWorkflowService,
  ) {}

  @Get()
  @RequirePermission(Permission.CaseWork)
  @ApiJson(pageOf(staffQueueItemSchema))
  @ApiOperation({
    summary: 'The agency’s queue, most urgent first, overdue flagged (admins: every agency or ?agencyId)',
  })
  queue(@CurrentUser() user: Principal, @Query({ schema: queueQuerySchema }) query: StaffQueueQuery) {
    return this.queries.staffQueue(user, query);
  }

  @Post(':code/actions')
  @HttpCode(204)
  @RequirePermission(Permission.CaseWork)
  @ApiJson(null, 204)
  @ApiOperation({
    summary:
      'An officer’s step: verify, start, respond, note, assign, reroute, schedule, resolve, reject, not_competent, wait_budget, duplicate',
  })
  async act(
    @CurrentUser() user: Principal,
    @Param('code', { schema: caseCodeParam }) code: string,
    @Body({ schema: officerActionSchema }) body: OfficerAction,
  ) {
    await this.workflow.officerAction(user, code, body);
  }
}
