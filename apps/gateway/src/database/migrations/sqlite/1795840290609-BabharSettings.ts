import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BabharSettings1795840290609 implements MigrationInterface {
  name = 'BabharSettings1795840290609';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"babhar_settings\" (\"key\" varchar(64) PRIMARY KEY NOT NULL, \"value\" text NOT NULL, \"updated_by\" varchar(36) NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"babhar_settings\"");
  }
}
