import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, RequirePermission } from '@layanan/auth/server';
import {
  type CreateVehicle,
  assignVehicleSchema,
  createVehicleSchema,
  dispatchEntrySchema,
  dispatchQueueQuerySchema,
  transportStatsSchema,
  transportStatusUpdateSchema,
  transportViewSchema,
  updateVehicleSchema,
  vehicleViewSchema,
} from '@layanan/domain';
import { ApiJson } from '../../common/http/api-response';
import { idParam } from './params';
import { TransportService } from './transport.service';
import { VehiclesService } from './vehicles.service';

/**
 * The Call Care dispatcher: the triage queue, vehicles, assignments and status.
 * `transport:dispatch`, narrowed to health staff of the dispatch-centre facility (DispatchAccess).
 */
@ApiTags('sehat')
@ApiBearerAuth()
@Controller('api/sehat/dispatch')
export class DispatchController {
  constructor(
    private readonly transport: TransportService,
    private readonly vehicles: VehiclesService,
  ) {}

  @Get('requests')
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(z.array(dispatchEntrySchema))
  @ApiOperation({
    summary: 'Open requests in triage order (danger sign or KRST first), with the nearest free vehicle',
  })
  queue(
    @CurrentUser() user: Principal,
    @Query({ schema: dispatchQueueQuerySchema }) query: z.infer<typeof dispatchQueueQuerySchema>,
  ) {
    return this.transport.queue(user, query.scope);
  }

  @Post('requests/:id/assign')
  @HttpCode(200)
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(transportViewSchema)
  @ApiOperation({ summary: 'Assign a vehicle: the one named, or the nearest free one' })
  assign(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: assignVehicleSchema }) body: z.infer<typeof assignVehicleSchema>,
  ) {
    return this.transport.assign(user, id, body.vehicleId);
  }

  @Post('requests/:id/status')
  @HttpCode(200)
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(transportViewSchema)
  @ApiOperation({ summary: 'On the way, picked up, arrived; or cancelled / invalid (prank) with a reason' })
  status(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: transportStatusUpdateSchema }) body: z.infer<typeof transportStatusUpdateSchema>,
  ) {
    return this.transport.setStatus(user, id, body.status, body.reason);
  }

  @Get('stats')
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(transportStatsSchema)
  @ApiOperation({ summary: 'Requests, pranks, and median seconds to assignment and to pickup' })
  stats(@CurrentUser() user: Principal) {
    return this.transport.stats(user);
  }

  @Get('vehicles')
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(z.array(vehicleViewSchema))
  @ApiOperation({ summary: 'The desa vehicles and their state' })
  listVehicles(@CurrentUser() user: Principal) {
    return this.vehicles.list(user);
  }

  @Post('vehicles')
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(vehicleViewSchema, 201)
  @ApiOperation({ summary: 'Register a desa vehicle (audited)' })
  createVehicle(@CurrentUser() user: Principal, @Body({ schema: createVehicleSchema }) body: CreateVehicle) {
    return this.vehicles.create(user, body);
  }

  @Patch('vehicles/:id')
  @RequirePermission(Permission.TransportDispatch)
  @ApiJson(vehicleViewSchema)
  @ApiOperation({ summary: 'Rename or move a vehicle, or set it off duty / available (audited)' })
  updateVehicle(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: updateVehicleSchema }) body: z.infer<typeof updateVehicleSchema>,
  ) {
    return this.vehicles.update(user, id, body);
  }
}
