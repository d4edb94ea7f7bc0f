import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BabharModule } from '../babhar/babhar.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegionsModule } from '../regions/regions.module';
import { BookingStatsService } from './booking-stats.service';
import { BookingsController } from './bookings.controller';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { ConsultationMessage } from './entities/consultation-message.entity';
import { Consultation } from './entities/consultation.entity';
import { DispatchAccess } from './dispatch-access';
import { DispatchController } from './dispatch.controller';
import { TransportRequest } from './entities/transport-request.entity';
import { Vehicle } from './entities/vehicle.entity';
import { TransportController } from './transport.controller';
import { TransportService } from './transport.service';
import { TransportStatsService } from './transport-stats.service';
import { VehiclesService } from './vehicles.service';
import { BookingsService } from './bookings.service';
import { BookingDay } from './entities/booking-day.entity';
import { Booking } from './entities/booking.entity';
import { Facility } from './entities/facility.entity';
import { PolyclinicQuota } from './entities/polyclinic-quota.entity';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { QueueController } from './queue.controller';
import { QueueService } from './queue.service';
import { sehatConfigProvider } from './sehat.config';

/** e-Sehat: facility directory, puskesmas bookings and queue, health transport, consultations. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Facility,
      PolyclinicQuota,
      BookingDay,
      Booking,
      Vehicle,
      TransportRequest,
      Consultation,
      ConsultationMessage,
    ]),
    // Provides MATERNAL_SUMMARY_READER (a pregnancy's HPL and KSPR category, read with the mother's consent).
    BabharModule,
    IdentityModule,
    RegionsModule,
    NotificationsModule,
  ],
  controllers: [
    FacilitiesController,
    BookingsController,
    QueueController,
    TransportController,
    DispatchController,
    ConsultationsController,
  ],
  providers: [
    sehatConfigProvider,
    FacilitiesService,
    BookingsService,
    BookingStatsService,
    QueueService,
    DispatchAccess,
    TransportService,
    TransportStatsService,
    VehiclesService,
    ConsultationsService,
  ],
  // The back office reads e-Sehat's figures through these (it does not query e-Sehat's tables).
  exports: [TypeOrmModule, BookingStatsService, TransportStatsService],
})
export class SehatModule {}
