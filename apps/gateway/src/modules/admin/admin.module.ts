import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RegionsModule } from '../regions/regions.module';
import { AdminReportsController } from './admin-reports.controller';
import { BackOfficeService } from './back-office.service';
import { AdminRollupService } from './rollup/admin-rollup.service';

/** The regency back office: dashboard, league tables, exports (reads cases through CasesModule). */
@Module({
  imports: [CasesModule, RegionsModule],
  controllers: [AdminReportsController],
  providers: [BackOfficeService, AdminRollupService],
  exports: [BackOfficeService, AdminRollupService],
})
export class AdminModule {}
