import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackOfficeScanIndex1795826033203 implements MigrationInterface {
  name = 'BackOfficeScanIndex1795826033203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_cases_received_id" ON "cases"  ("received_at", "id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cases_received_id"');
  }
}
