import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { Open311Client } from './entities/open311-client.entity';
import { Open311Controller } from './open311.controller';
import { Open311ClientsController } from './open311-clients.controller';
import { Open311ClientsService } from './open311-clients.service';
import { Open311IntakeService } from './open311-intake.service';
import { Open311RequestsService } from './open311-requests.service';
import { Open311ServicesService } from './open311-services.service';

/**
 * Open311 GeoReport v2 on top of the case engine (docs/OPEN311.md): requests
 * filed here are cases like the portals' (same routing, service levels and
 * notifications); reads never show a rahasia case nor who reported anything.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Open311Client]),
    CasesModule,
    FilesModule,
    IdentityModule,
    RegionsModule,
  ],
  controllers: [Open311ClientsController, Open311Controller],
  providers: [Open311ClientsService, Open311ServicesService, Open311RequestsService, Open311IntakeService],
})
export class Open311Module {}
