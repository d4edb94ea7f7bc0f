import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The back office's rollup (docs/ADMIN.md "Rollup"): per WIB day, the league's additive figures, the
 * changes still to come with time, the first-response minutes by bucket and the dashboard's counts;
 * a log of the days to recompute, appended by triggers on cases. The tables are read and written with
 * plain SQL by modules/admin/rollup (no entities). The triggers fire only for cases received more than
 * an hour before the database's clock (ROLLUP_MARGIN_MINUTES): a case being submitted never marks anything.
 */
export class AdminRollup1795830200000 implements MigrationInterface {
  name = 'AdminRollup1795830200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const key = '"day" character varying(10) NOT NULL, "agency_id" character varying(36) NOT NULL, "assignee_key" character varying(36) NOT NULL, "service" character varying(8) NOT NULL';
    await queryRunner.query('CREATE TABLE "admin_rollup_state" ("id" integer NOT NULL PRIMARY KEY, "frontier_ms" bigint, "built_at" TIMESTAMP WITH TIME ZONE, "judgement" character varying(64))');
    await queryRunner.query('CREATE TABLE "admin_rollup_dirty" ("id" bigserial NOT NULL PRIMARY KEY, "day" character varying(10) NOT NULL)');
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_league" (${key}, "cases" integer NOT NULL, "answered" integer NOT NULL, "reward" integer NOT NULL, "sanction" integer NOT NULL, "verify_due" integer NOT NULL, "verify_on_time" integer NOT NULL, "follow_up_due" integer NOT NULL, "follow_up_on_time" integer NOT NULL, "promises_due" integer NOT NULL, "promises_kept" integer NOT NULL, "ratings" integer NOT NULL, "rating_sum" integer NOT NULL, "buckets" text NOT NULL, PRIMARY KEY ("day", "agency_id", "assignee_key", "service"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_change" (${key}, "kind" character varying(12) NOT NULL, "at_ms" bigint NOT NULL, "n" integer NOT NULL, PRIMARY KEY ("day", "agency_id", "assignee_key", "service", "kind", "at_ms"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_admin_rollup_change_at" ON "admin_rollup_change" ("at_ms")');
    await queryRunner.query(
      `CREATE TABLE "admin_rollup_minutes" (${key}, "bucket" integer NOT NULL, "n" integer NOT NULL, "vals" text NOT NULL, PRIMARY KEY ("agency_id", "bucket", "day", "assignee_key", "service"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_admin_rollup_minutes_day" ON "admin_rollup_minutes" ("day")');
    await queryRunner.query(
      'CREATE TABLE "admin_rollup_dashboard" ("day" character varying(10) NOT NULL, "dim" character varying(12) NOT NULL, "key" character varying(80) NOT NULL, "n" integer NOT NULL, "sum_lat" double precision, "sum_lng" double precision, "code" character varying(16), PRIMARY KEY ("day", "dim", "key"))',
    );
    const day = (row: string) => `to_char(${row}.received_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`;
    await queryRunner.query(
      `CREATE FUNCTION admin_rollup_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO admin_rollup_dirty (day) VALUES (${day('OLD')});
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.received_at IS DISTINCT FROM OLD.received_at) THEN
    INSERT INTO admin_rollup_dirty (day) VALUES (${day('NEW')});
  END IF;
  RETURN NULL;
END $$`,
    );
    // clock_timestamp(): the time of the statement, not of the transaction's start.
    const old = "OLD.received_at < clock_timestamp() - interval '60 minutes'";
    const oldOrNew = `(${old} OR NEW.received_at < clock_timestamp() - interval '60 minutes')`;
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
    const tuple = (row: string) => `(${watched.map((c) => `${row}."${c}"`).join(', ')})`;
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_update" AFTER UPDATE OF ${cols} ON "cases" FOR EACH ROW WHEN (${oldOrNew} AND ${tuple('OLD')} IS DISTINCT FROM ${tuple('NEW')}) EXECUTE FUNCTION admin_rollup_mark()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_insert" AFTER INSERT ON "cases" FOR EACH ROW WHEN (NEW.received_at < clock_timestamp() - interval '60 minutes') EXECUTE FUNCTION admin_rollup_mark()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_cases_admin_rollup_delete" AFTER DELETE ON "cases" FOR EACH ROW WHEN (${old}) EXECUTE FUNCTION admin_rollup_mark()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tr_cases_admin_rollup_delete" ON "cases"');
    await queryRunner.query('DROP TRIGGER "tr_cases_admin_rollup_insert" ON "cases"');
    await queryRunner.query('DROP TRIGGER "tr_cases_admin_rollup_update" ON "cases"');
    await queryRunner.query('DROP FUNCTION admin_rollup_mark()');
    for (const table of ['dashboard', 'minutes', 'change', 'league', 'dirty', 'state'])
      await queryRunner.query(`DROP TABLE "admin_rollup_${table}"`);
  }
}
