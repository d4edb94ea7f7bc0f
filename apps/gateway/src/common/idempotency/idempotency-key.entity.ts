import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/column-types';

/** One row per (caller, Idempotency-Key): what the first request produced, replayed to its retries. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key: string;

  /** The route it was used on with its ids, e.g. `POST /api/babhar/pregnancies/<uuid>/postpartum-contacts`. */
  @Column({ type: 'varchar', length: 255 })
  scope: string;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'status_code', type: 'integer' })
  statusCode: number;

  @Column({ name: 'response_body', type: 'text' })
  responseBody: string;

  @CreatedAtColumn()
  createdAt: Date;
}
