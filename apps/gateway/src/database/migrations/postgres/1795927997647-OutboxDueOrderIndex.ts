import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxDueOrderIndex1795927997647 implements MigrationInterface {
  name = 'OutboxDueOrderIndex1795927997647';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_outbox_messages_status_next\"");
    await queryRunner.query("CREATE INDEX \"ix_outbox_messages_status_next\" ON \"outbox_messages\"  (\"status\", \"next_attempt_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_outbox_messages_status_next\"");
    await queryRunner.query("CREATE INDEX \"ix_outbox_messages_status_next\" ON \"outbox_messages\" USING btree (\"status\", \"next_attempt_at\") ");
  }
}
