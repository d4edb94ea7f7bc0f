import { All, Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@layanan/auth/server';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { RegionsService } from '../regions/regions.service';
import { Open311ExceptionFilter, badRequest311, notFound311, say } from './open311.errors';
import { type Open311Format, isOpen311Format, sendOpen311 } from './open311.format';
import { type RawParams, dateWindow, listParam, paging, param } from './open311.params';
import { Open311ClientsService } from './open311-clients.service';
import { Open311IntakeService } from './open311-intake.service';
import { Open311RequestsService, type RequestsQuery } from './open311-requests.service';
import { Open311ServicesService } from './open311-services.service';

/** When this API's shape last changed (discovery `changeset`). */
const CHANGESET = '2026-12-01T00:00:00+07:00';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

function originOf(req: FastifyRequest): string {
  return `${req.protocol}://${req.host || 'localhost'}`;
}

/**
 * Open311 GeoReport v2 (open311.github.io) with mySociety's
 * servicerequestupdates and page/page_size. Format by extension: `.xml`
 * (required) and `.json`. Errors in the spec's own format (see
 * Open311ExceptionFilter), not the API's. Kept out of the OpenAPI document:
 * the XML answers would confuse the generated client; docs/OPEN311.md
 * describes these routes.
 *
 * Every route is public to the access guard: reading is open to anyone, and
 * the two POSTs check the Open311 `api_key` themselves (403 in Open311's
 * format), as the spec asks.
 */
@ApiExcludeController()
@UseFilters(Open311ExceptionFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly clients: Open311ClientsService,
    private readonly services: Open311ServicesService,
    private readonly requests: Open311RequestsService,
    private readonly intake: Open311IntakeService,
    private readonly regions: RegionsService,
  ) {}

  @Get('discovery.:format')
  @Public()
  discovery(
    @Param('format') format: string,
    @Query() query: RawParams,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    sendOpen311(res, f, 200, {
      root: 'discovery',
      body: {
        changeset: CHANGESET,
        contact: say(
          `Admin layanan digital ${this.regencyName()} (${this.config.open311.jurisdictionId})`,
          `Digital services admin of ${this.regencyName()} (${this.config.open311.jurisdictionId})`,
        ),
        key_service: say(
          'Kunci API (api_key) diberikan per klien oleh admin kabupaten; membaca tidak memerlukan kunci.',
          'API keys (api_key) are issued per client by the regency admin; reading needs no key.',
        ),
        endpoints: [
          {
            specification: SPECIFICATION,
            url: `${originOf(req)}/open311/v2`,
            changeset: CHANGESET,
            type: this.config.env === 'production' ? 'production' : 'test',
            formats: ['text/xml', 'application/json'],
          },
        ],
      },
    });
  }

  @Get('services.:format')
  @Public()
  async serviceList(@Param('format') format: string, @Query() query: RawParams, @Res() res: FastifyReply) {
    const f = this.check(format, query);
    const categories = await this.services.list();
    sendOpen311(res, f, 200, { root: 'services', body: categories.map((c) => this.services.service(c)) });
  }

  @Get('services/:code.:format')
  @Public()
  async serviceDefinition(
    @Param('code') code: string,
    @Param('format') format: string,
    @Query() query: RawParams,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    const category = await this.services.byCode(code);
    if (!category)
      throw notFound311(say(`service_code ${code} tidak ditemukan`, `service_code ${code} not found`));
    sendOpen311(res, f, 200, { root: 'service_definition', body: this.services.definition(category) });
  }

  @Post('requests.:format')
  @Public()
  async createRequest(
    @Param('format') format: string,
    @Query() query: RawParams,
    @Body() body: RawParams | undefined,
    @Res() res: FastifyReply,
  ) {
    const { f, client, params } = await this.authenticated(format, query, body);
    const created = await this.intake.createRequest(client, params);
    sendOpen311(res, f, 201, { root: 'service_requests', body: [created] });
  }

  @Get('requests.:format')
  @Public()
  async requestList(
    @Param('format') format: string,
    @Query() query: RawParams,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    const codes = listParam(query, 'service_request_id');
    const list = codes
      ? // service_request_id overrides every other argument.
        await this.requests.list({ codes, window: dateWindow({}), paging: paging({}) }, originOf(req))
      : await this.requests.list(await this.listQuery(query), originOf(req));
    sendOpen311(res, f, 200, { root: 'service_requests', body: list });
  }

  @Get('requests/:id.:format')
  @Public()
  async request(
    @Param('id') id: string,
    @Param('format') format: string,
    @Query() query: RawParams,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    const found = await this.requests.findPublic(id);
    if (!found)
      throw notFound311(
        say(`service_request_id ${id} tidak ditemukan`, `service_request_id ${id} not found`),
      );
    sendOpen311(res, f, 200, {
      root: 'service_requests',
      body: [await this.requests.one(found, originOf(req))],
    });
  }

  /**
   * Requests are created in real time, so a request's token is its
   * service_request_id: clients written for batch servers still find it here.
   */
  @Get('tokens/:token.:format')
  @Public()
  async token(
    @Param('token') token: string,
    @Param('format') format: string,
    @Query() query: RawParams,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    const found = await this.requests.findPublic(token);
    if (!found) throw notFound311(say(`token ${token} tidak ditemukan`, `token ${token} not found`));
    sendOpen311(res, f, 200, {
      root: 'service_requests',
      body: [{ service_request_id: found.trackingCode, token }],
    });
  }

  @Get('servicerequestupdates.:format')
  @Public()
  async updateList(
    @Param('format') format: string,
    @Query() query: RawParams,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const f = this.check(format, query);
    const updates = await this.requests.updates(dateWindow(query), paging(query), originOf(req));
    sendOpen311(res, f, 200, { root: 'service_request_updates', body: updates });
  }

  @Post('servicerequestupdates.:format')
  @Public()
  async createUpdate(
    @Param('format') format: string,
    @Query() query: RawParams,
    @Body() body: RawParams | undefined,
    @Res() res: FastifyReply,
  ) {
    const { f, client, params } = await this.authenticated(format, query, body);
    const created = await this.intake.createUpdate(client, params);
    sendOpen311(res, f, 201, { root: 'service_request_updates', body: [created] });
  }

  /** Anything else under /open311/v2 is a resource that does not exist, said in Open311's format. */
  @All('*')
  @Public()
  unknown(@Req() req: FastifyRequest) {
    const path = req.url.split('?')[0];
    throw notFound311(say(`Tidak ada sumber Open311 di ${path}`, `No Open311 resource at ${path}`));
  }

  private async listQuery(query: RawParams): Promise<RequestsQuery> {
    const statuses = listParam(query, 'status');
    for (const s of statuses ?? []) {
      if (s !== 'open' && s !== 'closed')
        throw badRequest311(
          say(`status ${s} tidak dikenal (open, closed)`, `status ${s} is not known (open, closed)`),
        );
    }
    const serviceCodes = listParam(query, 'service_code');
    const categoryIds = serviceCodes
      ? (await Promise.all(serviceCodes.map((c) => this.services.byCode(c)))).flatMap((c) =>
          c ? [c.id] : [],
        )
      : undefined;
    return {
      window: dateWindow(query),
      paging: paging(query),
      categoryIds,
      statuses: statuses as ('open' | 'closed')[] | undefined,
    };
  }

  /** "Kabupaten Pamekasan" (idn-area-data 3.x writes it in capitals). */
  private regencyName(): string {
    return this.regions
      .regency()
      .name.toLowerCase()
      .replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  }

  /** A POST's parameters (query and form body), its format, and the client its api_key names. */
  private async authenticated(format: string, query: RawParams, body: RawParams | undefined) {
    const params = { ...query, ...(body ?? {}) };
    const f = this.format(format);
    const client = await this.clients.authenticate(param(params, 'api_key'));
    this.check(f, params);
    return { f, client, params };
  }

  private format(format: string): Open311Format {
    if (!isOpen311Format(format))
      throw notFound311(
        say(`Format ${format} tidak tersedia (xml, json)`, `Format ${format} is not served (xml, json)`),
      );
    return format;
  }

  /** The format, and the jurisdiction: optional here (one jurisdiction), but another one is not found. */
  private check(format: string, params: RawParams): Open311Format {
    const f = this.format(format);
    const jurisdiction = param(params, 'jurisdiction_id');
    if (jurisdiction !== undefined && jurisdiction !== this.config.open311.jurisdictionId)
      throw notFound311(
        say(`jurisdiction_id ${jurisdiction} tidak ditemukan`, `jurisdiction_id ${jurisdiction} not found`),
      );
    return f;
  }
}
