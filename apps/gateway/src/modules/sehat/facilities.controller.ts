import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { z } from 'zod';
import { Public } from '@layanan/auth/server';
import { districtCodeSchema } from '@layanan/domain';
import { Facility } from './entities/facility.entity';

const facilitiesQuery = z.strictObject({
  kind: z.enum(['puskesmas', 'pustu', 'polindes', 'klinik', 'rumah_sakit']).optional(),
  district: districtCodeSchema.optional(),
});

@ApiTags('sehat')
@Controller('api/sehat/facilities')
export class FacilitiesController {
  constructor(@InjectRepository(Facility) private readonly facilities: Repository<Facility>) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health facilities, by kind and kecamatan' })
  list(@Query({ schema: facilitiesQuery }) query: z.infer<typeof facilitiesQuery>) {
    return this.facilities.find({
      where: {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.district ? { districtCode: query.district } : {}),
      },
      order: { name: 'ASC' },
    });
  }
}
