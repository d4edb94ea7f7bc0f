import { badRequest } from '@layanan/domain';
import type { DataSource } from 'typeorm';
import { IdempotencyKey } from '../../common/idempotency/idempotency-key.entity';
import { KeyRace, keyColumns } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { type RowShape, quotedNames, rowShape, rowValues } from '../../database/row-values';
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
 * reporter's and unclaimed. The statement is prepared once per connection and layout (named).
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
  const photoIds = [...new Set(draft.photos.ids)];
  const shapes = shapesOf(dataSource);
  const run = async (db: PgQueryable): Promise<NewCaseOutcome> => {
    for (let attempt = 0; attempt < trackingCodeDraws; attempt++) {
      const row = draft.row;
      row.trackingCode = draft.drawCode();
      const now = row.createdAt;
      const notices = draft.notices(row);
      const reporter = notifications.rows([notices.reporter], now);
      const officers = notifications.template(notices.officers, now);
      const answer = draft.answer(row);
      const layout: Layout = {
        events: draft.events.length,
        inbox: reporter.inbox.length,
        outbox: reporter.outbox.length,
        key: !!draft.key,
        photos: photoIds.length > 0,
      };
      const { name, text } = statementOf(shapes, layout);
      // In the order statementOf numbers the parameters.
      const values: unknown[] = rowValues(dataSource, shapes.cases, row);
      for (const e of draft.events) values.push(...rowValues(dataSource, shapes.events, e));
      for (const n of reporter.inbox) values.push(...rowValues(dataSource, shapes.inbox, n));
      for (const m of reporter.outbox) values.push(...rowValues(dataSource, shapes.outbox, m));
      values.push(
        ...templateValues(rowValues(dataSource, shapes.inbox, officers.notice), shapes.inbox, officerInbox),
        ...templateValues(
          rowValues(dataSource, shapes.outbox, officers.message),
          shapes.outbox,
          officerOutbox,
        ),
        officers.channels,
      );
      if (draft.key) {
        values.push(
          ...rowValues(dataSource, shapes.key, {
            ...draft.key,
            statusCode: 201,
            responseBody: JSON.stringify(answer),
            createdAt: now,
          }),
        );
      }
      if (photoIds.length) values.push(photoIds, draft.photos.ownerId, draft.photos.isPublic);
      let result: Row;
      try {
        [result] = (await db.query({ name, text, values })).rows;
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

/** Column names and SQL types of a shape. */
type Columns = Pick<RowShape<never>, 'names' | 'types'>;

/** How many rows of each kind a submission writes: one prepared statement per layout. */
interface Layout {
  events: number;
  inbox: number;
  outbox: number;
  key: boolean;
  photos: boolean;
}

/**
 * The officers' notice and message are templates: the statement fills these columns per officer
 * (and channel); the template's values are parameters for the other columns.
 */
const officerInbox: Record<string, string> = { id: 'o."id"', user_id: 'o."user_id"' };
const officerOutbox: Record<string, string> = {
  id: 'gen_random_uuid()::text',
  notification_id: 'o."id"',
  recipient_user_id: 'o."user_id"',
  channel: 'ch.value',
};

const templateValues = (values: unknown[], shape: { names: string[] }, filled: Record<string, string>) =>
  values.filter((_, i) => !Object.hasOwn(filled, shape.names[i]));

const statements = new Map<string, { name: string; text: string }>();

/**
 * The statement of a layout, its values as typed parameters (`$n::type`, the types from the
 * entities): PostgreSQL converts each from text as it binds them, where `json_populate_record`
 * parsed a JSON document per table and looked its record type up on every run (a 15 % shorter run
 * on PostgreSQL's side, measured in isolation). Parameters, in order: the case; its timeline rows;
 * the reporter's inbox and outbox rows; the officers' notice and message (their template columns);
 * the officers' channels; with a key its row; with photos the upload ids, their owner and whether
 * they become public.
 */
function statementOf(s: Shapes, layout: Layout): { name: string; text: string } {
  const id = `${layout.key ? 'k' : ''}${layout.photos ? 'p' : ''}${layout.events}_${layout.inbox}_${layout.outbox}`;
  const known = statements.get(id);
  if (known) return known;
  let next = 0;
  const param = (type: string) => `$${++next}::${type}`;
  const tuple = (shape: Columns) => `(${shape.types.map(param).join(', ')})`;
  const tuples = (shape: Columns, count: number) =>
    Array.from({ length: count }, () => tuple(shape)).join(', ');
  const template = (shape: Columns, filled: Record<string, string>) =>
    shape.names.map((n, i) => (Object.hasOwn(filled, n) ? filled[n] : param(shape.types[i]))).join(', ');
  const union = (...selects: (string | false)[]) => selects.filter(Boolean).join('\n      UNION ALL ');

  const caseTuple = tuple(s.cases);
  const eventRows = Array.from(
    { length: layout.events },
    (_, n) => `(${n}, ${s.events.types.map(param).join(', ')})`,
  ).join(', ');
  const inboxRows = layout.inbox > 0 && tuples(s.inbox, layout.inbox);
  const outboxRows = layout.outbox > 0 && tuples(s.outbox, layout.outbox);
  const officerNotice = template(s.inbox, officerInbox);
  const officerMessage = template(s.outbox, officerOutbox);
  const channels = param('text[]');
  const parts = [
    `c AS (INSERT INTO "${s.cases.table}" (${quotedNames(s.cases)}) VALUES ${caseTuple}
      ON CONFLICT ("tracking_code") DO NOTHING RETURNING "id", "agency_id")`,
    `e AS (INSERT INTO "${s.events.table}" (${quotedNames(s.events)})
      SELECT ${quotedNames(s.events, 'v.')} FROM c, (VALUES ${eventRows}) AS v("n", ${quotedNames(s.events)})
      ORDER BY v."n" RETURNING "id", "kind")`,
    `o AS MATERIALIZED (SELECT gen_random_uuid()::text AS "id", u."id" AS "user_id" FROM c
      JOIN "users" u ON u."agency_id" = c."agency_id" WHERE u."role" = 'officer' AND u."disabled_at" IS NULL)`,
    `n AS (INSERT INTO "${s.inbox.table}" (${quotedNames(s.inbox)})
      ${union(inboxRows && `SELECT v.* FROM c, (VALUES ${inboxRows}) AS v`, `SELECT ${officerNotice} FROM o`)})`,
    `m AS (INSERT INTO "${s.outbox.table}" (${quotedNames(s.outbox)})
      ${union(
        outboxRows && `SELECT v.* FROM c, (VALUES ${outboxRows}) AS v`,
        `SELECT ${officerMessage} FROM o, unnest(${channels}) AS ch(value)`,
      )})`,
  ];
  if (layout.key)
    parts.push(`k AS (INSERT INTO "${s.key.table}" (${quotedNames(s.key)})
      SELECT v.* FROM c, (VALUES ${tuple(s.key)}) AS v)`);
  if (layout.photos) {
    const [ids, owner, isPublic] = [param('varchar[]'), param('varchar'), param('boolean')];
    parts.push(`claimed AS (UPDATE "uploads" u SET "claimed_by" = 'case:' || c."id", "is_public" = ${isPublic} FROM c
          WHERE u."id" = ANY(${ids}) AND u."owner_id" = ${owner} AND u."claimed_by" IS NULL RETURNING u."id"),
        photos AS (INSERT INTO "case_photos" ("upload_id", "case_id", "event_id", "role")
          SELECT claimed."id", c."id", e."id", 'report' FROM claimed, c, e WHERE e."kind" = 'submitted')`);
  } else parts.push(`claimed AS (SELECT NULL::varchar AS "id" WHERE false)`);
  const statement = {
    name: `new_case_${id}`,
    text: `WITH ${parts.join(',\n')}
    SELECT (SELECT count(*) FROM c)::int AS "created", (SELECT count(*) FROM claimed)::int AS "photos"`,
  };
  statements.set(id, statement);
  return statement;
}
