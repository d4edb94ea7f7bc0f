import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The back office's rollup: see the PostgreSQL migration of the same name (same tables and triggers). */
export class AdminRollup1795830200000 implements MigrationInterface {
  name = 'AdminRollup1795830200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const key = '"day" varchar(10) NOT NULL, "agency_id" varchar(36) NOT NULL, "assignee_key" varchar(36) NOT NULL, "service" varchar(8) NOT NULL';
    await queryRunner.query('CREATE TABLE "admin_rollup_state" ("id" integer PRIMARY KEY NOT NULL, "frontier_ms" bigint, "built_at" datetime, "judgement" varchar(64))');
    await queryRunner.query('CREATE TABLE "admin_rollup_dirty" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "day" varchar(10) NOT NULL)');
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_league" (${key}, "cases" integer NOT NULL, "answered" integer NOT NULL, "reward" integer NOT NULL, "sanction" integer NOT NULL, "verify_due" integer NOT NULL, "verify_on_time" integer NOT NULL, "follow_up_due" integer NOT NULL, "follow_up_on_time" integer NOT NULL, "promises_due" integer NOT NULL, "promises_kept" integer NOT NULL, "ratings" integer NOT NULL, "rating_sum" integer NOT NULL, "buckets" text NOT NULL, PRIMARY KEY ("day", "agency_id", "assignee_key", "service"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_change" (${key}, "kind" varchar(12) NOT NULL, "at_ms" bigint NOT NULL, "n" integer NOT NULL, PRIMARY KEY ("day", "agency_id", "assignee_key", "service", "kind", "at_ms"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_admin_rollup_change_at" ON "admin_rollup_change" ("at_ms")');
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_minutes" (${key}, "bucket" integer NOT NULL, "n" integer NOT NULL, "vals" text NOT NULL, PRIMARY KEY ("agency_id", "bucket", "day", "assignee_key", "service"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_admin_rollup_minutes_day" ON "admin_rollup_minutes" ("day")');
    await queryRunner.query(
      'CREATE TABLE "admin_rollup_dashboard" ("day" varchar(10) NOT NULL, "dim" varchar(12) NOT NULL, "key" varchar(80) NOT NULL, "n" integer NOT NULL, "sum_lat" double precision, "sum_lng" double precision, "code" varchar(16), PRIMARY KEY ("day", "dim", "key"))',
    );
    // TypeORM writes SQLite timestamps as UTC `YYYY-MM-DD HH:MM:SS.SSS` text; WIB is UTC+7 all year.
    const day = (row: string) => `strftime('%Y-%m-%d', ${row}.received_at, '+7 hours')`;
    const old = "OLD.received_at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-60 minutes')";
    const oldOrNew = `(${old} OR NEW.received_at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-60 minutes'))`;
    const watched = [
      'status',
      'rating',
      'agency_id',
      'assignee_id',
      'district_code',
      'category_id',
      'service',
      'lat',
      'lng',
      'received_at',
      'routed_at',
      'first_response_at',
      'promised_by',
      'resolved_at',
      'tracking_code',
    ];
    const cols = watched.map((c) => `"${c}"`).join(', ');
    const changed = watched.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ');
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_update" AFTER UPDATE OF ${cols} ON "cases" FOR EACH ROW WHEN ${oldOrNew} AND (${changed}) BEGIN INSERT INTO admin_rollup_dirty (day) VALUES (${day('OLD')}); INSERT INTO admin_rollup_dirty (day) SELECT ${day('NEW')} WHERE NEW.received_at IS NOT OLD.received_at; END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_insert" AFTER INSERT ON "cases" FOR EACH ROW WHEN NEW.received_at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-60 minutes') BEGIN INSERT INTO admin_rollup_dirty (day) VALUES (${day('NEW')}); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_delete" AFTER DELETE ON "cases" FOR EACH ROW WHEN ${old} BEGIN INSERT INTO admin_rollup_dirty (day) VALUES (${day('OLD')}); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['delete', 'insert', 'update']) await queryRunner.query(`DROP TRIGGER "tr_cases_admin_rollup_${t}"`);
    for (const table of ['dashboard', 'minutes', 'change', 'league', 'dirty', 'state'])
      await queryRunner.query(`DROP TABLE "admin_rollup_${table}"`);
  }
}
