import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission, RequirePermission } from '@layanan/auth/server';
import {
  type CaseExportQuery,
  type CaseListQuery,
  type DashboardExportQuery,
  type OfficerLeagueQuery,
  type PeriodQuery,
  adminCaseListSchema,
  agencyLeagueSchema,
  caseExportQuerySchema,
  caseListQuerySchema,
  dashboardExportQuerySchema,
  dashboardViewSchema,
  officerLeagueQuerySchema,
  officerLeagueSchema,
  periodQuerySchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BackOfficeService } from './back-office.service';
import { caseCsvHeader, caseCsvRow, dashboardCsv, leagueCsvHeader, leagueCsvRow } from './report-csv';
import { streamCsv } from './csv';

/** The regency back office: dashboard, league tables, the list behind every number, CSV exports. */
@ApiTags('admin (reports)')
@ApiBearerAuth()
@Controller('api/admin')
export class AdminReportsController {
  constructor(private readonly office: BackOfficeService) {}

  @Get('dashboard')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(dashboardViewSchema)
  @ApiOperation({
    summary: 'Volumes by service, category, status, kecamatan, week and mix; open cases clustered',
  })
  dashboard(@Query({ schema: periodQuerySchema }) q: PeriodQuery) {
    return this.office.dashboard(q);
  }

  @Get('league')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(agencyLeagueSchema)
  @ApiOperation({ summary: 'Agency league table of the period (docs/ADMIN.md defines every figure)' })
  league(@Query({ schema: periodQuerySchema }) q: PeriodQuery) {
    return this.office.leagueTable(q);
  }

  @Get('league/officers')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(officerLeagueSchema)
  @ApiOperation({ summary: 'The same figures per officer (assignee) of one agency' })
  officers(@Query({ schema: officerLeagueQuerySchema }) q: OfficerLeagueQuery) {
    return this.office.officerLeague(q);
  }

  @Get('cases')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(adminCaseListSchema)
  @ApiOperation({
    summary: 'The cases behind a number (period, kecamatan, agency, officer, figure…), newest first',
  })
  cases(@Query({ schema: caseListQuerySchema }) q: CaseListQuery) {
    return this.office.caseList(q);
  }

  @Get('exports/cases.csv')
  @RequirePermission(Permission.RegencyManage)
  @ApiProduces('text/csv')
  @ApiJson(null, 200)
  @ApiOperation({ summary: 'CSV of the cases a filter matches (streamed, oldest first)' })
  async casesCsv(@Query({ schema: caseExportQuerySchema }) q: CaseExportQuery, @Res() res: FastifyReply) {
    const office = this.office;
    async function* rows() {
      for await (const items of office.caseItems(q)) yield items.map(caseCsvRow);
    }
    await streamCsv(res, `kasus-${this.stamp(q)}.csv`, caseCsvHeader, rows());
  }

  @Get('exports/league.csv')
  @RequirePermission(Permission.RegencyManage)
  @ApiProduces('text/csv')
  @ApiJson(null, 200)
  @ApiOperation({ summary: 'CSV of the agency league table' })
  async leagueCsv(@Query({ schema: periodQuerySchema }) q: PeriodQuery, @Res() res: FastifyReply) {
    const league = await this.office.leagueTable(q);
    const rows = league.rows.map((r) => leagueCsvRow([r.agencyCode, r.agencyName], r));
    await streamCsv(
      res,
      `liga-opd-${this.stamp(q)}.csv`,
      leagueCsvHeader(['agency_code', 'agency']),
      once(rows),
    );
  }

  @Get('exports/officers.csv')
  @RequirePermission(Permission.RegencyManage)
  @ApiProduces('text/csv')
  @ApiJson(null, 200)
  @ApiOperation({ summary: 'CSV of the officer league table of one agency' })
  async officersCsv(
    @Query({ schema: officerLeagueQuerySchema }) q: OfficerLeagueQuery,
    @Res() res: FastifyReply,
  ) {
    const league = await this.office.officerLeague(q);
    const rows = league.rows.map((r) => leagueCsvRow([r.assigneeId, r.officerName ?? '-'], r));
    await streamCsv(
      res,
      `liga-petugas-${league.agency.code}-${this.stamp(q)}.csv`,
      leagueCsvHeader(['officer_id', 'officer']),
      once(rows),
    );
  }

  @Get('exports/dashboard.csv')
  @RequirePermission(Permission.RegencyManage)
  @ApiProduces('text/csv')
  @ApiJson(null, 200)
  @ApiOperation({
    summary: 'CSV of one dashboard breakdown (table = service, category, status, district, week, mix, trend)',
  })
  async dashboardCsv(
    @Query({ schema: dashboardExportQuerySchema }) q: DashboardExportQuery,
    @Res() res: FastifyReply,
  ) {
    const { table, ...period } = q;
    const view = await this.office.dashboard(period);
    const { header, rows } = dashboardCsv(view, table);
    await streamCsv(res, `dasbor-${table}-${this.stamp(period)}.csv`, header, once(rows));
  }

  private stamp(q: { from?: string; to?: string }) {
    const p = this.office.filterOf(q);
    return `${p.from}_${p.to}`;
  }
}

/** A table already computed, as the one batch of a CSV stream. */
function once<T>(rows: T[]): AsyncIterable<T[]> {
  return {
    [Symbol.asyncIterator]: () => {
      let done = false;
      return {
        next: () => {
          const result = done
            ? { done: true as const, value: undefined }
            : { done: false as const, value: rows };
          done = true;
          return Promise.resolve(result);
        },
      };
    },
  };
}
