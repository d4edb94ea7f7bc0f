import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type CreateVehicle,
  type VehicleView,
  badRequest,
  conflict,
  notFound,
  updateVehicleSchema,
} from '@layanan/domain';
import type { z } from 'zod';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { isUniqueViolation } from '../../database/errors';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { RegionsService } from '../regions/regions.service';
import { DispatchAccess } from './dispatch-access';
import { Vehicle } from './entities/vehicle.entity';
import { vehicleView } from './transport-view';

/** The desa vehicles of Call Care, managed by dispatchers and the regency admin. */
@Injectable()
export class VehiclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly regions: RegionsService,
    private readonly access: DispatchAccess,
    private readonly audit: AuditService,
  ) {}

  async list(user: Principal): Promise<VehicleView[]> {
    await this.access.check(user);
    const rows = await this.dataSource
      .getRepository(Vehicle)
      .find({ order: { villageCode: 'ASC', plate: 'ASC' } });
    return rows.map((v) => vehicleView(v, this.cipher));
  }

  async create(user: Principal, input: CreateVehicle): Promise<VehicleView> {
    await this.access.check(user);
    if (!this.regions.index.village(input.villageCode))
      throw badRequest('validation_failed', { villageCode: 'not_found' });
    const row = Object.assign(new Vehicle(), {
      id: randomUUID(),
      plate: input.plate.replace(/\s+/g, ' '),
      label: input.label,
      villageCode: input.villageCode,
      lat: input.lat,
      lng: input.lng,
      state: 'available' as const,
      currentRequestId: null,
      driverPhoneEnc: input.driverPhone ? this.cipher.encrypt(input.driverPhone) : null,
    });
    try {
      await this.dataSource.getRepository(Vehicle).insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('vehicle_plate_taken', { plate: 'vehicle_plate_taken' });
      throw error;
    }
    await this.audit.record({
      actor: user,
      action: 'vehicle.create',
      subjectType: 'vehicle',
      subjectId: row.id,
    });
    return vehicleView(row, this.cipher);
  }

  /** Rename, move, or set off / available. A vehicle on duty is freed only by its request ending. */
  async update(
    user: Principal,
    id: string,
    input: z.infer<typeof updateVehicleSchema>,
  ): Promise<VehicleView> {
    await this.access.check(user);
    return this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Vehicle);
      const row = await repo.findOneBy({ id });
      if (!row) throw notFound('vehicle_unknown');
      if (input.state && (row.state === 'on_duty') !== (input.state === 'on_duty'))
        throw conflict('vehicle_busy', { state: 'vehicle_busy' });
      if (!Object.keys(input).length) return vehicleView(row, this.cipher);
      const moved = await repo.update({ id, state: row.state }, input);
      if (!moved.affected) throw conflict('vehicle_busy', { state: 'vehicle_busy' });
      await this.audit.record(
        { actor: user, action: 'vehicle.update', subjectType: 'vehicle', subjectId: id },
        tx.getRepository(AuditLogEntry),
      );
      return vehicleView(Object.assign(row, input), this.cipher);
    });
  }
}
