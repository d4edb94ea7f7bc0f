import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../../database/column-types';

/** A photo as stored: re-encoded, EXIF removed. Owned by its uploader until a case claims it. */
@Entity('uploads')
@Index('ix_uploads_owner', ['ownerId'])
export class Upload {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  /** image/jpeg or image/webp (what it was re-encoded to). */
  @Column({ type: 'varchar', length: 32 })
  mime: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ type: 'integer' })
  bytes: number;

  /** Set when a case (or another record) uses it; an unclaimed upload can be claimed once. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  /** Public photos (of a public case) are served to anyone; others only through a signed URL. */
  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  @CreatedAtColumn()
  createdAt: Date;
}
