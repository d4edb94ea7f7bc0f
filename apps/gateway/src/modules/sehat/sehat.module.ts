import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Facility } from './entities/facility.entity';
import { FacilitiesController } from './facilities.controller';

/** e-Sehat. So far: the facility directory (bookings and transport land with the e-Sehat issue). */
@Module({
  imports: [TypeOrmModule.forFeature([Facility])],
  controllers: [FacilitiesController],
  exports: [TypeOrmModule],
})
export class SehatModule {}
