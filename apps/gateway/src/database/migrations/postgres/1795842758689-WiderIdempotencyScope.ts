import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scopes carry the route's ids (`POST /api/babhar/pregnancies/<uuid>/postpartum-contacts` is 85 characters). */
export class WiderIdempotencyScope1795842758689 implements MigrationInterface {
  name = 'WiderIdempotencyScope1795842758689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Widened in place: the stored keys (and their replays) survive.
    await queryRunner.query(
      'ALTER TABLE "idempotency_keys" ALTER COLUMN "scope" TYPE character varying(255)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "idempotency_keys" ALTER COLUMN "scope" TYPE character varying(80) USING left("scope", 80)',
    );
  }
}
