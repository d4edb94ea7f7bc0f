import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@layanan/auth/server';
import { z } from 'zod';
import {
  districtCodeSchema,
  districtViewSchema,
  regencyViewSchema,
  villageViewSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('api/regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('regency')
  @Public()
  @ApiJson(regencyViewSchema)
  @ApiOperation({ summary: 'The regency served (code, name, province)' })
  regency() {
    return this.regions.regency();
  }

  @Get('districts')
  @Public()
  @ApiJson(z.array(districtViewSchema))
  @ApiOperation({ summary: 'Kecamatan of the regency' })
  districts() {
    return this.regions.districts();
  }

  @Get('districts/:code/villages')
  @Public()
  @ApiJson(z.array(villageViewSchema))
  @ApiOperation({ summary: 'Desa and kelurahan of a kecamatan' })
  villages(@Param('code', { schema: districtCodeSchema }) code: string) {
    return this.regions.villagesOf(code);
  }
}
