import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** An agency (OPD) that answers cases: Dinas PUPR, Dinas Perhubungan, … */
@Entity('agencies')
export class Agency {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Short code, e.g. PUPR, DISHUB, BUPATI. */
  @Index('uq_agencies_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  /** The head of the agency, told first when a case escalates. */
  @Column({ name: 'head_user_id', type: 'varchar', length: 36, nullable: true })
  headUserId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;
}
