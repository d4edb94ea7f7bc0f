import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatBookings1795824957195 implements MigrationInterface {
  name = 'SehatBookings1795824957195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"booking_days\" (\"facility_id\" character varying(36) NOT NULL, \"polyclinic\" character varying(16) NOT NULL, \"date\" character varying(10) NOT NULL, \"quota\" integer NOT NULL, \"quota_set\" boolean NOT NULL DEFAULT false, \"issued\" integer NOT NULL DEFAULT '0', \"held\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_f2560decaa009e5c42b6fce21fd\" PRIMARY KEY (\"facility_id\", \"polyclinic\", \"date\"))");
    await queryRunner.query("CREATE TABLE \"bookings\" (\"id\" character varying(36) NOT NULL, \"facility_id\" character varying(36) NOT NULL, \"polyclinic\" character varying(16) NOT NULL, \"date\" character varying(10) NOT NULL, \"queue_number\" integer NOT NULL, \"resident_id\" character varying(36) NOT NULL, \"status\" character varying(12) NOT NULL, \"active_key\" character varying(140), \"called_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bee6805982cc1e248e94ce94957\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bookings_active_key\" ON \"bookings\"  (\"active_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_bookings_resident\" ON \"bookings\"  (\"resident_id\", \"date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bookings_queue_number\" ON \"bookings\"  (\"facility_id\", \"polyclinic\", \"date\", \"queue_number\") ");
    await queryRunner.query("CREATE TABLE \"polyclinic_quotas\" (\"facility_id\" character varying(36) NOT NULL, \"polyclinic\" character varying(16) NOT NULL, \"daily_quota\" integer NOT NULL, CONSTRAINT \"PK_4b31fbf38327b284fe322134a00\" PRIMARY KEY (\"facility_id\", \"polyclinic\"))");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"phone\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"polyclinics\" text NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"services\" text NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"opening_hours\" text NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"bookable\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"service_starts_at\" character varying(5) NOT NULL DEFAULT '07:30'");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"minutes_per_patient\" integer NOT NULL DEFAULT '10'");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"dispatch_centre\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"active\" boolean NOT NULL DEFAULT true");
    await queryRunner.query("ALTER TABLE \"facilities\" ADD \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"updated_at\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"active\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"dispatch_centre\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"minutes_per_patient\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"service_starts_at\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"bookable\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"opening_hours\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"services\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"polyclinics\"");
    await queryRunner.query("ALTER TABLE \"facilities\" DROP COLUMN \"phone\"");
    await queryRunner.query("DROP TABLE \"polyclinic_quotas\"");
    await queryRunner.query("DROP INDEX \"uq_bookings_queue_number\"");
    await queryRunner.query("DROP INDEX \"ix_bookings_resident\"");
    await queryRunner.query("DROP INDEX \"uq_bookings_active_key\"");
    await queryRunner.query("DROP TABLE \"bookings\"");
    await queryRunner.query("DROP TABLE \"booking_days\"");
  }
}
