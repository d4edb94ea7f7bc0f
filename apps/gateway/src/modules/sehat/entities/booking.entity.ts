import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BookingStatus } from '@layanan/domain';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

/** A resident's puskesmas visit booking: one queue number of one polyclinic on one day. */
@Entity('bookings')
@Index('uq_bookings_queue_number', ['facilityId', 'polyclinic', 'date', 'queueNumber'], { unique: true })
@Index('ix_bookings_resident', ['residentId', 'date'])
export class Booking {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'facility_id', type: 'varchar', length: 36 })
  facilityId: string;

  @Column({ type: 'varchar', length: 16 })
  polyclinic: string;

  /** `YYYY-MM-DD` (WIB). */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'queue_number', type: 'integer' })
  queueNumber: number;

  @Column({ name: 'resident_id', type: 'varchar', length: 36 })
  residentId: string;

  @Column({ type: 'varchar', length: 12 })
  status: BookingStatus;

  /**
   * `resident|facility|polyclinic|date` while the booking holds a place, null
   * once cancelled or a no-show: the unique index allows one active booking
   * per person, polyclinic and day on both databases (NULLs never collide).
   */
  @Index('uq_bookings_active_key', { unique: true })
  @Column({ name: 'active_key', type: 'varchar', length: 140, nullable: true })
  activeKey: string | null;

  @TimestampColumn({ name: 'called_at', nullable: true })
  calledAt: Date | null;

  @TimestampColumn({ name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
