import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, Public, RequirePermission } from '@layanan/auth/server';
import {
  type DangerSignReport,
  dangerSignAnswerSchema,
  dangerSignReportSchema,
  dangerSigns,
  motherRegistrationSchema,
  myPregnancySchema,
  nikSchema,
  pregnancyRegistrationSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BabharResidentService } from './babhar-resident.service';
import { BabharSettingsService } from './babhar-settings';

const { nik: _nik, ...motherFields } = motherRegistrationSchema().shape;
const { motherId: _m, bidanId: _b, ...pregnancyFields } = pregnancyRegistrationSchema().shape;
const selfRegistrationBody = z.strictObject({
  mother: z.strictObject(motherFields),
  pregnancy: z.strictObject(pregnancyFields),
});

/** The mother's own e-Babhar: claim or self-register, follow her pregnancy, report danger signs. */
@ApiTags('babhar')
@ApiBearerAuth()
@Controller('api/babhar')
export class BabharResidentController {
  constructor(
    private readonly resident: BabharResidentService,
    private readonly settings: BabharSettingsService,
  ) {}

  @Get('rules')
  @Public()
  @ApiOperation({
    summary: 'The configured e-Babhar rules (thresholds, presets), for live flags in the forms',
  })
  async rules() {
    return { rules: await this.settings.rules(), dangerSigns };
  }

  @Post('me/claim')
  @HttpCode(200)
  @RequirePermission(Permission.MaternalSelf)
  @ApiJson(myPregnancySchema)
  @ApiOperation({ summary: 'Link the mother record with my NIK (it must be my account’s NIK) to my account' })
  claim(
    @CurrentUser() actor: Principal,
    @Body({ schema: z.strictObject({ nik: nikSchema() }) }) body: { nik: string },
  ) {
    return this.resident.claim(actor, body.nik);
  }

  @Post('me/pregnancies')
  @RequirePermission(Permission.MaternalSelf)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(myPregnancySchema, 201)
  @ApiOperation({
    summary: 'Register my pregnancy myself (pending until the bidan of the chosen puskesmas verifies it)',
  })
  selfRegister(
    @CurrentUser() actor: Principal,
    @Body({ schema: selfRegistrationBody }) body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.resident.selfRegister(actor, body, key);
  }

  @Get('me/pregnancy')
  @RequirePermission(Permission.MaternalSelf)
  @ApiJson(myPregnancySchema)
  @ApiOperation({
    summary: 'My pregnancy: week, HPL, schedule and next contact, KSPR in plain words, P4K, danger signs',
  })
  mine(@CurrentUser() actor: Principal) {
    return this.resident.mine(actor);
  }

  @Post('me/danger-signs')
  @RequirePermission(Permission.MaternalSelf)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first answer',
  })
  @ApiJson(dangerSignAnswerSchema, 201)
  @ApiOperation({
    summary: 'Report a danger sign: my bidan and puskesmas are alerted at once; tells me what to do now',
  })
  dangerSign(
    @CurrentUser() actor: Principal,
    @Body({ schema: dangerSignReportSchema }) body: DangerSignReport,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    return this.resident.reportDangerSign(actor, body, key);
  }
}
