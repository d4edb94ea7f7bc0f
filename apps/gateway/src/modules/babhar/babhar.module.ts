import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MATERNAL_SUMMARY_READER } from '../../common/maternal/maternal-summary.reader';
import { IdentityModule } from '../identity/identity.module';
import { User } from '../identity/entities/user.entity';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegionsModule } from '../regions/regions.module';
import { Facility } from '../sehat/entities/facility.entity';
import { BabharCareService } from './babhar-care.service';
import { BabharListsService } from './babhar-lists.service';
import { BabharRecordsService } from './babhar-records.service';
import { BabharRegistryService } from './babhar-registry.service';
import { BabharResidentController } from './babhar-resident.controller';
import { BabharResidentService } from './babhar-resident.service';
import { BabharSettingsService } from './babhar-settings';
import { BabharStaffController } from './babhar-staff.controller';
import { BabharSweepService } from './babhar-sweep.service';
import { babharEntities } from './entities';
import { MaternalStatsService } from './maternal-stats.service';
import { MaternalSummaryService } from './maternal-summary.service';
import { PwsKiaService } from './pws-kia.service';

/** e-Babhar: pregnant mothers followed by their puskesmas, and by themselves (DOMAIN §5). */
@Module({
  imports: [
    TypeOrmModule.forFeature([...babharEntities, User, Facility]),
    IdentityModule,
    NotificationsModule,
    RegionsModule,
  ],
  controllers: [BabharStaffController, BabharResidentController],
  providers: [
    BabharSettingsService,
    BabharRecordsService,
    BabharRegistryService,
    BabharCareService,
    BabharListsService,
    PwsKiaService,
    BabharResidentService,
    BabharSweepService,
    MaternalSummaryService,
    MaternalStatsService,
    { provide: MATERNAL_SUMMARY_READER, useExisting: MaternalSummaryService },
  ],
  // The back office reads the maternal figures and edits the regency settings through these.
  exports: [MATERNAL_SUMMARY_READER, BabharSweepService, MaternalStatsService, BabharSettingsService],
})
export class BabharModule {}
