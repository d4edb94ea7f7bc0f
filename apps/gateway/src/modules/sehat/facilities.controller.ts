import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, Public, RequirePermission } from '@layanan/auth/server';
import {
  type CreateFacility,
  type FacilityQuery,
  type UpdateFacility,
  createFacilitySchema,
  displayViewSchema,
  facilityQuerySchema,
  facilityViewSchema,
  quotaQuerySchema,
  quotaViewSchema,
  updateFacilitySchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { BookingsService } from './bookings.service';
import { FacilitiesService } from './facilities.service';
import { QueueService } from './queue.service';
import { idParam } from './params';

@ApiTags('sehat')
@Controller('api/sehat/facilities')
export class FacilitiesController {
  constructor(
    private readonly facilities: FacilitiesService,
    private readonly bookings: BookingsService,
    private readonly queue: QueueService,
  ) {}

  @Get()
  @Public()
  @ApiJson(z.array(facilityViewSchema))
  @ApiOperation({ summary: 'Health facilities: search by words, kind, kecamatan, polyclinic' })
  list(@Query({ schema: facilityQuerySchema }) query: FacilityQuery) {
    return this.facilities.search(query);
  }

  @Get(':id')
  @Public()
  @ApiJson(facilityViewSchema)
  @ApiOperation({ summary: 'One health facility' })
  get(@Param('id', { schema: idParam }) id: string) {
    return this.facilities.view(id);
  }

  @Get(':id/availability')
  @Public()
  @ApiJson(z.array(quotaViewSchema))
  @ApiOperation({ summary: 'Quota and places left per polyclinic on a date (default today, WIB)' })
  availability(
    @Param('id', { schema: idParam }) id: string,
    @Query({ schema: quotaQuerySchema }) query: z.infer<typeof quotaQuerySchema>,
  ) {
    return this.bookings.quotas(id, query.date);
  }

  @Get(':id/display')
  @Public()
  @ApiJson(displayViewSchema)
  @ApiOperation({ summary: 'Waiting-room display: numbers called and waiting today (no names)' })
  display(@Param('id', { schema: idParam }) id: string) {
    return this.queue.display(id);
  }

  @Post()
  @ApiBearerAuth()
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(facilityViewSchema, 201)
  @ApiOperation({ summary: 'Add a health facility (regency admin, audited)' })
  create(@CurrentUser() user: Principal, @Body({ schema: createFacilitySchema }) body: CreateFacility) {
    return this.facilities.create(user, body);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @RequirePermission(Permission.RegencyManage)
  @ApiJson(facilityViewSchema)
  @ApiOperation({ summary: 'Change a health facility (regency admin, audited)' })
  update(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: updateFacilitySchema }) body: UpdateFacility,
  ) {
    return this.facilities.update(user, id, body);
  }
}
