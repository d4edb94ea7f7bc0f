import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenCaseIndexes1795840185407 implements MigrationInterface {
  name = 'OpenCaseIndexes1795840185407';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE INDEX \"ix_cases_public_point\" ON \"cases\" (\"lat\", \"lng\") WHERE \"rahasia\" = 0 AND \"status\" IN ('diterima', 'diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'selesai', 'menunggu_anggaran')",
    );
    await queryRunner.query(
      "CREATE INDEX \"ix_cases_public_district\" ON \"cases\" (\"district_code\", \"received_at\") WHERE \"rahasia\" = 0 AND \"status\" IN ('diterima', 'diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'selesai', 'menunggu_anggaran')",
    );
    await queryRunner.query(
      "CREATE INDEX \"ix_cases_public_received\" ON \"cases\" (\"received_at\") WHERE \"rahasia\" = 0 AND \"status\" IN ('diterima', 'diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'selesai', 'menunggu_anggaran')",
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_open_agency_due" ON "cases" ("agency_id", "due_at", "priority", "received_at") WHERE "status" IN (\'diterima\', \'diverifikasi\', \'didisposisikan\', \'diproses\', \'dijadwalkan\', \'menunggu_anggaran\')',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cases_open_due" ON "cases" ("due_at", "priority", "received_at") WHERE "status" IN (\'diterima\', \'diverifikasi\', \'didisposisikan\', \'diproses\', \'dijadwalkan\', \'menunggu_anggaran\')',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_cases_open_due"');
    await queryRunner.query('DROP INDEX "ix_cases_open_agency_due"');
    await queryRunner.query('DROP INDEX "ix_cases_public_received"');
    await queryRunner.query('DROP INDEX "ix_cases_public_district"');
    await queryRunner.query('DROP INDEX "ix_cases_public_point"');
  }
}
