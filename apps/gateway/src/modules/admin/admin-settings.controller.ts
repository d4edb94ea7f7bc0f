import { Body, Controller, Get, Headers, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type BabharSettingsInput,
  type PopulationInput,
  babharSettingsInputSchema,
  babharSettingsViewSchema,
  populationInputSchema,
  populationViewSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BabharSettingsService } from '../babhar/babhar-settings';

const idempotencyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key returns the first answer',
};

/** Regency settings of e-Babhar (stored by BabharModule; the environment gives the defaults). */
@ApiTags('admin (settings)')
@ApiBearerAuth()
@Controller('api/admin/settings')
export class AdminSettingsController {
  constructor(private readonly settings: BabharSettingsService) {}

  @Get('babhar')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(babharSettingsViewSchema)
  @ApiOperation({ summary: 'Crude birth rate and the rules (thresholds, ANC preset): effective and default' })
  view() {
    return this.settings.view();
  }

  @Put('babhar')
  @RequirePermission(Permission.RegencyManage)
  @ApiHeader(idempotencyHeader)
  @ApiJson(babharSettingsViewSchema)
  @ApiOperation({
    summary: 'Save the crude birth rate and/or the rules (null: back to the default); audited',
  })
  update(
    @CurrentUser() actor: Principal,
    @Body({ schema: babharSettingsInputSchema }) body: BabharSettingsInput,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.settings.update(actor, body, key);
  }

  @Get('babhar/population')
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(populationViewSchema)
  @ApiOperation({ summary: 'Every desa of the regency with its population for the PWS-KIA targets' })
  population() {
    return this.settings.populationView();
  }

  @Put('babhar/population')
  @RequirePermission(Permission.RegencyManage)
  @ApiHeader(idempotencyHeader)
  @ApiJson(populationViewSchema)
  @ApiOperation({
    summary: 'Save desa populations (null: back to the default); one audit entry per desa changed',
  })
  updatePopulation(
    @CurrentUser() actor: Principal,
    @Body({ schema: populationInputSchema }) body: PopulationInput,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.settings.updatePopulation(actor, body, key);
  }
}
