import { Module } from '@nestjs/common';
import { BabharModule } from '../babhar/babhar.module';
import { CasesModule } from '../cases/cases.module';
import { SehatModule } from '../sehat/sehat.module';
import { RegionsModule } from '../regions/regions.module';
import { AdminMaternalController } from './admin-maternal.controller';
import { AdminReportsController } from './admin-reports.controller';
import { AdminSettingsController } from './admin-settings.controller';
import { BackOfficeService } from './back-office.service';
import { AdminRollupService } from './rollup/admin-rollup.service';

/** The regency back office: dashboard, league tables, exports (reads cases through CasesModule, maternal and
 * e-Sehat figures through BabharModule and SehatModule; edits e-Babhar's regency settings). */
@Module({
  imports: [CasesModule, RegionsModule, BabharModule, SehatModule],
  controllers: [AdminReportsController, AdminMaternalController, AdminSettingsController],
  providers: [BackOfficeService, AdminRollupService],
  exports: [BackOfficeService, AdminRollupService],
})
export class AdminModule {}
