import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TransportStatus, Urgency } from '@layanan/domain';
import { TimestampColumn } from '../../../database/column-types';

/** A health transport request (Pamekasan Call Care, DOMAIN §6). */
@Entity('transport_requests')
@Index('ix_transport_requests_status', ['status'])
@Index('ix_transport_requests_requester', ['requesterId'])
export class TransportRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'requester_id', type: 'varchar', length: 36 })
  requesterId: string;

  @Column({ name: 'patient_name', type: 'varchar', length: 120 })
  patientName: string;

  /** The phone to call back, encrypted at rest (FieldCipher). */
  @Column({ name: 'phone_enc', type: 'text' })
  phoneEnc: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'village_code', type: 'varchar', length: 13, nullable: true })
  villageCode: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ name: 'destination_facility_id', type: 'varchar', length: 36 })
  destinationFacilityId: string;

  @Column({ type: 'varchar', length: 8 })
  urgency: Urgency;

  @Column({ type: 'boolean', default: false })
  pregnant: boolean;

  /** From e-Babhar, with the mother's consent: her due date and KSPR category, and an open danger sign. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  hpl: string | null;

  @Column({ name: 'kspr_category', type: 'varchar', length: 4, nullable: true })
  ksprCategory: 'KRR' | 'KRT' | 'KRST' | null;

  @Column({ name: 'danger_sign', type: 'boolean', default: false })
  dangerSign: boolean;

  @Column({ name: 'pregnancy_id', type: 'varchar', length: 36, nullable: true })
  pregnancyId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: TransportStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'vehicle_id', type: 'varchar', length: 36, nullable: true })
  vehicleId: string | null;

  @Column({ name: 'dispatcher_id', type: 'varchar', length: 36, nullable: true })
  dispatcherId: string | null;

  // Response times for the regency dashboard.
  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  @TimestampColumn({ name: 'assigned_at', nullable: true })
  assignedAt: Date | null;

  @TimestampColumn({ name: 'on_the_way_at', nullable: true })
  onTheWayAt: Date | null;

  @TimestampColumn({ name: 'picked_up_at', nullable: true })
  pickedUpAt: Date | null;

  @TimestampColumn({ name: 'arrived_at', nullable: true })
  arrivedAt: Date | null;

  @TimestampColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
