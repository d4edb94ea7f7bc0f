import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCases1795815986646 implements MigrationInterface {
  name = 'AddCases1795815986646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" character varying(36) NOT NULL, "tracking_code" character varying(16) NOT NULL, "service" character varying(8) NOT NULL, "category_id" character varying(36) NOT NULL, "status" character varying(24) NOT NULL, "title" character varying(150) NOT NULL, "description" text NOT NULL, "attributes" text NOT NULL DEFAULT \'{}\', "lat" double precision, "lng" double precision, "district_code" character varying(8), "village_code" character varying(13), "address" character varying(300), "road_status" character varying(12), "severity" character varying(8), "anonim" boolean NOT NULL DEFAULT false, "rahasia" boolean NOT NULL DEFAULT false, "reporter_id" character varying(36) NOT NULL, "agency_id" character varying(36) NOT NULL, "assignee_id" character varying(36), "priority" integer NOT NULL DEFAULT \'3\', "duplicate_of_id" character varying(36), "reopen_count" integer NOT NULL DEFAULT \'0\', "budget_year" integer, "responsible_body" character varying(200), "rating" integer, "supporter_count" integer NOT NULL DEFAULT \'0\', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "routed_at" TIMESTAMP WITH TIME ZONE, "first_response_at" TIMESTAMP WITH TIME ZONE, "promised_by" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "overdue" boolean NOT NULL DEFAULT false, "escalation_level" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cases_tracking_code" ON "cases"  ("tracking_code") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_category_point" ON "cases"  ("category_id", "lat", "lng") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_received" ON "cases"  ("received_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_reporter" ON "cases"  ("reporter_id") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_due" ON "cases"  ("agency_id", "due_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_status" ON "cases"  ("agency_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "case_events" ("id" SERIAL NOT NULL, "case_id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "is_public" boolean NOT NULL, "actor_id" character varying(36), "actor_role" character varying(20) NOT NULL, "from_status" character varying(24), "to_status" character varying(24), "message" text, "data" text NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_case_events_case" ON "case_events"  ("case_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "case_photos" ("upload_id" character varying(36) NOT NULL, "case_id" character varying(36) NOT NULL, "event_id" integer, "role" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a633098eb5c45de3da914b8c04c" PRIMARY KEY ("upload_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_case_photos_case" ON "case_photos"  ("case_id") ');
    await queryRunner.query(
      'CREATE TABLE "holidays" ("date" character varying(10) NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(160) NOT NULL, CONSTRAINT "PK_40dfddee0c0d7125c767d8962b1" PRIMARY KEY ("date"))',
    );
    await queryRunner.query(
      'CREATE TABLE "response_templates" ("id" character varying(36) NOT NULL, "agency_id" character varying(36) NOT NULL, "title" character varying(120) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf84e82d3462acca76ede25948d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_response_templates_agency" ON "response_templates"  ("agency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "routing_rules" ("id" character varying(36) NOT NULL, "category_id" character varying(36) NOT NULL, "district_code" character varying(8) NOT NULL DEFAULT \'\', "agency_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b744c5cc71053ea4d3fc8a860c2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_routing_rules_category_district" ON "routing_rules"  ("category_id", "district_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_supporters" ("case_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce0654a2c38cff4ca55fe224c4b" PRIMARY KEY ("case_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("user_id" character varying(36) NOT NULL, "key" character varying(128) NOT NULL, "scope" character varying(80) NOT NULL, "request_hash" character varying(64) NOT NULL, "status_code" integer NOT NULL, "response_body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "uploads" ("id" character varying(36) NOT NULL, "owner_id" character varying(36) NOT NULL, "mime" character varying(32) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "bytes" integer NOT NULL, "claimed_by" character varying(64), "is_public" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1781d1eedd7459314f60f39bd3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_uploads_owner" ON "uploads"  ("owner_id") ');
    await queryRunner.query('ALTER TABLE "agencies" ADD "head_user_id" character varying(36)');
    await queryRunner.query('ALTER TABLE "categories" ADD "attributes" text NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "categories" ADD "sla" text NOT NULL DEFAULT \'{}\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "categories" DROP COLUMN "sla"');
    await queryRunner.query('ALTER TABLE "categories" DROP COLUMN "attributes"');
    await queryRunner.query('ALTER TABLE "agencies" DROP COLUMN "head_user_id"');
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
