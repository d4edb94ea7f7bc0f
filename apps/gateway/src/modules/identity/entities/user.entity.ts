import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@layanan/domain';
import { CreatedAtColumn, TimestampColumn, UpdatedAtColumn } from '../../../database/column-types';

/**
 * Every account: residents (identified by NIK) and staff (by username).
 * NIK and phone are encrypted at rest; the NIK is also kept as a keyed hash
 * for lookups and uniqueness.
 */
@Entity('users')
// A new case notifies its agency's officers, a danger sign her puskesmas's health staff: found by
// these (staff only: residents, nearly every row, have neither and are not in them) instead of a scan.
@Index('ix_users_agency_role', ['agencyId', 'role'], { where: '"agency_id" IS NOT NULL' })
@Index('ix_users_facility_role', ['facilityId', 'role'], { where: '"facility_id" IS NOT NULL' })
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  username: string | null;

  @Index('uq_users_nik_hash', { unique: true })
  @Column({ name: 'nik_hash', type: 'varchar', length: 64, nullable: true })
  nikHash: string | null;

  @Column({ name: 'nik_enc', type: 'text', nullable: true })
  nikEnc: string | null;

  @Column({ name: 'phone_enc', type: 'text', nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** Agency (OPD) of an officer. */
  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId: string | null;

  /** Puskesmas of health staff. */
  @Column({ name: 'facility_id', type: 'varchar', length: 36, nullable: true })
  facilityId: string | null;

  /** Set when a staff member has seen the resident's KTP (audited). */
  @TimestampColumn({ name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'varchar', length: 36, nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  @TimestampColumn({ name: 'locked_until', nullable: true })
  lockedUntil: Date | null;

  @TimestampColumn({ name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
