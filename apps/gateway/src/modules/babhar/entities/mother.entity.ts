import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../../database/column-types';

/**
 * A mother (DOMAIN §5.1). NIK and phone are encrypted at rest, the NIK also
 * kept as a keyed hash for lookup and uniqueness (as `User`); her health facts
 * (blood type, height) are encrypted as one JSON document.
 */
@Entity('babhar_mothers')
export class Mother {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_babhar_mothers_nik_hash', { unique: true })
  @Column({ name: 'nik_hash', type: 'varchar', length: 64 })
  nikHash: string;

  @Column({ name: 'nik_enc', type: 'text' })
  nikEnc: string;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  /** YYYY-MM-DD (WIB calendar date). */
  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ name: 'phone_enc', type: 'text', nullable: true })
  phoneEnc: string | null;

  @Index('ix_babhar_mothers_village')
  @Column({ name: 'village_code', type: 'varchar', length: 13 })
  villageCode: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  /** `{ bloodType, heightCm }`, encrypted. */
  @Column({ name: 'health_enc', type: 'text' })
  healthEnc: string;

  @Column({ name: 'marriage_date', type: 'varchar', length: 10, nullable: true })
  marriageDate: string | null;

  /** The resident account that claimed (or self-registered) this record. */
  @Index('uq_babhar_mothers_resident', { unique: true })
  @Column({ name: 'resident_user_id', type: 'varchar', length: 36, nullable: true })
  residentUserId: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
