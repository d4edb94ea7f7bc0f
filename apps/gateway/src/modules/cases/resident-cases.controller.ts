import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type CreateCase,
  type ReporterAction,
  caseSummarySchema,
  createCaseSchema,
  reporterActionSchema,
  submittedCaseSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { caseCodeParam } from './case-params';
import { CaseQueriesService } from './case-queries.service';
import { CaseSubmissionService } from './case-submission.service';
import { CaseWorkflowService } from './case-workflow.service';
import { SubmissionThrottle } from '../../common/http/throttles';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class ResidentCasesController {
  constructor(
    private readonly submission: CaseSubmissionService,
    private readonly workflow: CaseWorkflowService,
    private readonly queries: CaseQueriesService,
  ) {}

  @Post()
  @RequirePermission(Permission.CaseSubmit)
  @SubmissionThrottle()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(submittedCaseSchema, 201)
  @ApiOperation({ summary: 'File a case (e-Lorong, e-Madul, e-Sehat complaint); returns the tracking code' })
  submit(
    @CurrentUser() user: Principal,
    @Body({ schema: createCaseSchema }) body: CreateCase,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.submission.submit(user, body, key);
  }

  @Get('mine/all')
  @RequirePermission(Permission.CaseSubmit)
  @ApiJson(z.object({ reported: z.array(caseSummarySchema), supported: z.array(caseSummarySchema) }))
  @ApiOperation({ summary: 'My cases, and the cases I support' })
  mine(@CurrentUser() user: Principal) {
    return this.queries.mine(user);
  }

  @Post(':code/reporter-actions')
  @HttpCode(204)
  @RequirePermission(Permission.CaseSubmit)
  @ApiJson(null, 204)
  @ApiOperation({
    summary: 'The reporter confirms a resolution, reopens it once with a reason, or rates it 1–5',
  })
  async reporterAction(
    @CurrentUser() user: Principal,
    @Param('code', { schema: caseCodeParam }) code: string,
    @Body({ schema: reporterActionSchema }) body: ReporterAction,
  ) {
    await this.workflow.reporterAction(user, code, body);
  }

  @Post(':code/support')
  @HttpCode(200)
  @RequirePermission(Permission.CaseSubmit)
  @ApiJson(z.object({ supporterCount: z.number().int() }))
  @ApiOperation({ summary: '"Saya juga mengalami": support a case and follow its updates' })
  support(@CurrentUser() user: Principal, @Param('code', { schema: caseCodeParam }) code: string) {
    return this.workflow.support(user, code);
  }
}
