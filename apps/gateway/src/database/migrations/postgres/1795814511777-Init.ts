import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795814511777 implements MigrationInterface {
  name = 'Init1795814511777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" character varying(36) NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(160) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "categories" ("id" character varying(36) NOT NULL, "service" character varying(16) NOT NULL, "code" character varying(48) NOT NULL, "name_id" character varying(120) NOT NULL, "name_en" character varying(120) NOT NULL, "default_agency_id" character varying(36) NOT NULL, "duplicate_radius_m" integer NOT NULL DEFAULT \'200\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_categories_service_code" ON "categories"  ("service", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "actor_id" character varying(36), "actor_role" character varying(20), "action" character varying(64) NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_id" character varying(64) NOT NULL, "reason" character varying(500), "request_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_created" ON "audit_log"  ("created_at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_subject" ON "audit_log"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" character varying(16) NOT NULL, "family_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "secret_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens"  ("user_id") ');
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" character varying(36) NOT NULL, "role" character varying(20) NOT NULL, "username" character varying(32), "nik_hash" character varying(64), "nik_enc" text, "phone_enc" text, "full_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "agency_id" character varying(36), "facility_id" character varying(36), "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" character varying(36), "failed_logins" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_nik_hash" ON "users"  ("nik_hash") ');
    await queryRunner.query(
      'CREATE TABLE "facilities" ("id" character varying(36) NOT NULL, "code" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(160) NOT NULL, "district_code" character varying(8) NOT NULL, "village_code" character varying(13), "address" character varying(255), "lat" double precision, "lng" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e6c685b2e1195e6d6394a22bc7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_facilities_code" ON "facilities"  ("code") ');
    await queryRunner.query('CREATE INDEX "ix_facilities_district" ON "facilities"  ("district_code") ');
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
