import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '@layanan/auth/server';
import { ApiJson } from '../../common/http/api-response';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';

const publicConfigSchema = z.object({
  regencyCode: z.string(),
  mapTileUrl: z.string(),
  /** Where the map opens: the regency seat. */
  mapCenter: z.object({ lat: z.number(), lng: z.number(), zoom: z.number().int() }),
});

/** What the portals need to know about this installation. */
@ApiTags('system')
@Controller('api/public-config')
export class PublicConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  @Get()
  @Public()
  @ApiJson(publicConfigSchema)
  @ApiOperation({ summary: 'Installation settings the portals need (map tiles, regency)' })
  get(): z.infer<typeof publicConfigSchema> {
    return {
      regencyCode: this.config.regencyCode,
      mapTileUrl: this.config.mapTileUrl,
      mapCenter: this.config.mapCenter,
    };
  }
}
