import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

/**
 * An Open311 client (an app or another system) allowed to file requests and
 * updates with its API key. Only a SHA-256 of the key is stored; the key is
 * shown once, when the regency admin creates the client.
 */
@Entity('open311_clients')
export class Open311Client {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** SHA-256 (hex) of the API key. */
  @Index('uq_open311_clients_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  /**
   * The resident account (no NIK, no phone, no password anyone knows) that
   * stands as reporter of the requests this client files on people's behalf.
   */
  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  /** The regency admin who created it. */
  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
