import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatConsultationsAndCaseFacility1795825403046 implements MigrationInterface {
  name = 'SehatConsultationsAndCaseFacility1795825403046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"consultation_messages\" (\"id\" character varying(36) NOT NULL, \"consultation_id\" character varying(36) NOT NULL, \"author_id\" character varying(36) NOT NULL, \"author_role\" character varying(16) NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2466d945eb87e1c8a1b36ade9ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_consultation_messages_consultation\" ON \"consultation_messages\"  (\"consultation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"consultations\" (\"id\" character varying(36) NOT NULL, \"resident_id\" character varying(36) NOT NULL, \"facility_id\" character varying(36), \"subject\" character varying(150) NOT NULL, \"status\" character varying(10) NOT NULL, \"first_answer_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c5b78e9424d9bc68464f6a12103\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_consultations_facility_status\" ON \"consultations\"  (\"facility_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_consultations_resident\" ON \"consultations\"  (\"resident_id\") ");
    await queryRunner.query("ALTER TABLE \"cases\" ADD \"facility_id\" character varying(36)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"cases\" DROP COLUMN \"facility_id\"");
    await queryRunner.query("DROP INDEX \"ix_consultations_resident\"");
    await queryRunner.query("DROP INDEX \"ix_consultations_facility_status\"");
    await queryRunner.query("DROP TABLE \"consultations\"");
    await queryRunner.query("DROP INDEX \"ix_consultation_messages_consultation\"");
    await queryRunner.query("DROP TABLE \"consultation_messages\"");
  }
}
