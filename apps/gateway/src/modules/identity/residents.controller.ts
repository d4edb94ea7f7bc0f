import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import { lookupResidentSchema, revealNikSchema, userViewSchema, verifyResidentSchema } from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { ResidentsService } from './residents.service';

const idSchema = z.string().uuid();

@ApiTags('residents')
@ApiBearerAuth()
@Controller('api/residents')
export class ResidentsController {
  constructor(private readonly residents: ResidentsService) {}

  @Post('lookup')
  @HttpCode(200)
  @RequirePermission(Permission.ResidentVerify)
  @ApiJson(userViewSchema)
  @ApiOperation({ summary: 'Find a resident by NIK (sent in the body, never in a URL); audited' })
  lookup(@CurrentUser() actor: Principal, @Body({ schema: lookupResidentSchema }) body: { nik: string }) {
    return this.residents.lookup(actor, body.nik);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @RequirePermission(Permission.ResidentVerify)
  @ApiJson(userViewSchema)
  @ApiOperation({ summary: 'Mark a resident verified after seeing the KTP; audited' })
  verify(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idSchema }) id: string,
    @Body({ schema: verifyResidentSchema }) body: { note: string },
  ) {
    return this.residents.verify(actor, id, body.note);
  }

  @Post(':id/reveal-nik')
  @HttpCode(200)
  @RequirePermission(Permission.ResidentVerify)
  @ApiJson(z.object({ nik: z.string() }))
  @ApiOperation({ summary: 'Show a resident’s full NIK, with a reason; audited' })
  reveal(
    @CurrentUser() actor: Principal,
    @Param('id', { schema: idSchema }) id: string,
    @Body({ schema: revealNikSchema }) body: { reason: string },
  ) {
    return this.residents.revealNik(actor, id, body.reason);
  }
}
