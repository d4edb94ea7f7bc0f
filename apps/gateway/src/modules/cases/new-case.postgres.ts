import { badRequest } from '@layanan/domain';
import type { DataSource } from 'typeorm';
import { IdempotencyKey } from '../../common/idempotency/idempotency-key.entity';
import { KeyRace, keyColumns } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { type RowShape, quotedNames, rowRecord, rowShape } from '../../database/row-values';
import { Notification } from '../notifications/entities/notification.entity';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import {
  type NotificationsService,
  inboxColumns,
  outboxColumns,
} from '../notifications/notifications.service';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';
import { eventColumns } from './case-events.service';
import { type NewCase, type NewCaseOutcome, caseColumns, trackingCodeDraws } from './new-case';

/** The parts of node-postgres used here (the pool TypeORM's driver holds). */
interface PgQueryable {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}
interface PgPool extends PgQueryable {
  connect(): Promise<PgQueryable & { release(error?: Error): void }>;
}
interface Row {
  created: number;
  photos: number;
}

interface Shapes {
  cases: RowShape<Case>;
  events: RowShape<CaseEvent>;
  inbox: RowShape<Notification>;
  outbox: RowShape<OutboxMessage>;
  key: RowShape<IdempotencyKey>;
}

/**
 * A new case on PostgreSQL in ONE statement of data-modifying CTEs, atomic by itself (no
 * BEGIN/COMMIT): the case is inserted (`ON CONFLICT` on the tracking code: a collision inserts
 * nothing and the caller draws again), then — each only if the case row was inserted — its timeline
 * rows, the reporter's inbox and outbox rows, one inbox row per active officer of the agency (found
 * by the statement itself, with its outbox rows per channel), and the key row. A key already used
 * (a retry, or a concurrent request with the same key) makes the key's INSERT fail on its primary
 * key, which undoes the whole statement (KeyRace: the caller replays the first answer). With photos
 * the statement also claims them and runs in a transaction, rolled back unless every photo was the
 * reporter's and unclaimed. The statement is prepared once per connection (named).
 *
 * The statement reads no table to decide what to write: a prepared statement keeps the plan it was
 * given at its sixth run, chosen for the tables as they were then. The earlier version looked the key
 * up first; on a fresh database that plan was a sequential scan of the (then empty) key table, kept
 * while the table grew (on a database without autovacuum, for the connection's whole life): 74
 * million key rows read for 4 844 lookups in one 2-minute benchmark run. A retry now pays for an
 * insert that is rolled back, once; a first request (nearly all) reads nothing.
 */
export async function writeNewCasePostgres(
  dataSource: DataSource,
  notifications: NotificationsService,
  draft: NewCase,
): Promise<NewCaseOutcome> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const withKey = !!draft.key;
  const photoIds = [...new Set(draft.photos.ids)];
  const shapes = shapesOf(dataSource);
  const statement = statementText(shapes, withKey, photoIds.length > 0);
  const name = `new_case_${withKey ? 'k' : ''}${photoIds.length ? 'p' : ''}`;
  const run = async (db: PgQueryable): Promise<NewCaseOutcome> => {
    for (let attempt = 0; attempt < trackingCodeDraws; attempt++) {
      const row = draft.row;
      row.trackingCode = draft.drawCode();
      const now = row.createdAt;
      const notices = draft.notices(row);
      const reporter = notifications.rows([notices.reporter], now);
      const officers = notifications.template(notices.officers, now);
      const answer = draft.answer(row);
      const values: unknown[] = [
        JSON.stringify(rowRecord(dataSource, shapes.cases, row)),
        JSON.stringify(draft.events.map((e) => rowRecord(dataSource, shapes.events, e))),
        JSON.stringify(reporter.inbox.map((n) => rowRecord(dataSource, shapes.inbox, n))),
        JSON.stringify(reporter.outbox.map((m) => rowRecord(dataSource, shapes.outbox, m))),
        JSON.stringify(rowRecord(dataSource, shapes.inbox, officers.notice)),
        JSON.stringify(rowRecord(dataSource, shapes.outbox, officers.message)),
        JSON.stringify(officers.channels),
      ];
      if (draft.key) {
        values.push(
          JSON.stringify(
            rowRecord(dataSource, shapes.key, {
              ...draft.key,
              statusCode: 201,
              responseBody: JSON.stringify(answer),
              createdAt: now,
            }),
          ),
        );
      }
      if (photoIds.length) values.push(photoIds, draft.photos.ownerId, draft.photos.isPublic);
      let result: Row;
      try {
        [result] = (await db.query({ name, text: statement, values })).rows;
      } catch (error) {
        if (isUniqueViolation(error) && (error as { table?: string }).table === shapes.key.table)
          throw new KeyRace();
        throw error;
      }
      if (result.created === 0) continue; // the tracking code was taken: draw again
      if (result.photos !== photoIds.length) throw badRequest('photo_unknown', { photoIds: 'photo_unknown' });
      return { created: answer };
    }
    throw new Error(`No free tracking code after ${trackingCodeDraws} draws`);
  };
  if (!photoIds.length) return run(pool);
  const client = await pool.connect();
  try {
    await client.query({ text: 'BEGIN', values: [] });
    const outcome = await run(client);
    await client.query({ text: 'COMMIT', values: [] });
    client.release();
    return outcome;
  } catch (error) {
    try {
      await client.query({ text: 'ROLLBACK', values: [] });
      client.release();
    } catch (rollbackError) {
      client.release(rollbackError as Error);
    }
    throw error;
  }
}

function shapesOf(dataSource: DataSource): Shapes {
  return {
    cases: rowShape(dataSource, Case, caseColumns),
    events: rowShape(dataSource, CaseEvent, eventColumns),
    inbox: rowShape(dataSource, Notification, inboxColumns),
    outbox: rowShape(dataSource, OutboxMessage, outboxColumns),
    key: rowShape(dataSource, IdempotencyKey, keyColumns),
  };
}

const texts = new Map<string, string>();

/**
 * The statement's text. Parameters: $1 the case (JSON), $2 its timeline rows, $3 and $4 the reporter's
 * inbox and outbox rows, $5 and $6 the officers' inbox row and outbox message (without ids and
 * users), $7 the officers' channels; with a key $8 its row; with photos
 * then the upload ids, their owner and whether they become public.
 */
function statementText(s: Shapes, withKey: boolean, withPhotos: boolean): string {
  const id = `${withKey}:${withPhotos}`;
  const known = texts.get(id);
  if (known) return known;
  const cols = (shape: { names: string[] }, alias: string) => quotedNames(shape, `${alias}.`);
  const officerInbox = s.inbox.names
    .map((n) => (n === 'id' ? 'o."id"' : n === 'user_id' ? 'o."user_id"' : `t."${n}"`))
    .join(', ');
  const officerOutbox = s.outbox.names
    .map((n) =>
      n === 'id'
        ? 'gen_random_uuid()::text'
        : n === 'notification_id'
          ? 'o."id"'
          : n === 'recipient_user_id'
            ? 'o."user_id"'
            : n === 'channel'
              ? 'ch.value'
              : `t."${n}"`,
    )
    .join(', ');
  const p = withKey ? 9 : 8; // first photo parameter
  const parts = [
    `c AS (INSERT INTO "${s.cases.table}" (${quotedNames(s.cases)})
      SELECT ${cols(s.cases, 'v')} FROM json_populate_record(NULL::"${s.cases.table}", $1::json) v
      ON CONFLICT ("tracking_code") DO NOTHING RETURNING "id", "agency_id")`,
    `e AS (INSERT INTO "${s.events.table}" (${quotedNames(s.events)})
      SELECT ${cols(s.events, 'v')} FROM c, json_array_elements($2::json) WITH ORDINALITY AS x(value, n),
        json_populate_record(NULL::"${s.events.table}", x.value) v ORDER BY x.n RETURNING "id", "kind")`,
    `o AS MATERIALIZED (SELECT gen_random_uuid()::text AS "id", u."id" AS "user_id" FROM c
      JOIN "users" u ON u."agency_id" = c."agency_id" WHERE u."role" = 'officer' AND u."disabled_at" IS NULL)`,
    `n AS (INSERT INTO "${s.inbox.table}" (${quotedNames(s.inbox)})
      SELECT ${cols(s.inbox, 'v')} FROM c, json_populate_recordset(NULL::"${s.inbox.table}", $3::json) v
      UNION ALL SELECT ${officerInbox} FROM o, json_populate_record(NULL::"${s.inbox.table}", $5::json) t)`,
    `m AS (INSERT INTO "${s.outbox.table}" (${quotedNames(s.outbox)})
      SELECT ${cols(s.outbox, 'v')} FROM c, json_populate_recordset(NULL::"${s.outbox.table}", $4::json) v
      UNION ALL SELECT ${officerOutbox} FROM o, json_populate_record(NULL::"${s.outbox.table}", $6::json) t,
        json_array_elements_text($7::json) AS ch(value))`,
  ];
  if (withKey)
    parts.push(`k AS (INSERT INTO "${s.key.table}" (${quotedNames(s.key)})
      SELECT ${cols(s.key, 'v')} FROM c, json_populate_record(NULL::"${s.key.table}", $8::json) v)`);
  parts.push(
    withPhotos
      ? `claimed AS (UPDATE "uploads" u SET "claimed_by" = 'case:' || c."id", "is_public" = $${p + 2} FROM c
          WHERE u."id" = ANY($${p}::varchar[]) AND u."owner_id" = $${p + 1} AND u."claimed_by" IS NULL RETURNING u."id"),
        photos AS (INSERT INTO "case_photos" ("upload_id", "case_id", "event_id", "role")
          SELECT claimed."id", c."id", e."id", 'report' FROM claimed, c, e WHERE e."kind" = 'submitted')`
      : `claimed AS (SELECT NULL::varchar AS "id" WHERE false)`,
  );
  const text = `WITH ${parts.join(',\n')}
    SELECT (SELECT count(*) FROM c)::int AS "created", (SELECT count(*) FROM claimed)::int AS "photos"`;
  texts.set(id, text);
  return text;
}
