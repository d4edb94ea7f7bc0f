import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, TimestampColumn } from '../../../database/column-types';

/**
 * One row per refresh token ever issued. A family is one sign-in (session);
 * each refresh rotates to a new row of the same family. Presenting a rotated
 * token again revokes the whole family.
 */
@Entity('refresh_tokens')
@Index('ix_refresh_tokens_family', ['familyId'])
@Index('ix_refresh_tokens_user', ['userId'])
export class RefreshToken {
  /** The public part of the token. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: string;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** SHA-256 of the secret part. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @TimestampColumn({ name: 'expires_at' })
  expiresAt: Date;

  /** Set when this token was exchanged for the next one. */
  @TimestampColumn({ name: 'rotated_at', nullable: true })
  rotatedAt: Date | null;

  /** Set when the family was revoked (logout, reuse detected, account disabled). */
  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
