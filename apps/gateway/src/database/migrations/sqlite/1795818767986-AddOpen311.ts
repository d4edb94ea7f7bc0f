import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOpen3111795818767986 implements MigrationInterface {
  name = 'AddOpen3111795818767986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "open311_clients" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(80) NOT NULL, "key_hash" varchar(64) NOT NULL, "account_id" varchar(36) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "revoked_at" datetime)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_open311_clients_key_hash" ON "open311_clients" ("key_hash") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_open311_clients_key_hash"');
    await queryRunner.query('DROP TABLE "open311_clients"');
  }
}
