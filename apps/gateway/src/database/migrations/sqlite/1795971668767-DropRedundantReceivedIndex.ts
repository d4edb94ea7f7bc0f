import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ix_cases_received (received_at) repeated the first column of ix_cases_received_id (received_at, id),
 * which serves every range and order of reception times: one index less to write per new case.
 */
export class DropRedundantReceivedIndex1795971668767 implements MigrationInterface {
  name = 'DropRedundantReceivedIndex1795971668767';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cases_received"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_cases_received" ON "cases" ("received_at") ');
  }
}
