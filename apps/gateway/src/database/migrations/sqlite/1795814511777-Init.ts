import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795814511777 implements MigrationInterface {
  name = 'Init1795814511777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(160) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "service" varchar(16) NOT NULL, "code" varchar(48) NOT NULL, "name_id" varchar(120) NOT NULL, "name_en" varchar(120) NOT NULL, "default_agency_id" varchar(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT (200), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories" ("service", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actor_id" varchar(36), "actor_role" varchar(20), "action" varchar(64) NOT NULL, "subject_type" varchar(32) NOT NULL, "subject_id" varchar(64) NOT NULL, "reason" varchar(500), "request_id" varchar(64), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_created" ON "audit_log" ("created_at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_subject" ON "audit_log" ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" varchar(16) PRIMARY KEY NOT NULL, "family_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "secret_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "rotated_at" datetime, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("user_id") ');
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "role" varchar(20) NOT NULL, "username" varchar(32), "nik_hash" varchar(64), "nik_enc" text, "phone_enc" text, "full_name" varchar(120) NOT NULL, "password_hash" varchar(255) NOT NULL, "agency_id" varchar(36), "facility_id" varchar(36), "verified_at" datetime, "verified_by" varchar(36), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" datetime, "disabled_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_nik_hash" ON "users" ("nik_hash") ');
    await queryRunner.query(
      'CREATE TABLE "facilities" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(160) NOT NULL, "district_code" varchar(8) NOT NULL, "village_code" varchar(13), "address" varchar(255), "lat" double precision, "lng" double precision, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_facilities_code" ON "facilities" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_facilities_district" ON "facilities" ("district_code") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_facilities_district"');
    await queryRunner.query('DROP INDEX "uq_facilities_code"');
    await queryRunner.query('DROP TABLE "facilities"');
    await queryRunner.query('DROP INDEX "uq_users_nik_hash"');
    await queryRunner.query('DROP INDEX "uq_users_username"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "ix_refresh_tokens_family"');
    await queryRunner.query('DROP INDEX "ix_refresh_tokens_user"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "ix_audit_log_subject"');
    await queryRunner.query('DROP INDEX "ix_audit_log_actor"');
    await queryRunner.query('DROP INDEX "ix_audit_log_created"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "uq_categories_service_code"');
    await queryRunner.query('DROP TABLE "categories"');
    await queryRunner.query('DROP INDEX "uq_agencies_code"');
    await queryRunner.query('DROP TABLE "agencies"');
  }
}
