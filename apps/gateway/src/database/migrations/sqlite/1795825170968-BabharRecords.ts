import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BabharRecords1795825170968 implements MigrationInterface {
  name = 'BabharRecords1795825170968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "babhar_anc_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "pregnancy_id" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "provider" varchar(10) NOT NULL, "ultrasound" boolean NOT NULL DEFAULT (0), "next_contact_date" varchar(10), "data_enc" text NOT NULL, "recorded_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_anc_contacts_pregnancy" ON "babhar_anc_contacts" ("pregnancy_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_birth_plans" ("pregnancy_id" varchar(36) PRIMARY KEY NOT NULL, "data_enc" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_danger_sign_reports" ("id" varchar(36) PRIMARY KEY NOT NULL, "pregnancy_id" varchar(36) NOT NULL, "period" varchar(12) NOT NULL, "data_enc" text NOT NULL, "reported_by" varchar(36) NOT NULL, "acknowledged_at" datetime, "acknowledged_by" varchar(36), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_danger_pregnancy" ON "babhar_danger_sign_reports" ("pregnancy_id", "acknowledged_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_kspr_assessments" ("id" varchar(36) PRIMARY KEY NOT NULL, "pregnancy_id" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "trimester" integer NOT NULL, "data_enc" text NOT NULL, "total" integer NOT NULL, "category" varchar(4) NOT NULL, "assessed_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_kspr_pregnancy" ON "babhar_kspr_assessments" ("pregnancy_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_mothers" ("id" varchar(36) PRIMARY KEY NOT NULL, "nik_hash" varchar(64) NOT NULL, "nik_enc" text NOT NULL, "full_name" varchar(120) NOT NULL, "birth_date" varchar(10) NOT NULL, "phone_enc" text, "village_code" varchar(13) NOT NULL, "address" varchar(300) NOT NULL, "health_enc" text NOT NULL, "marriage_date" varchar(10), "resident_user_id" varchar(36), "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_babhar_mothers_nik_hash" ON "babhar_mothers" ("nik_hash") ',
    );
    await queryRunner.query('CREATE INDEX "ix_babhar_mothers_village" ON "babhar_mothers" ("village_code") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_babhar_mothers_resident" ON "babhar_mothers" ("resident_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_outcomes" ("pregnancy_id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(12) NOT NULL, "date" varchar(10) NOT NULL, "facility_birth" boolean NOT NULL DEFAULT (0), "data_enc" text NOT NULL, "recorded_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_postpartum_contacts" ("id" varchar(36) PRIMARY KEY NOT NULL, "pregnancy_id" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "visit_code" varchar(4) NOT NULL, "data_enc" text NOT NULL, "recorded_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_postpartum_pregnancy" ON "babhar_postpartum_contacts" ("pregnancy_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_pregnancies" ("id" varchar(36) PRIMARY KEY NOT NULL, "mother_id" varchar(36) NOT NULL, "hpht" varchar(10) NOT NULL, "hpl" varchar(10) NOT NULL, "hpl_280" varchar(10) NOT NULL, "usg_hpl" varchar(10), "gravida" integer NOT NULL, "para" integer NOT NULL, "abortus" integer NOT NULL, "last_birth_date" varchar(10), "bidan_id" varchar(36), "puskesmas_id" varchar(36) NOT NULL, "status" varchar(20) NOT NULL, "verification" varchar(10) NOT NULL, "verified_at" datetime, "verified_by" varchar(36), "kspr_total" integer, "kspr_category" varchar(4), "next_contact_date" varchar(10), "reminded_for" varchar(10), "closed_on" varchar(10), "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_pregnancies_mother" ON "babhar_pregnancies" ("mother_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_pregnancies_facility_status" ON "babhar_pregnancies" ("puskesmas_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_referrals" ("id" varchar(36) PRIMARY KEY NOT NULL, "pregnancy_id" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "data_enc" text NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_referrals_pregnancy" ON "babhar_referrals" ("pregnancy_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_babhar_referrals_pregnancy"');
    await queryRunner.query('DROP TABLE "babhar_referrals"');
    await queryRunner.query('DROP INDEX "ix_babhar_pregnancies_facility_status"');
    await queryRunner.query('DROP INDEX "ix_babhar_pregnancies_mother"');
    await queryRunner.query('DROP TABLE "babhar_pregnancies"');
    await queryRunner.query('DROP INDEX "ix_babhar_postpartum_pregnancy"');
    await queryRunner.query('DROP TABLE "babhar_postpartum_contacts"');
    await queryRunner.query('DROP TABLE "babhar_outcomes"');
    await queryRunner.query('DROP INDEX "uq_babhar_mothers_resident"');
    await queryRunner.query('DROP INDEX "ix_babhar_mothers_village"');
    await queryRunner.query('DROP INDEX "uq_babhar_mothers_nik_hash"');
    await queryRunner.query('DROP TABLE "babhar_mothers"');
    await queryRunner.query('DROP INDEX "ix_babhar_kspr_pregnancy"');
    await queryRunner.query('DROP TABLE "babhar_kspr_assessments"');
    await queryRunner.query('DROP INDEX "ix_babhar_danger_pregnancy"');
    await queryRunner.query('DROP TABLE "babhar_danger_sign_reports"');
    await queryRunner.query('DROP TABLE "babhar_birth_plans"');
    await queryRunner.query('DROP INDEX "ix_babhar_anc_contacts_pregnancy"');
    await queryRunner.query('DROP TABLE "babhar_anc_contacts"');
  }
}
