import type { DataSource, EntityMetadata } from 'typeorm';
import { columnOf } from '../../../database/row-values';
import { OutboxMessage } from '../entities/outbox-message.entity';

/** What a send did to a claimed message: the columns written when its claim is released. */
export type OutboxChanges = Partial<
  Pick<OutboxMessage, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>
>;

/**
 * Where a claim starts: after this message in the due order. Every message released since the last
 * VACUUM leaves a dead entry at the start of the due index (its 'pending' entry); a claim from the
 * start walks them all (1 184 index pages, 1.4 ms, after 126 000 messages sent on a database without
 * autovacuum), a claim after the previous claim's last message does not.
 */
export interface OutboxCursor {
  nextAttemptAt: Date;
  id: string;
}

/** The columns a release writes (property names). */
const released = ['status', 'attempts', 'nextAttemptAt', 'lastError', 'sentAt'] as const;

/**
 * PostgreSQL's claim: $1 now, $2 the worker, $3 the claim's end, $4 how many. It must walk
 * `ix_outbox_messages_status_next` in order and stop after `$4` rows. The planner's estimate of the
 * pending rows comes from the last ANALYZE, taken while the outbox was empty (a fresh install) or
 * nearly every message long sent; with a backlog written since (1 000 cases a second) it took a
 * handful of rows for the whole backlog and chose a bitmap scan of every pending message and a sort,
 * 45 ms for a claim of 10 out of 43 000 (0.75 ms in index order): each claim cost more as the backlog
 * grew, and the dispatcher, the database's busiest user, fell further behind. `claimPlanSettings`
 * rules those plans out for the claim's transaction only.
 */
export const postgresClaim = (columns: string, afterCursor = false) =>
  `WITH picked AS (SELECT "id" FROM "outbox_messages"
     WHERE "status" = 'pending' AND "next_attempt_at" <= $1 AND ("locked_until" IS NULL OR "locked_until" < $1)${
       afterCursor ? ` AND ("next_attempt_at", "id") > ($5::timestamptz, $6::varchar)` : ''
     }
     ORDER BY "next_attempt_at" ASC, "id" ASC LIMIT $4 FOR UPDATE SKIP LOCKED),
   claimed AS (UPDATE "outbox_messages" AS m SET "locked_by" = $2, "locked_until" = $3
     FROM picked WHERE m."id" = picked."id" RETURNING m.*)
   SELECT ${columns} FROM claimed`;
/**
 * SQLite's claim (it reads the same index in order unprompted): the worker, the claim's end, now twice,
 * with a cursor its due time and id, how many.
 */
export const sqliteClaim = (columns: string, afterCursor = false) =>
  `UPDATE "outbox_messages" SET "locked_by" = ?, "locked_until" = ?
     WHERE "id" IN (SELECT "id" FROM "outbox_messages"
       WHERE "status" = 'pending' AND "next_attempt_at" <= ? AND ("locked_until" IS NULL OR "locked_until" < ?)${
         afterCursor ? ` AND ("next_attempt_at", "id") > (?, ?)` : ''
       }
       ORDER BY "next_attempt_at" ASC, "id" ASC LIMIT ?)
     RETURNING ${columns}`;
export const claimPlanSettings = `SELECT set_config('enable_sort', 'off', true), set_config('enable_bitmapscan', 'off', true)`;

/**
 * The outbox queries of one dispatcher (worker), in plain SQL (they run for every message, and
 * TypeORM's query builder cost more CPU than the database). A claim picks and takes its messages in
 * one statement and is judged by the rows it returns, never read-then-write, so that replicas sharing
 * the database never take the same message; a batch's results are written back by ONE UPDATE, only where the claim is still ours.
 */
export class OutboxStore {
  private readonly metadata: EntityMetadata;
  private readonly postgres: boolean;
  /** The claim's RETURNING list: every column, by property name. */
  private readonly columns: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: string,
  ) {
    this.metadata = dataSource.getMetadata(OutboxMessage);
    this.postgres = dataSource.options.type === 'postgres';
    this.columns = this.metadata.columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', ');
  }

  /**
   * Claims up to `limit` messages due at `now` and not claimed (or whose claim has lapsed) until
   * `until`, oldest due first, in ONE statement: on PostgreSQL the rows are picked `FOR UPDATE SKIP
   * LOCKED`, so replicas claiming at the same moment take different messages without waiting on each
   * other, and a row claimed meanwhile is judged again and left out (in a transaction of its own, with
   * the planner settings of `postgresClaim`); SQLite has one writer at a time, so its UPDATE of the
   * rows its subquery picks is atomic by itself. With `after`, only messages after it in the due
   * order are looked at (see OutboxCursor).
   */
  async claimDue(now: Date, until: Date, limit: number, after?: OutboxCursor): Promise<OutboxMessage[]> {
    const at = this.value('nextAttemptAt', now);
    const lockedUntil = this.value('lockedUntil', until);
    const cursor = after ? [this.value('nextAttemptAt', after.nextAttemptAt), after.id] : [];
    const raw = this.postgres
      ? await this.dataSource.transaction(async ({ queryRunner }) => {
          await this.dataSource.query(claimPlanSettings, [], queryRunner);
          return this.dataSource.query<Record<string, unknown>[]>(
            postgresClaim(this.columns, !!after),
            [at, this.worker, lockedUntil, limit, ...cursor],
            queryRunner,
          );
        })
      : await this.dataSource.query<Record<string, unknown>[]>(sqliteClaim(this.columns, !!after), [
          this.worker,
          lockedUntil,
          at,
          at,
          ...cursor,
          limit,
        ]);
    return raw
      .map((r) => this.hydrate(r))
      .sort(
        (a, b) =>
          a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  /**
   * Releases the claims of a batch with what each send did (sent, logged, failed, or pending until
   * a retry), in one UPDATE; a message whose claim was lost meanwhile is left to its new owner.
   * Returns how many were still ours.
   */
  async releaseAll(results: { row: OutboxMessage; changes: OutboxChanges }[]): Promise<number> {
    if (!results.length) return 0;
    const records = results.map(({ row, changes }) => {
      const merged: Partial<OutboxMessage> = { ...row, ...changes };
      const record: Record<string, unknown> = { id: row.id };
      for (const name of released) record[this.column(name).databaseName] = this.value(name, merged[name]);
      return record;
    });
    const set = released.map((name) => this.column(name).databaseName);
    const rows = await this.dataSource.query<{ id: string }[]>(
      this.postgres
        ? `WITH released AS (UPDATE "outbox_messages" AS m
             SET ${set.map((c) => `"${c}" = v."${c}"`).join(', ')}, "locked_by" = NULL, "locked_until" = NULL
             FROM json_populate_recordset(NULL::"outbox_messages", $1::json) AS v
             WHERE m."id" = v."id" AND m."locked_by" = $2 RETURNING m."id")
           SELECT "id" FROM released`
        : `UPDATE "outbox_messages"
             SET ${set.map((c) => `"${c}" = v."${c}"`).join(', ')}, "locked_by" = NULL, "locked_until" = NULL
             FROM (SELECT json_extract(j.value, '$.id') AS "id", ${set
               .map((c) => `json_extract(j.value, '$.${c}') AS "${c}"`)
               .join(', ')} FROM json_each(?) AS j) AS v
             WHERE "outbox_messages"."id" = v."id" AND "outbox_messages"."locked_by" = ? RETURNING "outbox_messages"."id"`,
      [JSON.stringify(records), this.worker],
    );
    return rows.length;
  }

  private column(property: string) {
    return columnOf(this.metadata, property);
  }

  /** A value as TypeORM would persist it in that column (dates in SQLite's text format). */
  private value(property: string, value: unknown): unknown {
    return this.dataSource.driver.preparePersistentValue(value, this.column(property)) as unknown;
  }

  private hydrate(raw: Record<string, unknown>): OutboxMessage {
    const row = {} as Record<string, unknown>;
    for (const column of this.metadata.columns)
      row[column.propertyName] = this.dataSource.driver.prepareHydratedValue(
        raw[column.propertyName],
        column,
      ) as unknown;
    return row as unknown as OutboxMessage;
  }
}
