import { SWEEP_LOCK, SlaSweepService } from '../src/modules/cases/sla-sweep.service';
import { Case } from '../src/modules/cases/entities/case.entity';
import { CaseEvent } from '../src/modules/cases/entities/case-event.entity';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import { User } from '../src/modules/identity/entities/user.entity';
import { act, categoryId, pothole, submit, uploadPhoto } from './support/cases';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

const DAY = 86_400_000;

describe('SLA sweep', () => {
  let t: TestApp;
  let sweep: SlaSweepService;
  let resident: string;
  let pupr: string;
  let category: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    sweep = t.app.get(SlaSweepService);
    resident = (await registerResident(t, 1)).accessToken;
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    category = await categoryId(t, 'lorong', 'jalan_berlubang');
  });
  afterAll(() => t.close());

  async function fileCase() {
    const res = await submit(t, resident, pothole(category)).expect(201);
    return res.body.trackingCode as string;
  }
  const byCode = (trackingCode: string) => t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode });

  it('flags an unanswered case overdue, escalates to the agency, then to the regency admin', async () => {
    const code = await fileCase();
    // Received three weeks ago: every deadline has passed.
    const receivedAt = new Date(Date.now() - 21 * DAY);
    await t.dataSource.getRepository(Case).update({ trackingCode: code }, { receivedAt, dueAt: receivedAt });
    const first = await sweep.runOnce();
    expect(first.ran).toBe(true);
    expect(first.flagged).toBeGreaterThanOrEqual(1);
    expect(await byCode(code)).toMatchObject({ overdue: true, escalationLevel: 1 });
    const puprOfficer = await t.dataSource.getRepository(User).findOneByOrFail({ username: 'pupr' });
    const told = await t.dataSource
      .getRepository(Notification)
      .findBy({ userId: puprOfficer.id, kind: 'case.escalated' });
    expect(told.length).toBeGreaterThanOrEqual(1);

    // The next run (still overdue, past the admin threshold) tells the regency admin.
    await sweep.runOnce();
    expect((await byCode(code)).escalationLevel).toBe(2);
    const admin = await t.dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
    expect(
      await t.dataSource.getRepository(Notification).countBy({ userId: admin.id, kind: 'case.escalated' }),
    ).toBeGreaterThanOrEqual(1);

    // Nothing happens twice.
    const events = await t.dataSource.getRepository(CaseEvent).countBy({ caseId: (await byCode(code)).id });
    await sweep.runOnce();
    expect(await t.dataSource.getRepository(CaseEvent).countBy({ caseId: (await byCode(code)).id })).toBe(
      events,
    );

    // The overdue flag shows on the queue.
    const queue = await t
      .http()
      .get('/api/staff/cases')
      .query({ overdue: 'true' })
      .set('Authorization', `Bearer ${pupr}`)
      .expect(200);
    expect(queue.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);
  });

  it('leaves a fresh case alone and puts the most urgent first on the queue', async () => {
    const fresh = await fileCase();
    await sweep.runOnce();
    expect((await byCode(fresh)).overdue).toBe(false);
    const queue = await t.http().get('/api/staff/cases').set('Authorization', `Bearer ${pupr}`).expect(200);
    const due = queue.body.items.map((i: { dueAt: string | null }) => i.dueAt).filter(Boolean);
    expect([...due].sort()).toEqual(due);
  });

  it('closes a resolved case after 10 working days without the reporter’s reply', async () => {
    const code = await fileCase();
    await act(t, pupr, code, { action: 'start' }).expect(204);
    const proof = await uploadPhoto(t, pupr);
    await act(t, pupr, code, {
      action: 'resolve',
      message: 'Sudah diperbaiki',
      proofPhotoId: proof.body.id,
    }).expect(204);
    await sweep.runOnce();
    expect((await byCode(code)).status).toBe('selesai');
    await t.dataSource
      .getRepository(Case)
      .update({ trackingCode: code }, { resolvedAt: new Date(Date.now() - 30 * DAY) });
    const report = await sweep.runOnce();
    expect(report.closed).toBeGreaterThanOrEqual(1);
    const closed = await byCode(code);
    expect(closed.status).toBe('ditutup');
    expect(closed.closedAt).not.toBeNull();
  });

  it('runs once at a time: concurrent sweeps never both run', async () => {
    const reports = await Promise.all([sweep.runOnce(), sweep.runOnce(), sweep.runOnce()]);
    expect(reports.filter((r) => r.ran)).toHaveLength(1);
  });

  it('on PostgreSQL, honours the advisory lock held by another replica', async () => {
    if (t.config.database.kind !== 'postgres') {
      // SQLite serves a single process: the in-process guard above is the whole story.
      expect(t.dataSource.options.type).toBe('better-sqlite3');
      return;
    }
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [SWEEP_LOCK]);
      expect((await sweep.runOnce()).ran).toBe(false);
      await other.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK]);
      expect((await sweep.runOnce()).ran).toBe(true);
    } finally {
      await other.release();
    }
  });
});
