/**
 * The bare baseline of the submission benchmark: Fastify and a plain driver
 * (pg, or better-sqlite3 for SQLite) doing the same write as the gateway's
 * POST /api/cases — the case row and one timeline row in one transaction —
 * and nothing else (no auth, no validation library, no ORM, no idempotency,
 * no outbox, no logging). Started as a child process by the bench:
 *   BARE_DB=postgres DATABASE_URL=… DATABASE_SCHEMA=… PORT=… node dist/baseline/server.js
 *   BARE_DB=sqlite SQLITE_PATH=… PORT=… node dist/baseline/server.js
 */
import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { generateTrackingCode } from '@layanan/domain';

interface Body {
  service: 'lorong' | 'madul' | 'sehat';
  categoryId: string;
  title: string;
  description: string;
  attributes?: Record<string, unknown>;
  location: { point?: { lat: number; lng: number }; villageCode?: string; address?: string };
  roadStatus?: string;
  severity?: string;
  anonim?: boolean;
  rahasia?: boolean;
}

const caseColumns = [
  'id',
  'tracking_code',
  'service',
  'category_id',
  'status',
  'title',
  'description',
  'attributes',
  'lat',
  'lng',
  'district_code',
  'village_code',
  'address',
  'road_status',
  'severity',
  'anonim',
  'rahasia',
  'reporter_id',
  'agency_id',
  'priority',
  'received_at',
  'due_at',
  'created_at',
  'updated_at',
];
const eventColumns = [
  'case_id',
  'kind',
  'is_public',
  'actor_id',
  'actor_role',
  'to_status',
  'data',
  'created_at',
];

const DAY = 86_400_000;

function rows(body: Body, agencyId: string, reporterId: string) {
  const now = new Date();
  const id = randomUUID();
  const code = generateTrackingCode(body.service, (n) => randomBytes(n));
  const villageCode = body.location.villageCode ?? null;
  return {
    id,
    code,
    caseRow: [
      id,
      code,
      body.service,
      body.categoryId,
      'diterima',
      body.title,
      body.description,
      JSON.stringify(body.attributes ?? {}),
      body.location.point?.lat ?? null,
      body.location.point?.lng ?? null,
      villageCode ? villageCode.slice(0, 8) : null,
      villageCode,
      body.location.address ?? null,
      body.roadStatus ?? null,
      body.severity ?? null,
      body.anonim ?? false,
      body.rahasia ?? false,
      reporterId,
      agencyId,
      body.severity === 'berat' ? 1 : 3,
      now,
      new Date(now.getTime() + DAY),
      now,
      now,
    ],
    eventRow: [id, 'submitted', true, reporterId, 'resident', 'diterima', '{}', now],
  };
}

function valid(body: unknown): body is Body {
  const b = body as Partial<Body> | null;
  return (
    !!b &&
    typeof b.title === 'string' &&
    typeof b.description === 'string' &&
    typeof b.categoryId === 'string' &&
    typeof b.service === 'string' &&
    typeof b.location === 'object'
  );
}

const sqliteValue = (v: unknown) =>
  v instanceof Date
    ? v.toISOString().replace('T', ' ').replace('Z', '')
    : typeof v === 'boolean'
      ? v
        ? 1
        : 0
      : v;

async function main() {
  const kind = process.env.BARE_DB;
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const insertSql = (table: string, columns: string[], placeholder: (i: number) => string) =>
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => placeholder(i)).join(', ')})`;
  let write: (body: Body) => Promise<{ id: string; code: string }>;
  let lookup: (sql: string) => Promise<Record<string, string>>;
  if (kind === 'postgres') {
    const pool = new Pool({
      connectionString: process.env.DATABASE_URL,
      max: 10, // as the gateway's pool
      options: `-c search_path=${process.env.DATABASE_SCHEMA}`,
    });
    const caseSql = insertSql('cases', caseColumns, (i) => `$${i + 1}`);
    const eventSql = insertSql('case_events', eventColumns, (i) => `$${i + 1}`);
    lookup = async (sql) => (await pool.query<Record<string, string>>(sql)).rows[0];
    const ids = await lookup(
      "SELECT c.default_agency_id AS agency, (SELECT id FROM users WHERE role = 'resident' LIMIT 1) AS reporter FROM categories c WHERE c.code = 'jalan_berlubang'",
    );
    write = async (body) => {
      const { id, code, caseRow, eventRow } = rows(body, ids.agency, ids.reporter);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(caseSql, caseRow);
        await client.query(eventSql, eventRow);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      return { id, code };
    };
  } else if (kind === 'sqlite') {
    const db = new Database(process.env.SQLITE_PATH);
    db.pragma('journal_mode = WAL'); // as the gateway
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const insertCase = db.prepare(insertSql('cases', caseColumns, () => '?'));
    const insertEvent = db.prepare(insertSql('case_events', eventColumns, () => '?'));
    lookup = (sql) => Promise.resolve(db.prepare(sql).get() as Record<string, string>);
    const ids = await lookup(
      "SELECT c.default_agency_id AS agency, (SELECT id FROM users WHERE role = 'resident' LIMIT 1) AS reporter FROM categories c WHERE c.code = 'jalan_berlubang'",
    );
    const transaction = db.transaction((caseRow: unknown[], eventRow: unknown[]) => {
      insertCase.run(caseRow.map(sqliteValue));
      insertEvent.run(eventRow.map(sqliteValue));
    });
    write = (body) => {
      const { id, code, caseRow, eventRow } = rows(body, ids.agency, ids.reporter);
      transaction(caseRow, eventRow);
      return Promise.resolve({ id, code });
    };
  } else {
    throw new Error('BARE_DB must be postgres or sqlite');
  }
  app.get('/health', () => ({ status: 'ok' }));
  app.post('/api/cases', async (request, reply) => {
    if (!valid(request.body)) return reply.code(400).send({ error: 'validation_failed' });
    const { id, code } = await write(request.body);
    return reply.code(201).send({ id, trackingCode: code, status: 'diterima' });
  });
  await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
