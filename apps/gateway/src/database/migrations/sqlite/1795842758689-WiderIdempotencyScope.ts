import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WiderIdempotencyScope1795842758689 implements MigrationInterface {
  name = 'WiderIdempotencyScope1795842758689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "temporary_idempotency_keys" ("user_id" varchar(36) NOT NULL, "key" varchar(128) NOT NULL, "scope" varchar(255) NOT NULL, "request_hash" varchar(64) NOT NULL, "status_code" integer NOT NULL, "response_body" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("user_id", "key"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_idempotency_keys"("user_id", "key", "scope", "request_hash", "status_code", "response_body", "created_at") SELECT "user_id", "key", "scope", "request_hash", "status_code", "response_body", "created_at" FROM "idempotency_keys"',
    );
    await queryRunner.query('DROP TABLE "idempotency_keys"');
    await queryRunner.query('ALTER TABLE "temporary_idempotency_keys" RENAME TO "idempotency_keys"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "idempotency_keys" RENAME TO "temporary_idempotency_keys"');
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("user_id" varchar(36) NOT NULL, "key" varchar(128) NOT NULL, "scope" varchar(80) NOT NULL, "request_hash" varchar(64) NOT NULL, "status_code" integer NOT NULL, "response_body" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("user_id", "key"))',
    );
    await queryRunner.query(
      'INSERT INTO "idempotency_keys"("user_id", "key", "scope", "request_hash", "status_code", "response_body", "created_at") SELECT "user_id", "key", "scope", "request_hash", "status_code", "response_body", "created_at" FROM "temporary_idempotency_keys"',
    );
    await queryRunner.query('DROP TABLE "temporary_idempotency_keys"');
  }
}
