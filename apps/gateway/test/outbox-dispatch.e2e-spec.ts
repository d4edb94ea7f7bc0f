import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, In } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { OutboxMessage } from '../src/modules/notifications/entities/outbox-message.entity';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { OutboxDispatcher } from '../src/modules/notifications/outbox/outbox-dispatcher';
import {
  claimPlanSettings,
  postgresClaim,
  sqliteClaim,
} from '../src/modules/notifications/outbox/outbox-store';
import { FakeChannel, caseUpdate, dispatcherFor } from './support/notifications';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

const phone = '+6281234567890'; // registerResident's number, normalised
const phoneDigits = '81234567890';
const minutes = (n: number) => n * 60_000;

interface PlanNode {
  'Node Type': string;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
/** The first node of that type in an EXPLAIN (FORMAT JSON) plan. */
function findNode(node: PlanNode, type: string): PlanNode {
  if (node['Node Type'] === type) return node;
  for (const child of node.Plans ?? []) {
    try {
      return findNode(child, type);
    } catch {
      // not under this child
    }
  }
  throw new Error(`no ${type} in the plan`);
}

describe('the outbox dispatcher', () => {
  let t: TestApp;
  let service: NotificationsService;
  let resident: { user: { id: string } };
  let clock: Date;
  const now = () => clock;
  const outbox = () => t.dataSource.getRepository(OutboxMessage);
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  /** A pending WhatsApp message to the resident, `id` numbered, due `dueMs` after a minute ago. */
  const queued = (prefix: string, id: number, dueMs = id): OutboxMessage => ({
    id: `${prefix}-${String(id).padStart(5, '0')}`,
    notificationId: null,
    channel: 'whatsapp',
    recipientUserId: resident.user.id,
    payload: '{}',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(clock.getTime() - minutes(1) + dueMs),
    lastError: null,
    lockedUntil: null,
    lockedBy: null,
    createdAt: clock,
    sentAt: null,
  });

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    service = t.app.get(NotificationsService);
    resident = await registerResident(t, 51);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await outbox().clear();
    clock = new Date(Date.now() + 1000); // a second ahead: what the test writes now is due
  });

  it('is not polling under NODE_ENV=test', () => {
    expect(t.app.get(OutboxDispatcher).polling).toBe(false);
  });

  it('sends a due message with the phone number read from the account at send time, and marks it sent', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    const { outboxIds } = await service.notify(caseUpdate([resident.user.id], { channels: ['whatsapp'] }));
    const report = await dispatcherFor(t, [whatsapp], { now }).runOnce();
    expect(report).toMatchObject({ claimed: 1, sent: 1 });
    expect(whatsapp.sent).toEqual([
      {
        id: outboxIds[0],
        to: phone,
        kind: 'case.updated',
        title: { id: 'Laporan Anda diperbarui', en: 'Your report was updated' },
        body: { id: 'Status: sedang dikerjakan', en: 'Status: in progress' },
        link: '/lorong/kasus/LRG-7K2Q-9M4X',
      },
    ]);
    const row = await outbox().findOneByOrFail({ id: outboxIds[0] });
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
      lockedBy: null,
      lockedUntil: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect((await dispatcherFor(t, [whatsapp], { now }).runOnce()).claimed).toBe(0);
  });

  it('keeps a message pending with backoff while its channel fails, and sends it once the channel works', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    whatsapp.down = true;
    const dispatcher = dispatcherFor(t, [whatsapp], { now });
    const { outboxIds } = await service.notify(caseUpdate([resident.user.id], { channels: ['whatsapp'] }));
    const started = clock.getTime();

    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    let row = await outbox().findOneByOrFail({ id: outboxIds[0] });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null });
    expect(row.nextAttemptAt.getTime()).toBe(started + 30_000);
    expect(row.lastError).toMatch(/gateway down/);
    expect(row.lastError).not.toContain(phoneDigits);

    advance(29_000); // not due yet
    expect((await dispatcher.runOnce()).claimed).toBe(0);
    advance(1_000);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    row = await outbox().findOneByOrFail({ id: outboxIds[0] });
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + 60_000);

    whatsapp.down = false;
    advance(60_000);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(whatsapp.sent.map((m) => m.id)).toEqual(outboxIds);
    expect(await outbox().findOneByOrFail({ id: outboxIds[0] })).toMatchObject({
      status: 'sent',
      attempts: 3,
    });
  });

  it('marks a message failed after OUTBOX_MAX_ATTEMPTS and stops trying', async () => {
    const sms = new FakeChannel('sms');
    sms.down = true;
    const dispatcher = dispatcherFor(t, [sms], { now, maxAttempts: 3 });
    const { outboxIds } = await service.notify(caseUpdate([resident.user.id], { channels: ['sms'] }));
    const reports = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await dispatcher.runOnce());
      advance(minutes(61));
    }
    expect(reports.map((r) => [r.retried, r.failed])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    const row = await outbox().findOneByOrFail({ id: outboxIds[0] });
    expect(row).toMatchObject({ status: 'failed', attempts: 3, sentAt: null });
    expect(row.lastError).not.toContain(phoneDigits);
  });

  it('fails at once a message whose user has no address on that channel', async () => {
    const email = new FakeChannel('email');
    const { outboxIds } = await service.notify(caseUpdate([resident.user.id], { channels: ['email'] }));
    expect(await dispatcherFor(t, [email], { now }).runOnce()).toMatchObject({ failed: 1 });
    expect(email.sent).toEqual([]);
    expect(await outbox().findOneByOrFail({ id: outboxIds[0] })).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no email address',
    });
  });

  it('records a batch in one UPDATE, each message with its own outcome, and leaves one whose claim was taken meanwhile', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    const sms = new FakeChannel('sms');
    sms.down = true;
    const email = new FakeChannel('email');
    const [sent, retried, failed, taken] = [
      await service.notify(caseUpdate([resident.user.id], { channels: ['whatsapp'] })),
      await service.notify(caseUpdate([resident.user.id], { channels: ['sms'] })),
      await service.notify(caseUpdate([resident.user.id], { channels: ['email'] })),
      await service.notify(
        caseUpdate([resident.user.id], { channels: ['whatsapp'], title: { id: 'Diambil', en: 'Taken' } }),
      ),
    ].map((r) => r.outboxIds[0]);
    // While the last one is being sent, its claim lapses and another worker takes it.
    const send = whatsapp.send.bind(whatsapp);
    whatsapp.send = async (message) => {
      if (message.id === taken) await outbox().update({ id: taken }, { lockedBy: 'another-worker' });
      await send(message);
    };
    const statements = jest.spyOn(t.dataSource, 'query');
    const report = await dispatcherFor(t, [whatsapp, sms, email], { now }).runOnce();
    expect(report).toMatchObject({ claimed: 4, sent: 2, retried: 1, failed: 1 });
    const sql = statements.mock.calls.map(([text]) => text);
    statements.mockRestore();
    // One statement picked and claimed the four, one recorded what became of them (not one per message).
    expect(sql.filter((text) => /SET "locked_by" = (\$\d|\?), "locked_until"/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => text.includes('"locked_by" = NULL'))).toHaveLength(1);
    expect(await outbox().findOneByOrFail({ id: sent })).toMatchObject({
      status: 'sent',
      attempts: 1,
      lockedBy: null,
    });
    const pending = await outbox().findOneByOrFail({ id: retried });
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null, lockedUntil: null });
    expect(pending.nextAttemptAt.getTime()).toBe(clock.getTime() + 30_000);
    expect(await outbox().findOneByOrFail({ id: failed })).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no email address',
    });
    expect(await outbox().findOneByOrFail({ id: taken })).toMatchObject({
      status: 'pending',
      attempts: 0,
      lockedBy: 'another-worker',
      sentAt: null,
    });
  });

  it('claims by reading the due index in order, also with a backlog written since the last ANALYZE', async () => {
    // The statistics were taken while the outbox was empty (a fresh install: migrations, then ANALYZE);
    // 10 000 messages have been written since, with no autovacuum in between.
    const postgres = t.config.database.kind === 'postgres';
    const message = (n: number) => queued('backlog', n);
    if (postgres) {
      await t.dataSource.query('ALTER TABLE "outbox_messages" SET (autovacuum_enabled = false)');
      await t.dataSource.query('ANALYZE "outbox_messages"');
    }
    try {
      for (let n = 0; n < 10_000; n += 50)
        await outbox().insert(Array.from({ length: 50 }, (_, i) => message(n + i)));
      const plan = postgres
        ? await t.dataSource.transaction(async ({ queryRunner }) => {
            const explain = async () => {
              const sql = `EXPLAIN (FORMAT JSON) ${postgresClaim('*')}`;
              const [row] = await t.dataSource.query<{ 'QUERY PLAN': unknown }[]>(
                sql,
                [clock, 'explain', clock, 10],
                queryRunner,
              );
              return JSON.stringify(row['QUERY PLAN']);
            };
            const planned = await explain();
            await t.dataSource.query(claimPlanSettings, [], queryRunner);
            return { planned, claim: await explain() };
          })
        : null;
      if (plan) {
        // Left to itself the planner sorts the whole backlog to claim ten of it...
        expect(plan.planned).toContain('"Node Type":"Sort"');
        // ...with the claim's settings it reads the index in order and stops after ten.
        expect(plan.claim).not.toContain('"Node Type":"Sort"');
        expect(plan.claim).not.toContain('Bitmap');
        expect(plan.claim).toContain('"Index Name":"ix_outbox_messages_status_next"');
      } else {
        const steps = await t.dataSource.query<{ detail: string }[]>(
          `EXPLAIN QUERY PLAN ${sqliteClaim('"id"')}`,
          ['explain', clock.toISOString(), clock.toISOString(), clock.toISOString(), 10],
        );
        const detail = steps.map((s) => s.detail).join('\n');
        expect(detail).toContain('ix_outbox_messages_status_next');
        expect(detail).not.toContain('TEMP B-TREE');
      }
      // And the claim takes the ten oldest due.
      const claimed = await dispatcherFor(t, [new FakeChannel('whatsapp')], {
        now,
        parallel: 10,
        batchSize: 10,
      }).runOnce();
      expect(claimed).toMatchObject({ claimed: 10, sent: 10 });
      const sent = await outbox().find({ where: { status: 'sent' }, order: { id: 'ASC' } });
      expect(sent.map((m) => m.id)).toEqual(Array.from({ length: 10 }, (_, i) => message(i).id));
    } finally {
      if (postgres) await t.dataSource.query('ALTER TABLE "outbox_messages" RESET (autovacuum_enabled)');
    }
  });

  it('goes on after the last message it claimed while a backlog lasts, instead of walking past every message sent since the last VACUUM', async () => {
    const postgres = t.config.database.kind === 'postgres';
    const message = (n: number) => queued('walk', n + 10, n);
    if (postgres) await t.dataSource.query('ALTER TABLE "outbox_messages" SET (autovacuum_enabled = false)');
    try {
      for (let n = 0; n < 3000; n += 100)
        await outbox().insert(Array.from({ length: 100 }, (_, i) => message(n + i)));
      const whatsapp = new FakeChannel('whatsapp');
      const dispatcher = dispatcherFor(t, [whatsapp], { now, batchSize: 50, parallel: 10 });
      for (let run = 0; run < 40; run++) expect(await dispatcher.runOnce()).toMatchObject({ sent: 50 });
      // Oldest due first, each once.
      expect(whatsapp.sent.map((m) => m.id)).toEqual(Array.from({ length: 2000 }, (_, i) => message(i).id));

      if (postgres) {
        // The 2 000 sent left their 'pending' entries at the start of the due index (no VACUUM since):
        // a claim from the start reads past all of them, one after the last message claimed does not.
        const blocks = async (cursor: boolean) =>
          t.dataSource.transaction(async ({ queryRunner }) => {
            await t.dataSource.query(claimPlanSettings, [], queryRunner);
            const [row] = await t.dataSource.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
              `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${postgresClaim('"id"', cursor)}`,
              [
                clock,
                'explain',
                clock,
                10,
                ...(cursor ? [message(1999).nextAttemptAt, message(1999).id] : []),
              ],
              queryRunner,
            );
            const scan = findNode(row['QUERY PLAN'][0].Plan, 'Index Scan');
            return scan['Shared Hit Blocks'] + scan['Shared Read Blocks'];
          });
        const fromStart = await blocks(false);
        const afterCursor = await blocks(true);
        expect(afterCursor).toBeLessThanOrEqual(3);
        expect(fromStart).toBeGreaterThan(afterCursor * 3);
        // (EXPLAIN ANALYZE claimed those ten: give them back.)
        await t.dataSource.query(
          `UPDATE "outbox_messages" SET "locked_by" = NULL, "locked_until" = NULL WHERE "locked_by" = 'explain'`,
        );
      }

      // A message that became due behind the cursor (written late, or its claim lapsed) waits while the
      // backlog lasts, at most CURSOR_MS (10 s)...
      const late = { ...message(-5), id: 'walk-late' };
      await outbox().insert(late);
      expect(await dispatcher.runOnce()).toMatchObject({ sent: 50 });
      expect(whatsapp.sent.map((m) => m.id)).not.toContain('walk-late');
      // ...then claims start from the oldest due again.
      advance(10_000);
      await dispatcher.runOnce();
      expect(whatsapp.sent[2050].id).toBe('walk-late');
      expect(await dispatcher.drain()).toMatchObject({ claimed: 950 - 49 });
      expect(new Set(whatsapp.sent.map((m) => m.id)).size).toBe(3001);
      expect(await outbox().countBy({ status: 'pending' })).toBe(0);
    } finally {
      if (postgres) await t.dataSource.query('ALTER TABLE "outbox_messages" RESET (autovacuum_enabled)');
    }
  });

  it('records a batch again when recording it fails (a dropped connection): sent once, not left claimed', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    const { outboxIds } = await service.notify(caseUpdate([resident.user.id], { channels: ['whatsapp'] }));
    const query = t.dataSource.query.bind(t.dataSource);
    let failures = 0;
    const spy = jest
      .spyOn(t.dataSource, 'query')
      .mockImplementation(async (sql: string, params?: Parameters<DataSource['query']>[1]) => {
        if (/"locked_by" = NULL/.test(sql) && failures === 0) {
          failures++;
          throw new Error('Connection terminated unexpectedly');
        }
        return query(sql, params);
      });
    try {
      const report = await dispatcherFor(t, [whatsapp], { now }).runOnce();
      expect(report).toMatchObject({ claimed: 1, sent: 1 });
    } finally {
      spy.mockRestore();
    }
    expect(failures).toBe(1);
    expect(whatsapp.sent).toHaveLength(1);
    expect(await outbox().findOneByOrFail({ id: outboxIds[0] })).toMatchObject({
      status: 'sent',
      lockedBy: null,
      lockedUntil: null,
    });
  });

  it('lets the event loop turn between the batches of a backlog (SQLite answers synchronously)', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    for (let i = 0; i < 30; i++)
      await service.notify(caseUpdate([resident.user.id], { channels: ['whatsapp'] }));
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const seen: number[] = [];
    const send = whatsapp.send.bind(whatsapp);
    whatsapp.send = async (message) => {
      seen.push(turns);
      await send(message);
    };
    const report = await dispatcherFor(t, [whatsapp], { now, batchSize: 50, parallel: 10 }).drain();
    spinning = false;
    expect(report.sent).toBe(30);
    // Requests (I/O callbacks, like this immediate) were served while the backlog went out.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(3);
  });

  it('takes over a claim that lapsed (a replica died mid-send) but not a live one', async () => {
    const whatsapp = new FakeChannel('whatsapp');
    const { outboxIds } = await service.notify(
      caseUpdate([resident.user.id, (await registerResident(t, 52)).user.id], { channels: ['whatsapp'] }),
    );
    await outbox().update(
      { id: outboxIds[0] },
      { lockedBy: 'dead-replica', lockedUntil: new Date(clock.getTime() - 1) },
    );
    await outbox().update(
      { id: outboxIds[1] },
      { lockedBy: 'busy-replica', lockedUntil: new Date(clock.getTime() + minutes(5)) },
    );
    expect(await dispatcherFor(t, [whatsapp], { now }).runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(whatsapp.sent.map((m) => m.id)).toEqual([outboxIds[0]]);
    expect(await outbox().findOneByOrFail({ id: outboxIds[1] })).toMatchObject({
      status: 'pending',
      lockedBy: 'busy-replica',
    });
  });

  it("sends one recipient's messages in the order they were written, while others' go alongside", async () => {
    const other = (await registerResident(t, 55)).user.id;
    const ids: string[][] = [[], []];
    for (let n = 0; n < 6; n++) {
      for (const [i, user] of [resident.user.id, other].entries()) {
        const { outboxIds } = await service.notify(
          caseUpdate([user], { channels: ['whatsapp'], body: { id: `pesan ${n}`, en: `message ${n}` } }),
        );
        ids[i].push(...outboxIds);
        await sleep(2); // due order is by time written (to the millisecond)
      }
    }
    const whatsapp = new FakeChannel('whatsapp', 4);
    expect(await dispatcherFor(t, [whatsapp], { now }).runOnce()).toMatchObject({ claimed: 12, sent: 12 });
    for (const own of ids)
      expect(whatsapp.sent.map((m) => m.id).filter((id) => own.includes(id))).toEqual(own);
  });

  it('sends a batch per run, and drains a backlog in one go', async () => {
    const users = [resident.user.id];
    for (let n = 56; n < 59; n++) users.push((await registerResident(t, n)).user.id);
    const written: string[] = [];
    for (let n = 0; n < 6; n++) {
      written.push(...(await service.notify(caseUpdate(users, { channels: ['whatsapp'] }))).outboxIds);
    }
    expect(written).toHaveLength(24);
    const whatsapp = new FakeChannel('whatsapp');
    const dispatcher = dispatcherFor(t, [whatsapp], { now, batchSize: 5, parallel: 2 });
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 5, sent: 5 });
    expect(await dispatcher.drain()).toMatchObject({ claimed: 19, sent: 19 });
    expect(whatsapp.sent.map((m) => m.id).sort()).toEqual([...written].sort());
    expect(await outbox().countBy({ status: 'pending' })).toBe(0);
  });

  it('never sends a message twice when two dispatchers run at the same time', async () => {
    const users = [resident.user.id];
    for (let n = 60; n < 80; n++) users.push((await registerResident(t, n)).user.id);
    const { outboxIds } = await service.notify(caseUpdate(users, { channels: ['whatsapp', 'sms'] }));
    expect(outboxIds).toHaveLength(42);
    // On PostgreSQL the second dispatcher has a connection pool of its own, like another replica.
    let second: DataSource | undefined;
    if (t.config.database.kind === 'postgres') {
      second = new DataSource({ ...dataSourceOptions(t.config), migrationsRun: false });
      await second.initialize();
    }
    try {
      const whatsapp = new FakeChannel('whatsapp', 3);
      const sms = new FakeChannel('sms', 3);
      const a = dispatcherFor(t, [whatsapp, sms], { workerId: 'replica-a' });
      const b = dispatcherFor(t, [whatsapp, sms], { workerId: 'replica-b', dataSource: second });
      const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
      const sent = [...whatsapp.sent, ...sms.sent].map((m) => m.id);
      expect(new Set(sent).size).toBe(sent.length);
      expect(sent.sort()).toEqual([...outboxIds].sort());
      expect(ra.claimed + rb.claimed).toBe(42);
      // Both claimed at the same time: each took messages the other did not hold (SKIP LOCKED on
      // PostgreSQL, one writer at a time on SQLite), and none was sent twice.
      expect(ra.claimed).toBeGreaterThan(0);
      expect(rb.claimed).toBeGreaterThan(0);
      const rows = await outbox().findBy({ id: In(outboxIds) });
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.lockedBy === null)).toBe(true);
    } finally {
      await second?.destroy();
    }
  });
});

describe('the outbox poller outside tests', () => {
  it('starts with the application, sends on its own, and stops at shutdown', async () => {
    const t = await bootTestApp({
      NODE_ENV: 'development',
      OUTBOX_POLL_SECONDS: '1',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    const dispatcher = t.app.get(OutboxDispatcher);
    try {
      expect(dispatcher.polling).toBe(true);
      const resident = await registerResident(t, 54);
      const { outboxIds } = await t.app.get(NotificationsService).notify(caseUpdate([resident.user.id]));
      const rows = t.dataSource.getRepository(OutboxMessage);
      for (
        let i = 0;
        i < 50 && (await rows.findOneByOrFail({ id: outboxIds[0] })).status === 'pending';
        i++
      ) {
        await sleep(100);
      }
      expect((await rows.findOneByOrFail({ id: outboxIds[0] })).status).toBe('logged');
    } finally {
      await t.close();
    }
    expect(dispatcher.polling).toBe(false);
  });
});
