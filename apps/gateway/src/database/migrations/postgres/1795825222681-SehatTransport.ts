import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatTransport1795825222681 implements MigrationInterface {
  name = 'SehatTransport1795825222681';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"transport_requests\" (\"id\" character varying(36) NOT NULL, \"requester_id\" character varying(36) NOT NULL, \"patient_name\" character varying(120) NOT NULL, \"phone_enc\" text NOT NULL, \"lat\" double precision, \"lng\" double precision, \"village_code\" character varying(13), \"address\" character varying(300), \"destination_facility_id\" character varying(36) NOT NULL, \"urgency\" character varying(8) NOT NULL, \"pregnant\" boolean NOT NULL DEFAULT false, \"hpl\" character varying(10), \"kspr_category\" character varying(4), \"danger_sign\" boolean NOT NULL DEFAULT false, \"pregnancy_id\" character varying(36), \"notes\" character varying(1000), \"status\" character varying(12) NOT NULL, \"status_reason\" character varying(500), \"vehicle_id\" character varying(36), \"dispatcher_id\" character varying(36), \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"assigned_at\" TIMESTAMP WITH TIME ZONE, \"on_the_way_at\" TIMESTAMP WITH TIME ZONE, \"picked_up_at\" TIMESTAMP WITH TIME ZONE, \"arrived_at\" TIMESTAMP WITH TIME ZONE, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_3e60649fd6fd225d4a20fa10cee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_transport_requests_requester\" ON \"transport_requests\"  (\"requester_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_transport_requests_status\" ON \"transport_requests\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"transport_vehicles\" (\"id\" character varying(36) NOT NULL, \"plate\" character varying(16) NOT NULL, \"label\" character varying(80) NOT NULL, \"village_code\" character varying(13) NOT NULL, \"lat\" double precision NOT NULL, \"lng\" double precision NOT NULL, \"state\" character varying(12) NOT NULL, \"current_request_id\" character varying(36), \"driver_phone_enc\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0976841dd3c11f363a16faf1a44\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_transport_vehicles_plate\" ON \"transport_vehicles\"  (\"plate\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_transport_vehicles_request\" ON \"transport_vehicles\"  (\"current_request_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_transport_vehicles_state\" ON \"transport_vehicles\"  (\"state\") ");
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
