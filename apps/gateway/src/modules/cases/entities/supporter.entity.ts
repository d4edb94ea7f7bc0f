import { Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A resident who supports a case ("saya juga mengalami") and follows its updates. */
@Entity('case_supporters')
export class Supporter {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @CreatedAtColumn()
  createdAt: Date;
}
