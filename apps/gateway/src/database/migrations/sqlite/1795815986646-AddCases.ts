import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCases1795815986646 implements MigrationInterface {
  name = 'AddCases1795815986646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" varchar(36) PRIMARY KEY NOT NULL, "tracking_code" varchar(16) NOT NULL, "service" varchar(8) NOT NULL, "category_id" varchar(36) NOT NULL, "status" varchar(24) NOT NULL, "title" varchar(150) NOT NULL, "description" text NOT NULL, "attributes" text NOT NULL DEFAULT (\'{}\'), "lat" double precision, "lng" double precision, "district_code" varchar(8), "village_code" varchar(13), "address" varchar(300), "road_status" varchar(12), "severity" varchar(8), "anonim" boolean NOT NULL DEFAULT (0), "rahasia" boolean NOT NULL DEFAULT (0), "reporter_id" varchar(36) NOT NULL, "agency_id" varchar(36) NOT NULL, "assignee_id" varchar(36), "priority" integer NOT NULL DEFAULT (3), "duplicate_of_id" varchar(36), "reopen_count" integer NOT NULL DEFAULT (0), "budget_year" integer, "responsible_body" varchar(200), "rating" integer, "supporter_count" integer NOT NULL DEFAULT (0), "received_at" datetime NOT NULL, "routed_at" datetime, "first_response_at" datetime, "promised_by" datetime, "resolved_at" datetime, "closed_at" datetime, "due_at" datetime, "overdue" boolean NOT NULL DEFAULT (0), "escalation_level" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cases_tracking_code" ON "cases" ("tracking_code") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_category_point" ON "cases" ("category_id", "lat", "lng") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_received" ON "cases" ("received_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_reporter" ON "cases" ("reporter_id") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_due" ON "cases" ("agency_id", "due_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_status" ON "cases" ("agency_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "case_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "case_id" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "is_public" boolean NOT NULL, "actor_id" varchar(36), "actor_role" varchar(20) NOT NULL, "from_status" varchar(24), "to_status" varchar(24), "message" text, "data" text NOT NULL DEFAULT (\'{}\'), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_case_events_case" ON "case_events" ("case_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "case_photos" ("upload_id" varchar(36) PRIMARY KEY NOT NULL, "case_id" varchar(36) NOT NULL, "event_id" integer, "role" varchar(12) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_case_photos_case" ON "case_photos" ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "holidays" ("date" varchar(10) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(160) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "response_templates" ("id" varchar(36) PRIMARY KEY NOT NULL, "agency_id" varchar(36) NOT NULL, "title" varchar(120) NOT NULL, "body" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_response_templates_agency" ON "response_templates" ("agency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "routing_rules" ("id" varchar(36) PRIMARY KEY NOT NULL, "category_id" varchar(36) NOT NULL, "district_code" varchar(8) NOT NULL DEFAULT (\'\'), "agency_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_routing_rules_category_district" ON "routing_rules" ("category_id", "district_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_supporters" ("case_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("case_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("user_id" varchar(36) NOT NULL, "key" varchar(128) NOT NULL, "scope" varchar(80) NOT NULL, "request_hash" varchar(64) NOT NULL, "status_code" integer NOT NULL, "response_body" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("user_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "uploads" ("id" varchar(36) PRIMARY KEY NOT NULL, "owner_id" varchar(36) NOT NULL, "mime" varchar(32) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "bytes" integer NOT NULL, "claimed_by" varchar(64), "is_public" boolean NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_uploads_owner" ON "uploads" ("owner_id") ');
    await queryRunner.query('DROP INDEX "uq_agencies_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_agencies" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(160) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "head_user_id" varchar(36))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agencies"("id", "code", "name", "active", "created_at") SELECT "id", "code", "name", "active", "created_at" FROM "agencies"',
    );
    await queryRunner.query('DROP TABLE "agencies"');
    await queryRunner.query('ALTER TABLE "temporary_agencies" RENAME TO "agencies"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies" ("code") ');
    await queryRunner.query('DROP INDEX "uq_categories_service_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "service" varchar(16) NOT NULL, "code" varchar(48) NOT NULL, "name_id" varchar(120) NOT NULL, "name_en" varchar(120) NOT NULL, "default_agency_id" varchar(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT (200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "attributes" text NOT NULL DEFAULT (\'[]\'), "sla" text NOT NULL DEFAULT (\'{}\'))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_categories"("id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at") SELECT "id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at" FROM "categories"',
    );
    await queryRunner.query('DROP TABLE "categories"');
    await queryRunner.query('ALTER TABLE "temporary_categories" RENAME TO "categories"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories" ("service", "code") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_categories_service_code"');
    await queryRunner.query('ALTER TABLE "categories" RENAME TO "temporary_categories"');
    await queryRunner.query(
      'CREATE TABLE "categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "service" varchar(16) NOT NULL, "code" varchar(48) NOT NULL, "name_id" varchar(120) NOT NULL, "name_en" varchar(120) NOT NULL, "default_agency_id" varchar(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT (200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "categories"("id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at") SELECT "id", "service", "code", "name_id", "name_en", "default_agency_id", "duplicate_radius_m", "active", "created_at" FROM "temporary_categories"',
    );
    await queryRunner.query('DROP TABLE "temporary_categories"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories" ("service", "code") ',
    );
    await queryRunner.query('DROP INDEX "uq_agencies_code"');
    await queryRunner.query('ALTER TABLE "agencies" RENAME TO "temporary_agencies"');
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(160) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "agencies"("id", "code", "name", "active", "created_at") SELECT "id", "code", "name", "active", "created_at" FROM "temporary_agencies"',
    );
    await queryRunner.query('DROP TABLE "temporary_agencies"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies" ("code") ');
    await queryRunner.query('DROP INDEX "ix_uploads_owner"');
    await queryRunner.query('DROP TABLE "uploads"');
    await queryRunner.query('DROP TABLE "idempotency_keys"');
    await queryRunner.query('DROP TABLE "case_supporters"');
    await queryRunner.query('DROP INDEX "uq_routing_rules_category_district"');
    await queryRunner.query('DROP TABLE "routing_rules"');
    await queryRunner.query('DROP INDEX "ix_response_templates_agency"');
    await queryRunner.query('DROP TABLE "response_templates"');
    await queryRunner.query('DROP TABLE "holidays"');
    await queryRunner.query('DROP INDEX "ix_case_photos_case"');
    await queryRunner.query('DROP TABLE "case_photos"');
    await queryRunner.query('DROP INDEX "ix_case_events_case"');
    await queryRunner.query('DROP TABLE "case_events"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_status"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_due"');
    await queryRunner.query('DROP INDEX "ix_cases_reporter"');
    await queryRunner.query('DROP INDEX "ix_cases_received"');
    await queryRunner.query('DROP INDEX "ix_cases_category_point"');
    await queryRunner.query('DROP INDEX "uq_cases_tracking_code"');
    await queryRunner.query('DROP TABLE "cases"');
  }
}
