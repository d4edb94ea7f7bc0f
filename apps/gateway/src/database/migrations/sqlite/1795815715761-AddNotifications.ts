import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795815715761 implements MigrationInterface {
  name = 'AddNotifications1795815715761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "kind" varchar(64) NOT NULL, "title_id" varchar(200) NOT NULL, "title_en" varchar(200) NOT NULL, "body_id" text NOT NULL, "body_en" text NOT NULL, "link" varchar(300), "read_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "notification_id" varchar(36), "channel" varchar(16) NOT NULL, "recipient_user_id" varchar(36) NOT NULL, "payload" text NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime NOT NULL, "last_error" varchar(300), "locked_until" datetime, "locked_by" varchar(64), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "sent_at" datetime)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_messages_status_next" ON "outbox_messages" ("status", "next_attempt_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_outbox_messages_status_next"');
    await queryRunner.query('DROP TABLE "outbox_messages"');
    await queryRunner.query('DROP INDEX "ix_notifications_user_created"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
