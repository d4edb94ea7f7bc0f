import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SehatConsultationsAndCaseFacility1795825403046 implements MigrationInterface {
  name = 'SehatConsultationsAndCaseFacility1795825403046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"consultation_messages\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"consultation_id\" varchar(36) NOT NULL, \"author_id\" varchar(36) NOT NULL, \"author_role\" varchar(16) NOT NULL, \"body\" text NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_consultation_messages_consultation\" ON \"consultation_messages\" (\"consultation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"consultations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"resident_id\" varchar(36) NOT NULL, \"facility_id\" varchar(36), \"subject\" varchar(150) NOT NULL, \"status\" varchar(10) NOT NULL, \"first_answer_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_consultations_facility_status\" ON \"consultations\" (\"facility_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_consultations_resident\" ON \"consultations\" (\"resident_id\") ");
    await queryRunner.query("DROP INDEX \"ix_cases_agency_status\"");
    await queryRunner.query("DROP INDEX \"ix_cases_agency_due\"");
    await queryRunner.query("DROP INDEX \"ix_cases_reporter\"");
    await queryRunner.query("DROP INDEX \"ix_cases_received\"");
    await queryRunner.query("DROP INDEX \"ix_cases_category_point\"");
    await queryRunner.query("DROP INDEX \"uq_cases_tracking_code\"");
    await queryRunner.query("CREATE TABLE \"temporary_cases\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tracking_code\" varchar(16) NOT NULL, \"service\" varchar(8) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"status\" varchar(24) NOT NULL, \"title\" varchar(150) NOT NULL, \"description\" text NOT NULL, \"attributes\" text NOT NULL DEFAULT ('{}'), \"lat\" double precision, \"lng\" double precision, \"district_code\" varchar(8), \"village_code\" varchar(13), \"address\" varchar(300), \"road_status\" varchar(12), \"severity\" varchar(8), \"anonim\" boolean NOT NULL DEFAULT (0), \"rahasia\" boolean NOT NULL DEFAULT (0), \"reporter_id\" varchar(36) NOT NULL, \"agency_id\" varchar(36) NOT NULL, \"assignee_id\" varchar(36), \"priority\" integer NOT NULL DEFAULT (3), \"duplicate_of_id\" varchar(36), \"reopen_count\" integer NOT NULL DEFAULT (0), \"budget_year\" integer, \"responsible_body\" varchar(200), \"rating\" integer, \"supporter_count\" integer NOT NULL DEFAULT (0), \"received_at\" datetime NOT NULL, \"routed_at\" datetime, \"first_response_at\" datetime, \"promised_by\" datetime, \"resolved_at\" datetime, \"closed_at\" datetime, \"due_at\" datetime, \"overdue\" boolean NOT NULL DEFAULT (0), \"escalation_level\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"facility_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_cases\"(\"id\", \"tracking_code\", \"service\", \"category_id\", \"status\", \"title\", \"description\", \"attributes\", \"lat\", \"lng\", \"district_code\", \"village_code\", \"address\", \"road_status\", \"severity\", \"anonim\", \"rahasia\", \"reporter_id\", \"agency_id\", \"assignee_id\", \"priority\", \"duplicate_of_id\", \"reopen_count\", \"budget_year\", \"responsible_body\", \"rating\", \"supporter_count\", \"received_at\", \"routed_at\", \"first_response_at\", \"promised_by\", \"resolved_at\", \"closed_at\", \"due_at\", \"overdue\", \"escalation_level\", \"created_at\", \"updated_at\") SELECT \"id\", \"tracking_code\", \"service\", \"category_id\", \"status\", \"title\", \"description\", \"attributes\", \"lat\", \"lng\", \"district_code\", \"village_code\", \"address\", \"road_status\", \"severity\", \"anonim\", \"rahasia\", \"reporter_id\", \"agency_id\", \"assignee_id\", \"priority\", \"duplicate_of_id\", \"reopen_count\", \"budget_year\", \"responsible_body\", \"rating\", \"supporter_count\", \"received_at\", \"routed_at\", \"first_response_at\", \"promised_by\", \"resolved_at\", \"closed_at\", \"due_at\", \"overdue\", \"escalation_level\", \"created_at\", \"updated_at\" FROM \"cases\"");
    await queryRunner.query("DROP TABLE \"cases\"");
    await queryRunner.query("ALTER TABLE \"temporary_cases\" RENAME TO \"cases\"");
    await queryRunner.query("CREATE INDEX \"ix_cases_agency_status\" ON \"cases\" (\"agency_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_agency_due\" ON \"cases\" (\"agency_id\", \"due_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_reporter\" ON \"cases\" (\"reporter_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_received\" ON \"cases\" (\"received_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_category_point\" ON \"cases\" (\"category_id\", \"lat\", \"lng\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_tracking_code\" ON \"cases\" (\"tracking_code\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_cases_tracking_code\"");
    await queryRunner.query("DROP INDEX \"ix_cases_category_point\"");
    await queryRunner.query("DROP INDEX \"ix_cases_received\"");
    await queryRunner.query("DROP INDEX \"ix_cases_reporter\"");
    await queryRunner.query("DROP INDEX \"ix_cases_agency_due\"");
    await queryRunner.query("DROP INDEX \"ix_cases_agency_status\"");
    await queryRunner.query("ALTER TABLE \"cases\" RENAME TO \"temporary_cases\"");
    await queryRunner.query("CREATE TABLE \"cases\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tracking_code\" varchar(16) NOT NULL, \"service\" varchar(8) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"status\" varchar(24) NOT NULL, \"title\" varchar(150) NOT NULL, \"description\" text NOT NULL, \"attributes\" text NOT NULL DEFAULT ('{}'), \"lat\" double precision, \"lng\" double precision, \"district_code\" varchar(8), \"village_code\" varchar(13), \"address\" varchar(300), \"road_status\" varchar(12), \"severity\" varchar(8), \"anonim\" boolean NOT NULL DEFAULT (0), \"rahasia\" boolean NOT NULL DEFAULT (0), \"reporter_id\" varchar(36) NOT NULL, \"agency_id\" varchar(36) NOT NULL, \"assignee_id\" varchar(36), \"priority\" integer NOT NULL DEFAULT (3), \"duplicate_of_id\" varchar(36), \"reopen_count\" integer NOT NULL DEFAULT (0), \"budget_year\" integer, \"responsible_body\" varchar(200), \"rating\" integer, \"supporter_count\" integer NOT NULL DEFAULT (0), \"received_at\" datetime NOT NULL, \"routed_at\" datetime, \"first_response_at\" datetime, \"promised_by\" datetime, \"resolved_at\" datetime, \"closed_at\" datetime, \"due_at\" datetime, \"overdue\" boolean NOT NULL DEFAULT (0), \"escalation_level\" integer NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"cases\"(\"id\", \"tracking_code\", \"service\", \"category_id\", \"status\", \"title\", \"description\", \"attributes\", \"lat\", \"lng\", \"district_code\", \"village_code\", \"address\", \"road_status\", \"severity\", \"anonim\", \"rahasia\", \"reporter_id\", \"agency_id\", \"assignee_id\", \"priority\", \"duplicate_of_id\", \"reopen_count\", \"budget_year\", \"responsible_body\", \"rating\", \"supporter_count\", \"received_at\", \"routed_at\", \"first_response_at\", \"promised_by\", \"resolved_at\", \"closed_at\", \"due_at\", \"overdue\", \"escalation_level\", \"created_at\", \"updated_at\") SELECT \"id\", \"tracking_code\", \"service\", \"category_id\", \"status\", \"title\", \"description\", \"attributes\", \"lat\", \"lng\", \"district_code\", \"village_code\", \"address\", \"road_status\", \"severity\", \"anonim\", \"rahasia\", \"reporter_id\", \"agency_id\", \"assignee_id\", \"priority\", \"duplicate_of_id\", \"reopen_count\", \"budget_year\", \"responsible_body\", \"rating\", \"supporter_count\", \"received_at\", \"routed_at\", \"first_response_at\", \"promised_by\", \"resolved_at\", \"closed_at\", \"due_at\", \"overdue\", \"escalation_level\", \"created_at\", \"updated_at\" FROM \"temporary_cases\"");
    await queryRunner.query("DROP TABLE \"temporary_cases\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_cases_tracking_code\" ON \"cases\" (\"tracking_code\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_category_point\" ON \"cases\" (\"category_id\", \"lat\", \"lng\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_received\" ON \"cases\" (\"received_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_reporter\" ON \"cases\" (\"reporter_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_agency_due\" ON \"cases\" (\"agency_id\", \"due_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_agency_status\" ON \"cases\" (\"agency_id\", \"status\") ");
    await queryRunner.query("DROP INDEX \"ix_consultations_resident\"");
    await queryRunner.query("DROP INDEX \"ix_consultations_facility_status\"");
    await queryRunner.query("DROP TABLE \"consultations\"");
    await queryRunner.query("DROP INDEX \"ix_consultation_messages_consultation\"");
    await queryRunner.query("DROP TABLE \"consultation_messages\"");
  }
}
