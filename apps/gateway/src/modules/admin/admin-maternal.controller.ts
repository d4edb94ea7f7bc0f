import { Controller, Get, NotFoundException, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type MaternalExportQuery,
  type MaternalListQuery,
  type MaternalQuery,
  type SehatAdminQuery,
  maternalListQuerySchema,
  maternalMotherListSchema,
  maternalExportQuerySchema,
  maternalQuerySchema,
  maternalViewSchema,
  notFound,
  resolvePeriod,
  sehatAdminQuerySchema,
  sehatAdminViewSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { MaternalStatsService } from '../babhar/maternal-stats.service';
import { BookingStatsService } from '../sehat/booking-stats.service';
import { TransportStatsService } from '../sehat/transport-stats.service';
import { oneBatch as once, streamCsv } from './csv';
import {
  bookingCsv,
  maternalCsvHeader,
  maternalCsvRow,
  motherCsvHeader,
  motherCsvRow,
  transportCsv,
} from './maternal-csv';

/** The back office's "Maternal and health" section: e-Babhar and e-Sehat figures (docs/ADMIN.md). */
@ApiTags('admin (maternal and health)')
@ApiBearerAuth()
@Controller('api/admin')
export class AdminMaternalController {
  constructor(
    private readonly maternal: MaternalStatsService,
    private readonly bookings: BookingStatsService,
    private readonly transport: TransportStatsService,
  ) {}

  @Get('maternal')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(maternalViewSchema)
  @ApiOperation({
    summary:
      'K1/K4/K6 coverage against target, high risk, overdue, danger signs: per puskesmas, or per desa of one',
  })
  async overview(@Query({ schema: maternalQuerySchema }) q: MaternalQuery) {
    const view = await this.maternal.overview({ ...q, ...resolvePeriod(q) });
    if (!view) throw notFound();
    return view;
  }

  @Get('maternal/mothers')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(maternalMotherListSchema)
  @ApiOperation({
    summary: 'The mothers behind a maternal figure (each pregnancy listed is an audited read)',
  })
  async mothers(
    @CurrentUser() actor: Principal,
    @Query({ schema: maternalListQuerySchema }) q: MaternalListQuery,
  ) {
    const { page, pageSize, ...filter } = q;
    const list = await this.maternal.mothers(actor, { ...filter, ...resolvePeriod(q) }, { page, pageSize });
    return { ...list, page, pageSize };
  }

  @Get('sehat')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(sehatAdminViewSchema)
  @ApiOperation({
    summary: 'e-Sehat: bookings against quota and no-shows; transport requests and response times',
  })
  async sehat(@CurrentUser() actor: Principal, @Query({ schema: sehatAdminQuerySchema }) q: SehatAdminQuery) {
    const period = resolvePeriod(q);
    const [bookings, transport] = await Promise.all([
      this.bookings.stats(actor, period.from, period.to, q.districtCode),
      this.transport.byFacility(period.from, period.to, q.districtCode),
    ]);
    return { period, bookings, transport };
  }

  @Get('exports/maternal.csv')
  @RequirePermission(Permission.RegencyManage)
  @ApiProduces('text/csv')
  @ApiJson(null, 200)
  @ApiOperation({
    summary:
      'CSV of one table: puskesmas, villages (puskesmasId), mothers (figure; audited), bookings, transport',
  })
  async csv(
    @CurrentUser() actor: Principal,
    @Query({ schema: maternalExportQuerySchema }) q: MaternalExportQuery,
    @Res() res: FastifyReply,
  ) {
    const { table, figure, ...rest } = q;
    const period = resolvePeriod(q);
    const filter = { ...rest, ...period };
    const stamp = `${period.from}_${period.to}`;
    if (table === 'puskesmas' || table === 'villages') {
      const view = await this.maternal.overview(
        table === 'puskesmas' ? { ...filter, puskesmasId: undefined } : filter,
      );
      if (!view) throw new NotFoundException();
      const rows = [...view.rows, view.total].map(maternalCsvRow);
      return streamCsv(res, `kia-${table}-${stamp}.csv`, maternalCsvHeader, once(rows));
    }
    if (table === 'mothers') {
      const list = await this.maternal.mothers(actor, { ...filter, figure: figure! });
      return streamCsv(
        res,
        `kia-ibu-${figure}-${stamp}.csv`,
        motherCsvHeader,
        once(list.items.map(motherCsvRow)),
      );
    }
    if (table === 'bookings') {
      const { header, rows } = bookingCsv(
        await this.bookings.stats(actor, period.from, period.to, q.districtCode),
      );
      return streamCsv(res, `sehat-antrean-${stamp}.csv`, header, once(rows));
    }
    const { header, rows } = transportCsv(
      await this.transport.byFacility(period.from, period.to, q.districtCode),
    );
    return streamCsv(res, `sehat-transport-${stamp}.csv`, header, once(rows));
  }
}
