import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../../database/column-types';

/** The P4K birth plan of a pregnancy (one per pregnancy, replaced when edited), encrypted. */
@Entity('babhar_birth_plans')
export class BirthPlanRow {
  @PrimaryColumn({ name: 'pregnancy_id', type: 'varchar', length: 36 })
  pregnancyId: string;

  @Column({ name: 'data_enc', type: 'text' })
  dataEnc: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
