import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOpen3111795818767986 implements MigrationInterface {
  name = 'AddOpen3111795818767986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "open311_clients" ("id" character varying(36) NOT NULL, "name" character varying(80) NOT NULL, "key_hash" character varying(64) NOT NULL, "account_id" character varying(36) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_33b21078ec27d11a3aec027d57b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_open311_clients_key_hash" ON "open311_clients"  ("key_hash") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_open311_clients_key_hash"');
    await queryRunner.query('DROP TABLE "open311_clients"');
  }
}
