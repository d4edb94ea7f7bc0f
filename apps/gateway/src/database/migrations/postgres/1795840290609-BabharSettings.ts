import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BabharSettings1795840290609 implements MigrationInterface {
  name = 'BabharSettings1795840290609';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"babhar_settings\" (\"key\" character varying(64) NOT NULL, \"value\" text NOT NULL, \"updated_by\" character varying(36) NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d84799a207e4eecb62e9213cf34\" PRIMARY KEY (\"key\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"babhar_settings\"");
  }
}
