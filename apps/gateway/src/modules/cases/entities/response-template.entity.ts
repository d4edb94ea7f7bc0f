import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A ready answer an officer can start from (per agency). */
@Entity('response_templates')
@Index('ix_response_templates_agency', ['agencyId'])
export class ResponseTemplate {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @CreatedAtColumn()
  createdAt: Date;
}
