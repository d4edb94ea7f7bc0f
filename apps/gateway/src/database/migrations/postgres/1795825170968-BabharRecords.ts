import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BabharRecords1795825170968 implements MigrationInterface {
  name = 'BabharRecords1795825170968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "babhar_anc_contacts" ("id" character varying(36) NOT NULL, "pregnancy_id" character varying(36) NOT NULL, "date" character varying(10) NOT NULL, "provider" character varying(10) NOT NULL, "ultrasound" boolean NOT NULL DEFAULT false, "next_contact_date" character varying(10), "data_enc" text NOT NULL, "recorded_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecafc5667d259a89258280d4993" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_anc_contacts_pregnancy" ON "babhar_anc_contacts"  ("pregnancy_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_birth_plans" ("pregnancy_id" character varying(36) NOT NULL, "data_enc" text NOT NULL, "updated_by" character varying(36) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76bb534ddde6e731f7741bfbb69" PRIMARY KEY ("pregnancy_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_danger_sign_reports" ("id" character varying(36) NOT NULL, "pregnancy_id" character varying(36) NOT NULL, "period" character varying(12) NOT NULL, "data_enc" text NOT NULL, "reported_by" character varying(36) NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" character varying(36), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_93f2e8edf5e88f0451394aee0c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_danger_pregnancy" ON "babhar_danger_sign_reports"  ("pregnancy_id", "acknowledged_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_kspr_assessments" ("id" character varying(36) NOT NULL, "pregnancy_id" character varying(36) NOT NULL, "date" character varying(10) NOT NULL, "trimester" integer NOT NULL, "data_enc" text NOT NULL, "total" integer NOT NULL, "category" character varying(4) NOT NULL, "assessed_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37a5ed24548553641085f9c1325" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_kspr_pregnancy" ON "babhar_kspr_assessments"  ("pregnancy_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_mothers" ("id" character varying(36) NOT NULL, "nik_hash" character varying(64) NOT NULL, "nik_enc" text NOT NULL, "full_name" character varying(120) NOT NULL, "birth_date" character varying(10) NOT NULL, "phone_enc" text, "village_code" character varying(13) NOT NULL, "address" character varying(300) NOT NULL, "health_enc" text NOT NULL, "marriage_date" character varying(10), "resident_user_id" character varying(36), "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de388db94b732718d401a777a9b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_babhar_mothers_nik_hash" ON "babhar_mothers"  ("nik_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_mothers_village" ON "babhar_mothers"  ("village_code") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_babhar_mothers_resident" ON "babhar_mothers"  ("resident_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_outcomes" ("pregnancy_id" character varying(36) NOT NULL, "kind" character varying(12) NOT NULL, "date" character varying(10) NOT NULL, "facility_birth" boolean NOT NULL DEFAULT false, "data_enc" text NOT NULL, "recorded_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68082eaac7d2b5d0f55c61386a9" PRIMARY KEY ("pregnancy_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_postpartum_contacts" ("id" character varying(36) NOT NULL, "pregnancy_id" character varying(36) NOT NULL, "date" character varying(10) NOT NULL, "visit_code" character varying(4) NOT NULL, "data_enc" text NOT NULL, "recorded_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce219500c3233067a7db047b48a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_postpartum_pregnancy" ON "babhar_postpartum_contacts"  ("pregnancy_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_pregnancies" ("id" character varying(36) NOT NULL, "mother_id" character varying(36) NOT NULL, "hpht" character varying(10) NOT NULL, "hpl" character varying(10) NOT NULL, "hpl_280" character varying(10) NOT NULL, "usg_hpl" character varying(10), "gravida" integer NOT NULL, "para" integer NOT NULL, "abortus" integer NOT NULL, "last_birth_date" character varying(10), "bidan_id" character varying(36), "puskesmas_id" character varying(36) NOT NULL, "status" character varying(20) NOT NULL, "verification" character varying(10) NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" character varying(36), "kspr_total" integer, "kspr_category" character varying(4), "next_contact_date" character varying(10), "reminded_for" character varying(10), "closed_on" character varying(10), "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc6b99c6cccb6fcb790de5b6408" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_pregnancies_mother" ON "babhar_pregnancies"  ("mother_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_pregnancies_facility_status" ON "babhar_pregnancies"  ("puskesmas_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "babhar_referrals" ("id" character varying(36) NOT NULL, "pregnancy_id" character varying(36) NOT NULL, "date" character varying(10) NOT NULL, "data_enc" text NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0763c9ae932a8a6a31c2fc13d6d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_referrals_pregnancy" ON "babhar_referrals"  ("pregnancy_id") ',
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
