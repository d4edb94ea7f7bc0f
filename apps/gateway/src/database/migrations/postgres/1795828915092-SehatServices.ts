import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatServices1795828915092 implements MigrationInterface {
  name = 'SehatServices1795828915092';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "booking_days" ("facility_id" character varying(36) NOT NULL, "polyclinic" character varying(16) NOT NULL, "date" character varying(10) NOT NULL, "quota" integer NOT NULL, "quota_set" boolean NOT NULL DEFAULT false, "issued" integer NOT NULL DEFAULT \'0\', "held" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_f2560decaa009e5c42b6fce21fd" PRIMARY KEY ("facility_id", "polyclinic", "date"))',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_messages" ("id" character varying(36) NOT NULL, "consultation_id" character varying(36) NOT NULL, "author_id" character varying(36) NOT NULL, "author_role" character varying(16) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2466d945eb87e1c8a1b36ade9ca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_messages_consultation" ON "consultation_messages"  ("consultation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultations" ("id" character varying(36) NOT NULL, "resident_id" character varying(36) NOT NULL, "facility_id" character varying(36), "subject" character varying(150) NOT NULL, "status" character varying(10) NOT NULL, "first_answer_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultations_facility_status" ON "consultations"  ("facility_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_consultations_resident" ON "consultations"  ("resident_id") ');
    await queryRunner.query(
      'CREATE TABLE "bookings" ("id" character varying(36) NOT NULL, "facility_id" character varying(36) NOT NULL, "polyclinic" character varying(16) NOT NULL, "date" character varying(10) NOT NULL, "queue_number" integer NOT NULL, "resident_id" character varying(36) NOT NULL, "status" character varying(12) NOT NULL, "active_key" character varying(140), "called_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_bookings_active_key" ON "bookings"  ("active_key") ');
    await queryRunner.query('CREATE INDEX "ix_bookings_resident" ON "bookings"  ("resident_id", "date") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_bookings_queue_number" ON "bookings"  ("facility_id", "polyclinic", "date", "queue_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "polyclinic_quotas" ("facility_id" character varying(36) NOT NULL, "polyclinic" character varying(16) NOT NULL, "daily_quota" integer NOT NULL, CONSTRAINT "PK_4b31fbf38327b284fe322134a00" PRIMARY KEY ("facility_id", "polyclinic"))',
    );
    await queryRunner.query(
      'CREATE TABLE "transport_requests" ("id" character varying(36) NOT NULL, "requester_id" character varying(36) NOT NULL, "patient_name" character varying(120) NOT NULL, "phone_enc" text NOT NULL, "lat" double precision, "lng" double precision, "village_code" character varying(13), "address" character varying(300), "destination_facility_id" character varying(36) NOT NULL, "urgency" character varying(8) NOT NULL, "pregnant" boolean NOT NULL DEFAULT false, "hpl" character varying(10), "kspr_category" character varying(4), "danger_sign" boolean NOT NULL DEFAULT false, "pregnancy_id" character varying(36), "notes" character varying(1000), "status" character varying(12) NOT NULL, "status_reason" character varying(500), "vehicle_id" character varying(36), "dispatcher_id" character varying(36), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE, "on_the_way_at" TIMESTAMP WITH TIME ZONE, "picked_up_at" TIMESTAMP WITH TIME ZONE, "arrived_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3e60649fd6fd225d4a20fa10cee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_transport_requests_requester" ON "transport_requests"  ("requester_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_transport_requests_status" ON "transport_requests"  ("status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "transport_vehicles" ("id" character varying(36) NOT NULL, "plate" character varying(16) NOT NULL, "label" character varying(80) NOT NULL, "village_code" character varying(13) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "state" character varying(12) NOT NULL, "current_request_id" character varying(36), "driver_phone_enc" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0976841dd3c11f363a16faf1a44" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_transport_vehicles_plate" ON "transport_vehicles"  ("plate") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_transport_vehicles_request" ON "transport_vehicles"  ("current_request_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_transport_vehicles_state" ON "transport_vehicles"  ("state") ');
    await queryRunner.query('ALTER TABLE "cases" ADD "facility_id" character varying(36)');
    await queryRunner.query('ALTER TABLE "facilities" ADD "phone" character varying(24)');
    await queryRunner.query('ALTER TABLE "facilities" ADD "polyclinics" text NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "facilities" ADD "services" text NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "facilities" ADD "opening_hours" text NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "facilities" ADD "bookable" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "facilities" ADD "service_starts_at" character varying(5) NOT NULL DEFAULT \'07:30\'',
    );
    await queryRunner.query(
      'ALTER TABLE "facilities" ADD "minutes_per_patient" integer NOT NULL DEFAULT \'10\'',
    );
    await queryRunner.query('ALTER TABLE "facilities" ADD "dispatch_centre" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "facilities" ADD "active" boolean NOT NULL DEFAULT true');
    await queryRunner.query(
      'ALTER TABLE "facilities" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "updated_at"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "active"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "dispatch_centre"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "minutes_per_patient"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "service_starts_at"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "bookable"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "opening_hours"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "services"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "polyclinics"');
    await queryRunner.query('ALTER TABLE "facilities" DROP COLUMN "phone"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "facility_id"');
    await queryRunner.query('DROP INDEX "ix_transport_vehicles_state"');
    await queryRunner.query('DROP INDEX "uq_transport_vehicles_request"');
    await queryRunner.query('DROP INDEX "uq_transport_vehicles_plate"');
    await queryRunner.query('DROP TABLE "transport_vehicles"');
    await queryRunner.query('DROP INDEX "ix_transport_requests_status"');
    await queryRunner.query('DROP INDEX "ix_transport_requests_requester"');
    await queryRunner.query('DROP TABLE "transport_requests"');
    await queryRunner.query('DROP TABLE "polyclinic_quotas"');
    await queryRunner.query('DROP INDEX "uq_bookings_queue_number"');
    await queryRunner.query('DROP INDEX "ix_bookings_resident"');
    await queryRunner.query('DROP INDEX "uq_bookings_active_key"');
    await queryRunner.query('DROP TABLE "bookings"');
    await queryRunner.query('DROP INDEX "ix_consultations_resident"');
    await queryRunner.query('DROP INDEX "ix_consultations_facility_status"');
    await queryRunner.query('DROP TABLE "consultations"');
    await queryRunner.query('DROP INDEX "ix_consultation_messages_consultation"');
    await queryRunner.query('DROP TABLE "consultation_messages"');
    await queryRunner.query('DROP TABLE "booking_days"');
  }
}
