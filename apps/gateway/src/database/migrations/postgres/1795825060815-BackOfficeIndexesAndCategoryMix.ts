import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackOfficeIndexesAndCategoryMix1795825060815 implements MigrationInterface {
  name = 'BackOfficeIndexesAndCategoryMix1795825060815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "categories" ADD "mix" character varying(16)');
    await queryRunner.query(
      'CREATE INDEX "ix_cases_district_received" ON "cases"  ("district_code", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_agency_received" ON "cases"  ("agency_id", "received_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cases_agency_received"');
    await queryRunner.query('DROP INDEX "ix_cases_district_received"');
    await queryRunner.query('ALTER TABLE "categories" DROP COLUMN "mix"');
  }
}
