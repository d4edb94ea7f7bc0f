import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatServices1795828915092 implements MigrationInterface {
  name = 'SehatServices1795828915092';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "booking_days" ("facility_id" varchar(36) NOT NULL, "polyclinic" varchar(16) NOT NULL, "date" varchar(10) NOT NULL, "quota" integer NOT NULL, "quota_set" boolean NOT NULL DEFAULT (0), "issued" integer NOT NULL DEFAULT (0), "held" integer NOT NULL DEFAULT (0), PRIMARY KEY ("facility_id", "polyclinic", "date"))',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "consultation_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "author_role" varchar(16) NOT NULL, "body" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_messages_consultation" ON "consultation_messages" ("consultation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultations" ("id" varchar(36) PRIMARY KEY NOT NULL, "resident_id" varchar(36) NOT NULL, "facility_id" varchar(36), "subject" varchar(150) NOT NULL, "status" varchar(10) NOT NULL, "first_answer_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultations_facility_status" ON "consultations" ("facility_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_consultations_resident" ON "consultations" ("resident_id") ');
    await queryRunner.query(
      'CREATE TABLE "bookings" ("id" varchar(36) PRIMARY KEY NOT NULL, "facility_id" varchar(36) NOT NULL, "polyclinic" varchar(16) NOT NULL, "date" varchar(10) NOT NULL, "queue_number" integer NOT NULL, "resident_id" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "active_key" varchar(140), "called_at" datetime, "finished_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_bookings_active_key" ON "bookings" ("active_key") ');
    await queryRunner.query('CREATE INDEX "ix_bookings_resident" ON "bookings" ("resident_id", "date") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_bookings_queue_number" ON "bookings" ("facility_id", "polyclinic", "date", "queue_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "polyclinic_quotas" ("facility_id" varchar(36) NOT NULL, "polyclinic" varchar(16) NOT NULL, "daily_quota" integer NOT NULL, PRIMARY KEY ("facility_id", "polyclinic"))',
    );
    await queryRunner.query(
      'CREATE TABLE "transport_requests" ("id" varchar(36) PRIMARY KEY NOT NULL, "requester_id" varchar(36) NOT NULL, "patient_name" varchar(120) NOT NULL, "phone_enc" text NOT NULL, "lat" double precision, "lng" double precision, "village_code" varchar(13), "address" varchar(300), "destination_facility_id" varchar(36) NOT NULL, "urgency" varchar(8) NOT NULL, "pregnant" boolean NOT NULL DEFAULT (0), "hpl" varchar(10), "kspr_category" varchar(4), "danger_sign" boolean NOT NULL DEFAULT (0), "pregnancy_id" varchar(36), "notes" varchar(1000), "status" varchar(12) NOT NULL, "status_reason" varchar(500), "vehicle_id" varchar(36), "dispatcher_id" varchar(36), "requested_at" datetime NOT NULL, "assigned_at" datetime, "on_the_way_at" datetime, "picked_up_at" datetime, "arrived_at" datetime, "closed_at" datetime, "updated_at" datetime NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_transport_requests_requester" ON "transport_requests" ("requester_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_transport_requests_status" ON "transport_requests" ("status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "transport_vehicles" ("id" varchar(36) PRIMARY KEY NOT NULL, "plate" varchar(16) NOT NULL, "label" varchar(80) NOT NULL, "village_code" varchar(13) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "state" varchar(12) NOT NULL, "current_request_id" varchar(36), "driver_phone_enc" text, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_transport_vehicles_plate" ON "transport_vehicles" ("plate") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_transport_vehicles_request" ON "transport_vehicles" ("current_request_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_transport_vehicles_state" ON "transport_vehicles" ("state") ');
    await queryRunner.query('DROP INDEX "ix_cases_received_id"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_received"');
    await queryRunner.query('DROP INDEX "ix_cases_district_received"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_status"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_due"');
    await queryRunner.query('DROP INDEX "ix_cases_reporter"');
    await queryRunner.query('DROP INDEX "ix_cases_received"');
    await queryRunner.query('DROP INDEX "ix_cases_category_point"');
    await queryRunner.query('DROP INDEX "uq_cases_tracking_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_cases" ("id" varchar(36) PRIMARY KEY NOT NULL, "tracking_code" varchar(16) NOT NULL, "service" varchar(8) NOT NULL, "category_id" varchar(36) NOT NULL, "status" varchar(24) NOT NULL, "title" varchar(150) NOT NULL, "description" text NOT NULL, "attributes" text NOT NULL DEFAULT (\'{}\'), "lat" double precision, "lng" double precision, "district_code" varchar(8), "village_code" varchar(13), "address" varchar(300), "road_status" varchar(12), "severity" varchar(8), "anonim" boolean NOT NULL DEFAULT (0), "rahasia" boolean NOT NULL DEFAULT (0), "reporter_id" varchar(36) NOT NULL, "agency_id" varchar(36) NOT NULL, "assignee_id" varchar(36), "priority" integer NOT NULL DEFAULT (3), "duplicate_of_id" varchar(36), "reopen_count" integer NOT NULL DEFAULT (0), "budget_year" integer, "responsible_body" varchar(200), "rating" integer, "supporter_count" integer NOT NULL DEFAULT (0), "received_at" datetime NOT NULL, "routed_at" datetime, "first_response_at" datetime, "promised_by" datetime, "resolved_at" datetime, "closed_at" datetime, "due_at" datetime, "overdue" boolean NOT NULL DEFAULT (0), "escalation_level" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "facility_id" varchar(36))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_cases"("id", "tracking_code", "service", "category_id", "status", "title", "description", "attributes", "lat", "lng", "district_code", "village_code", "address", "road_status", "severity", "anonim", "rahasia", "reporter_id", "agency_id", "assignee_id", "priority", "duplicate_of_id", "reopen_count", "budget_year", "responsible_body", "rating", "supporter_count", "received_at", "routed_at", "first_response_at", "promised_by", "resolved_at", "closed_at", "due_at", "overdue", "escalation_level", "created_at", "updated_at") SELECT "id", "tracking_code", "service", "category_id", "status", "title", "description", "attributes", "lat", "lng", "district_code", "village_code", "address", "road_status", "severity", "anonim", "rahasia", "reporter_id", "agency_id", "assignee_id", "priority", "duplicate_of_id", "reopen_count", "budget_year", "responsible_body", "rating", "supporter_count", "received_at", "routed_at", "first_response_at", "promised_by", "resolved_at", "closed_at", "due_at", "overdue", "escalation_level", "created_at", "updated_at" FROM "cases"',
    );
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('ALTER TABLE "temporary_cases" RENAME TO "cases"');
    await queryRunner.query('CREATE INDEX "ix_cases_received_id" ON "cases" ("received_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_agency_received" ON "cases" ("agency_id", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_district_received" ON "cases" ("district_code", "received_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_agency_status" ON "cases" ("agency_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_due" ON "cases" ("agency_id", "due_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_reporter" ON "cases" ("reporter_id") ');
    await queryRunner.query('CREATE INDEX "ix_cases_received" ON "cases" ("received_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_category_point" ON "cases" ("category_id", "lat", "lng") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cases_tracking_code" ON "cases" ("tracking_code") ');
    await queryRunner.query('DROP INDEX "ix_facilities_district"');
    await queryRunner.query('DROP INDEX "uq_facilities_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_facilities" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(160) NOT NULL, "district_code" varchar(8) NOT NULL, "village_code" varchar(13), "address" varchar(255), "lat" double precision, "lng" double precision, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "phone" varchar(24), "polyclinics" text NOT NULL DEFAULT (\'[]\'), "services" text NOT NULL DEFAULT (\'[]\'), "opening_hours" text NOT NULL DEFAULT (\'[]\'), "bookable" boolean NOT NULL DEFAULT (0), "service_starts_at" varchar(5) NOT NULL DEFAULT (\'07:30\'), "minutes_per_patient" integer NOT NULL DEFAULT (10), "dispatch_centre" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_facilities"("id", "code", "kind", "name", "district_code", "village_code", "address", "lat", "lng", "created_at") SELECT "id", "code", "kind", "name", "district_code", "village_code", "address", "lat", "lng", "created_at" FROM "facilities"',
    );
    await queryRunner.query('DROP TABLE "facilities"');
    await queryRunner.query('ALTER TABLE "temporary_facilities" RENAME TO "facilities"');
    await queryRunner.query('CREATE INDEX "ix_facilities_district" ON "facilities" ("district_code") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_facilities_code" ON "facilities" ("code") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_facilities_code"');
    await queryRunner.query('DROP INDEX "ix_facilities_district"');
    await queryRunner.query('ALTER TABLE "facilities" RENAME TO "temporary_facilities"');
    await queryRunner.query(
      'CREATE TABLE "facilities" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(160) NOT NULL, "district_code" varchar(8) NOT NULL, "village_code" varchar(13), "address" varchar(255), "lat" double precision, "lng" double precision, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "facilities"("id", "code", "kind", "name", "district_code", "village_code", "address", "lat", "lng", "created_at") SELECT "id", "code", "kind", "name", "district_code", "village_code", "address", "lat", "lng", "created_at" FROM "temporary_facilities"',
    );
    await queryRunner.query('DROP TABLE "temporary_facilities"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_facilities_code" ON "facilities" ("code") ');
    await queryRunner.query('CREATE INDEX "ix_facilities_district" ON "facilities" ("district_code") ');
    await queryRunner.query('DROP INDEX "uq_cases_tracking_code"');
    await queryRunner.query('DROP INDEX "ix_cases_category_point"');
    await queryRunner.query('DROP INDEX "ix_cases_received"');
    await queryRunner.query('DROP INDEX "ix_cases_reporter"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_due"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_status"');
    await queryRunner.query('DROP INDEX "ix_cases_district_received"');
    await queryRunner.query('DROP INDEX "ix_cases_agency_received"');
    await queryRunner.query('DROP INDEX "ix_cases_received_id"');
    await queryRunner.query('ALTER TABLE "cases" RENAME TO "temporary_cases"');
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" varchar(36) PRIMARY KEY NOT NULL, "tracking_code" varchar(16) NOT NULL, "service" varchar(8) NOT NULL, "category_id" varchar(36) NOT NULL, "status" varchar(24) NOT NULL, "title" varchar(150) NOT NULL, "description" text NOT NULL, "attributes" text NOT NULL DEFAULT (\'{}\'), "lat" double precision, "lng" double precision, "district_code" varchar(8), "village_code" varchar(13), "address" varchar(300), "road_status" varchar(12), "severity" varchar(8), "anonim" boolean NOT NULL DEFAULT (0), "rahasia" boolean NOT NULL DEFAULT (0), "reporter_id" varchar(36) NOT NULL, "agency_id" varchar(36) NOT NULL, "assignee_id" varchar(36), "priority" integer NOT NULL DEFAULT (3), "duplicate_of_id" varchar(36), "reopen_count" integer NOT NULL DEFAULT (0), "budget_year" integer, "responsible_body" varchar(200), "rating" integer, "supporter_count" integer NOT NULL DEFAULT (0), "received_at" datetime NOT NULL, "routed_at" datetime, "first_response_at" datetime, "promised_by" datetime, "resolved_at" datetime, "closed_at" datetime, "due_at" datetime, "overdue" boolean NOT NULL DEFAULT (0), "escalation_level" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "cases"("id", "tracking_code", "service", "category_id", "status", "title", "description", "attributes", "lat", "lng", "district_code", "village_code", "address", "road_status", "severity", "anonim", "rahasia", "reporter_id", "agency_id", "assignee_id", "priority", "duplicate_of_id", "reopen_count", "budget_year", "responsible_body", "rating", "supporter_count", "received_at", "routed_at", "first_response_at", "promised_by", "resolved_at", "closed_at", "due_at", "overdue", "escalation_level", "created_at", "updated_at") SELECT "id", "tracking_code", "service", "category_id", "status", "title", "description", "attributes", "lat", "lng", "district_code", "village_code", "address", "road_status", "severity", "anonim", "rahasia", "reporter_id", "agency_id", "assignee_id", "priority", "duplicate_of_id", "reopen_count", "budget_year", "responsible_body", "rating", "supporter_count", "received_at", "routed_at", "first_response_at", "promised_by", "resolved_at", "closed_at", "due_at", "overdue", "escalation_level", "created_at", "updated_at" FROM "temporary_cases"',
    );
    await queryRunner.query('DROP TABLE "temporary_cases"');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cases_tracking_code" ON "cases" ("tracking_code") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_category_point" ON "cases" ("category_id", "lat", "lng") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_received" ON "cases" ("received_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_reporter" ON "cases" ("reporter_id") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_due" ON "cases" ("agency_id", "due_at") ');
    await queryRunner.query('CREATE INDEX "ix_cases_agency_status" ON "cases" ("agency_id", "status") ');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_district_received" ON "cases" ("district_code", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_agency_received" ON "cases" ("agency_id", "received_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_received_id" ON "cases" ("received_at", "id") ');
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
