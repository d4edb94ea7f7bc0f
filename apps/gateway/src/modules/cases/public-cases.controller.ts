import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type Principal, Public } from '@layanan/auth/server';
import {
  caseDetailSchema,
  caseSummarySchema,
  nearbyQuerySchema,
  pageOf,
  publicCaseQuerySchema,
  type PublicCaseQuery,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { caseCodeParam } from './case-params';
import { CaseQueriesService } from './case-queries.service';

@ApiTags('cases')
@Controller('api/cases')
export class PublicCasesController {
  constructor(private readonly queries: CaseQueriesService) {}

  @Get()
  @Public()
  @ApiJson(pageOf(caseSummarySchema))
  @ApiOperation({ summary: 'Public list and map of cases (never rahasia), with filters and pagination' })
  list(@Query({ schema: publicCaseQuerySchema }) query: PublicCaseQuery) {
    return this.queries.publicList(query);
  }

  @Get('nearby')
  @Public()
  @ApiJson(z.array(caseSummarySchema.extend({ distanceM: z.number() })))
  @ApiOperation({
    summary: 'Open cases of a category within its duplicate radius of a point (before submitting)',
  })
  nearby(@Query({ schema: nearbyQuerySchema }) query: z.infer<typeof nearbyQuerySchema>) {
    return this.queries.nearby(query.categoryId, { lat: query.lat, lng: query.lng });
  }

  @Get(':code')
  @Public()
  @ApiJson(caseDetailSchema)
  @ApiOperation({ summary: 'A case by tracking code with its public timeline; no personal data' })
  detail(@Param('code', { schema: caseCodeParam }) code: string, @CurrentUser() viewer: Principal | null) {
    return this.queries.detail(code, viewer);
  }
}
