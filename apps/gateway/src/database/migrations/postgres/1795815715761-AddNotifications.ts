import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795815715761 implements MigrationInterface {
  name = 'AddNotifications1795815715761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "kind" character varying(64) NOT NULL, "title_id" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "body_id" text NOT NULL, "body_en" text NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_messages" ("id" character varying(36) NOT NULL, "notification_id" character varying(36), "channel" character varying(16) NOT NULL, "recipient_user_id" character varying(36) NOT NULL, "payload" text NOT NULL, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" character varying(300), "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_messages_status_next" ON "outbox_messages"  ("status", "next_attempt_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_outbox_messages_status_next"');
    await queryRunner.query('DROP TABLE "outbox_messages"');
    await queryRunner.query('DROP INDEX "ix_notifications_user_created"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
