import type { MigrationInterface, QueryRunner } from 'typeorm';
import { holidays2025to2027 } from './holidays-2025-2027';

/** Data, not schema: the working-day calendar of 2025–2027 (both drivers; the query builder is portable). */
export class SeedHolidays1795816100000 implements MigrationInterface {
  name = 'SeedHolidays1795816100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into('holidays')
      .values(holidays2025to2027)
      .orIgnore()
      .execute();
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager
      .createQueryBuilder()
      .delete()
      .from('holidays')
      .where('date IN (:...dates)', { dates: holidays2025to2027.map((h) => h.date) })
      .execute();
  }
}
