import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL only (storage, not schema): outbox pages keep 30 % free so that a dispatcher's claim
 * (locked_by, locked_until: columns no index holds) is a HOT update, written on the same page with
 * no new entry in the primary key or the due index. Without room every claim wrote both indexes
 * again, and the due index's pending range collected two dead entries per message for the next
 * claims to step over until VACUUM came by.
 */
export class OutboxHotClaims1795960000000 implements MigrationInterface {
  name = 'OutboxHotClaims1795960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_messages" SET (fillfactor = 70)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_messages" RESET (fillfactor)');
  }
}
