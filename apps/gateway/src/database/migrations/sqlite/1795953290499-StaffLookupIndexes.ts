import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffLookupIndexes1795953290499 implements MigrationInterface {
  name = 'StaffLookupIndexes1795953290499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"ix_users_facility_role\" ON \"users\" (\"facility_id\", \"role\") WHERE \"facility_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_users_agency_role\" ON \"users\" (\"agency_id\", \"role\") WHERE \"agency_id\" IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_users_agency_role\"");
    await queryRunner.query("DROP INDEX \"ix_users_facility_role\"");
  }
}
