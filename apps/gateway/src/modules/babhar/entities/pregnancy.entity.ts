import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, TimestampColumn, UpdatedAtColumn } from '../../../database/column-types';

/**
 * A pregnancy (DOMAIN §5.1). Dates are WIB calendar dates `YYYY-MM-DD`. The
 * current KSPR total/category (merged, never decreasing) is kept here for the
 * worklists; the ticked items live encrypted in the assessment history.
 */
@Entity('babhar_pregnancies')
@Index('ix_babhar_pregnancies_facility_status', ['puskesmasId', 'status'])
@Index('ix_babhar_pregnancies_mother', ['motherId'])
// The kohort register: a puskesmas's pregnancies, newest HPHT first, paged.
@Index('ix_babhar_pregnancies_facility_hpht', ['puskesmasId', 'hpht'])
export class Pregnancy {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'mother_id', type: 'varchar', length: 36 })
  motherId: string;

  @Column({ type: 'varchar', length: 10 })
  hpht: string;

  /** Naegele (Buku KIA). */
  @Column({ type: 'varchar', length: 10 })
  hpl: string;

  @Column({ name: 'hpl_280', type: 'varchar', length: 10 })
  hpl280: string;

  @Column({ name: 'usg_hpl', type: 'varchar', length: 10, nullable: true })
  usgHpl: string | null;

  @Column({ type: 'integer' })
  gravida: number;

  @Column({ type: 'integer' })
  para: number;

  @Column({ type: 'integer' })
  abortus: number;

  @Column({ name: 'last_birth_date', type: 'varchar', length: 10, nullable: true })
  lastBirthDate: string | null;

  @Column({ name: 'bidan_id', type: 'varchar', length: 36, nullable: true })
  bidanId: string | null;

  @Column({ name: 'puskesmas_id', type: 'varchar', length: 36 })
  puskesmasId: string;

  /** active | delivered | miscarriage | lost_to_follow_up */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  /** verified | pending (self-registered by the mother, waiting for the bidan). */
  @Column({ type: 'varchar', length: 10 })
  verification: string;

  @TimestampColumn({ name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'varchar', length: 36, nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'kspr_total', type: 'integer', nullable: true })
  ksprTotal: number | null;

  @Column({ name: 'kspr_category', type: 'varchar', length: 4, nullable: true })
  ksprCategory: string | null;

  /** The next contact date agreed at the latest ANC contact (for reminders and worklists). */
  @Column({ name: 'next_contact_date', type: 'varchar', length: 10, nullable: true })
  nextContactDate: string | null;

  /** The next-contact date a reminder was last sent for (one reminder per date). */
  @Column({ name: 'reminded_for', type: 'varchar', length: 10, nullable: true })
  remindedFor: string | null;

  @Column({ name: 'closed_on', type: 'varchar', length: 10, nullable: true })
  closedOn: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
