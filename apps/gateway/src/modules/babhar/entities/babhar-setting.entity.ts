import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../../database/column-types';

/**
 * A regency setting of e-Babhar saved by the admin (docs/BABHAR.md, "Settings"): the crude birth rate,
 * the rules (clinical thresholds and ANC preset) or one desa's population. A setting without a row
 * takes its value from the environment (BABHAR_*), the default.
 */
@Entity('babhar_settings')
export class BabharSettingRow {
  /** `crude_birth_rate`, `rules` or `population:<desa code>` */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  /** The value as JSON. */
  @Column({ type: 'text' })
  value: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
