import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatBookings1795824957195 implements MigrationInterface {
  name = 'SehatBookings1795824957195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"booking_days\" (\"facility_id\" varchar(36) NOT NULL, \"polyclinic\" varchar(16) NOT NULL, \"date\" varchar(10) NOT NULL, \"quota\" integer NOT NULL, \"quota_set\" boolean NOT NULL DEFAULT (0), \"issued\" integer NOT NULL DEFAULT (0), \"held\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"facility_id\", \"polyclinic\", \"date\"))");
    await queryRunner.query("CREATE TABLE \"bookings\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"facility_id\" varchar(36) NOT NULL, \"polyclinic\" varchar(16) NOT NULL, \"date\" varchar(10) NOT NULL, \"queue_number\" integer NOT NULL, \"resident_id\" varchar(36) NOT NULL, \"status\" varchar(12) NOT NULL, \"active_key\" varchar(140), \"called_at\" datetime, \"finished_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bookings_active_key\" ON \"bookings\" (\"active_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_bookings_resident\" ON \"bookings\" (\"resident_id\", \"date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bookings_queue_number\" ON \"bookings\" (\"facility_id\", \"polyclinic\", \"date\", \"queue_number\") ");
    await queryRunner.query("CREATE TABLE \"polyclinic_quotas\" (\"facility_id\" varchar(36) NOT NULL, \"polyclinic\" varchar(16) NOT NULL, \"daily_quota\" integer NOT NULL, PRIMARY KEY (\"facility_id\", \"polyclinic\"))");
    await queryRunner.query("DROP INDEX \"ix_facilities_district\"");
    await queryRunner.query("DROP INDEX \"uq_facilities_code\"");
    await queryRunner.query("CREATE TABLE \"temporary_facilities\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(160) NOT NULL, \"district_code\" varchar(8) NOT NULL, \"village_code\" varchar(13), \"address\" varchar(255), \"lat\" double precision, \"lng\" double precision, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"phone\" varchar(24), \"polyclinics\" text NOT NULL DEFAULT ('[]'), \"services\" text NOT NULL DEFAULT ('[]'), \"opening_hours\" text NOT NULL DEFAULT ('[]'), \"bookable\" boolean NOT NULL DEFAULT (0), \"service_starts_at\" varchar(5) NOT NULL DEFAULT ('07:30'), \"minutes_per_patient\" integer NOT NULL DEFAULT (10), \"dispatch_centre\" boolean NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_facilities\"(\"id\", \"code\", \"kind\", \"name\", \"district_code\", \"village_code\", \"address\", \"lat\", \"lng\", \"created_at\") SELECT \"id\", \"code\", \"kind\", \"name\", \"district_code\", \"village_code\", \"address\", \"lat\", \"lng\", \"created_at\" FROM \"facilities\"");
    await queryRunner.query("DROP TABLE \"facilities\"");
    await queryRunner.query("ALTER TABLE \"temporary_facilities\" RENAME TO \"facilities\"");
    await queryRunner.query("CREATE INDEX \"ix_facilities_district\" ON \"facilities\" (\"district_code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_facilities_code\" ON \"facilities\" (\"code\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_facilities_code\"");
    await queryRunner.query("DROP INDEX \"ix_facilities_district\"");
    await queryRunner.query("ALTER TABLE \"facilities\" RENAME TO \"temporary_facilities\"");
    await queryRunner.query("CREATE TABLE \"facilities\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(160) NOT NULL, \"district_code\" varchar(8) NOT NULL, \"village_code\" varchar(13), \"address\" varchar(255), \"lat\" double precision, \"lng\" double precision, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"facilities\"(\"id\", \"code\", \"kind\", \"name\", \"district_code\", \"village_code\", \"address\", \"lat\", \"lng\", \"created_at\") SELECT \"id\", \"code\", \"kind\", \"name\", \"district_code\", \"village_code\", \"address\", \"lat\", \"lng\", \"created_at\" FROM \"temporary_facilities\"");
    await queryRunner.query("DROP TABLE \"temporary_facilities\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_facilities_code\" ON \"facilities\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"ix_facilities_district\" ON \"facilities\" (\"district_code\") ");
    await queryRunner.query("DROP TABLE \"polyclinic_quotas\"");
    await queryRunner.query("DROP INDEX \"uq_bookings_queue_number\"");
    await queryRunner.query("DROP INDEX \"ix_bookings_resident\"");
    await queryRunner.query("DROP INDEX \"uq_bookings_active_key\"");
    await queryRunner.query("DROP TABLE \"bookings\"");
    await queryRunner.query("DROP TABLE \"booking_days\"");
  }
}
