import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { VehicleState } from '@layanan/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../../../database/column-types';

/** A desa vehicle (mobil SIGAP) of Pamekasan Call Care. */
@Entity('transport_vehicles')
@Index('ix_transport_vehicles_state', ['state'])
export class Vehicle {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_transport_vehicles_plate', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  plate: string;

  @Column({ type: 'varchar', length: 80 })
  label: string;

  /** The desa the vehicle belongs to. */
  @Column({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode: string;

  /** Last known position (its base, or where it last dropped a patient). */
  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  /** available | on_duty | off */
  @Column({ type: 'varchar', length: 12 })
  state: VehicleState;

  /**
   * The request it is serving. Unique: a vehicle serves one request at a time, and the
   * assignment takes it with `UPDATE … WHERE state = 'available'`.
   */
  @Index('uq_transport_vehicles_request', { unique: true })
  @Column({ name: 'current_request_id', type: 'varchar', length: 36, nullable: true })
  currentRequestId: string | null;

  @Column({ name: 'driver_phone_enc', type: 'text', nullable: true })
  driverPhoneEnc: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
