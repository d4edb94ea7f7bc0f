import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackOfficeIndexesAndCategoryMix1795825060815 implements MigrationInterface {
  name = 'BackOfficeIndexesAndCategoryMix1795825060815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_categories_service_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "service" varchar(16) NOT NULL, "code" varchar(48) NOT NULL, "name_id" varchar(120) NOT NULL, "name_en" varchar(120) NOT NULL, "default_agency_id" varchar(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT (200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "attributes" text NOT NULL DEFAULT (\'[]\'), "sla" text NOT NULL DEFAULT (\'{}\'), "mix" varchar(16))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_categories"("id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at", "attributes", "sla") SELECT "id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at", "attributes", "sla" FROM "categories"',
    );
    await queryRunner.query('DROP TABLE "categories"');
    await queryRunner.query('ALTER TABLE "temporary_categories" RENAME TO "categories"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories" ("service", "code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_district_received" ON "cases" ("district_code", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_agency_received" ON "cases" ("agency_id", "received_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cases_agency_received"');
    await queryRunner.query('DROP INDEX "ix_cases_district_received"');
    await queryRunner.query('DROP INDEX "uq_categories_service_code"');
    await queryRunner.query('ALTER TABLE "categories" RENAME TO "temporary_categories"');
    await queryRunner.query(
      'CREATE TABLE "categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "service" varchar(16) NOT NULL, "code" varchar(48) NOT NULL, "name_id" varchar(120) NOT NULL, "name_en" varchar(120) NOT NULL, "default_agency_id" varchar(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT (200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "attributes" text NOT NULL DEFAULT (\'[]\'), "sla" text NOT NULL DEFAULT (\'{}\'))',
    );
    await queryRunner.query(
      'INSERT INTO "categories"("id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at", "attributes", "sla") SELECT "id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at", "attributes", "sla" FROM "temporary_categories"',
    );
    await queryRunner.query('DROP TABLE "temporary_categories"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories" ("service", "code") ',
    );
  }
}
