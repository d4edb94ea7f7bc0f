import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatTransport1795825222681 implements MigrationInterface {
  name = 'SehatTransport1795825222681';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"transport_requests\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"requester_id\" varchar(36) NOT NULL, \"patient_name\" varchar(120) NOT NULL, \"phone_enc\" text NOT NULL, \"lat\" double precision, \"lng\" double precision, \"village_code\" varchar(13), \"address\" varchar(300), \"destination_facility_id\" varchar(36) NOT NULL, \"urgency\" varchar(8) NOT NULL, \"pregnant\" boolean NOT NULL DEFAULT (0), \"hpl\" varchar(10), \"kspr_category\" varchar(4), \"danger_sign\" boolean NOT NULL DEFAULT (0), \"pregnancy_id\" varchar(36), \"notes\" varchar(1000), \"status\" varchar(12) NOT NULL, \"status_reason\" varchar(500), \"vehicle_id\" varchar(36), \"dispatcher_id\" varchar(36), \"requested_at\" datetime NOT NULL, \"assigned_at\" datetime, \"on_the_way_at\" datetime, \"picked_up_at\" datetime, \"arrived_at\" datetime, \"closed_at\" datetime, \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_transport_requests_requester\" ON \"transport_requests\" (\"requester_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_transport_requests_status\" ON \"transport_requests\" (\"status\") ");
    await queryRunner.query("CREATE TABLE \"transport_vehicles\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"plate\" varchar(16) NOT NULL, \"label\" varchar(80) NOT NULL, \"village_code\" varchar(13) NOT NULL, \"lat\" double precision NOT NULL, \"lng\" double precision NOT NULL, \"state\" varchar(12) NOT NULL, \"current_request_id\" varchar(36), \"driver_phone_enc\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_transport_vehicles_plate\" ON \"transport_vehicles\" (\"plate\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_transport_vehicles_request\" ON \"transport_vehicles\" (\"current_request_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_transport_vehicles_state\" ON \"transport_vehicles\" (\"state\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_transport_vehicles_state\"");
    await queryRunner.query("DROP INDEX \"uq_transport_vehicles_request\"");
    await queryRunner.query("DROP INDEX \"uq_transport_vehicles_plate\"");
    await queryRunner.query("DROP TABLE \"transport_vehicles\"");
    await queryRunner.query("DROP INDEX \"ix_transport_requests_status\"");
    await queryRunner.query("DROP INDEX \"ix_transport_requests_requester\"");
    await queryRunner.query("DROP TABLE \"transport_requests\"");
  }
}
