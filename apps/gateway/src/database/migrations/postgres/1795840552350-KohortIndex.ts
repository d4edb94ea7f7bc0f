import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KohortIndex1795840552350 implements MigrationInterface {
  name = 'KohortIndex1795840552350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_babhar_pregnancies_facility_hpht" ON "babhar_pregnancies"  ("puskesmas_id", "hpht") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_babhar_pregnancies_facility_hpht"');
  }
}
