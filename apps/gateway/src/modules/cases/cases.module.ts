import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegionsModule } from '../regions/regions.module';
import { CaseEventsService } from './case-events.service';
import { CaseQueriesService } from './case-queries.service';
import { CaseStatsService } from './case-stats.service';
import { CaseSubmissionService } from './case-submission.service';
import { NewCaseWriter } from './new-case.writer';
import { CaseViewsService } from './case-views.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CasesAdminController } from './cases-admin.controller';
import { CasesAdminService } from './cases-admin.service';
import { CatalogService } from './catalog.service';
import { DirectoryController } from './directory.controller';
import { Agency } from './entities/agency.entity';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';
import { CasePhoto } from './entities/case-photo.entity';
import { Category } from './entities/category.entity';
import { HolidayRow } from './entities/holiday.entity';
import { ResponseTemplate } from './entities/response-template.entity';
import { RoutingRule } from './entities/routing-rule.entity';
import { Supporter } from './entities/supporter.entity';
import { PublicCasesController } from './public-cases.controller';
import { ResidentCasesController } from './resident-cases.controller';
import { SlaSweepService } from './sla-sweep.service';
import { StaffCasesController } from './staff-cases.controller';

/** The case engine shared by e-Lorong, e-Madul and e-Sehat complaints (and Open311 later). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Agency,
      Category,
      Case,
      CaseEvent,
      CasePhoto,
      Supporter,
      RoutingRule,
      HolidayRow,
      ResponseTemplate,
    ]),
    FilesModule,
    IdentityModule,
    NotificationsModule,
    RegionsModule,
  ],
  controllers: [
    DirectoryController,
    PublicCasesController,
    ResidentCasesController,
    StaffCasesController,
    CasesAdminController,
  ],
  providers: [
    CatalogService,
    CaseEventsService,
    CaseViewsService,
    CaseSubmissionService,
    NewCaseWriter,
    CaseWorkflowService,
    CaseQueriesService,
    CasesAdminService,
    CaseStatsService,
    SlaSweepService,
  ],
  exports: [
    CatalogService,
    CaseSubmissionService,
    CaseWorkflowService,
    CaseQueriesService,
    CaseStatsService,
    SlaSweepService,
  ],
})
export class CasesModule {}
