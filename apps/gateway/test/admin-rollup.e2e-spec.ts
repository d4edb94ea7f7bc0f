import {
  DashboardAccumulator,
  GroupedLeague,
  type LeagueRow,
  formatCalendarDate,
  todayInWib,
  addCalendarDays,
} from '@layanan/domain';
import { BackOfficeService } from '../src/modules/admin/back-office.service';
import { CLUSTER_CELL_DEGREES } from '../src/modules/admin/cluster-grid';
import { AdminRollupService } from '../src/modules/admin/rollup/admin-rollup.service';
import { CaseStatsService } from '../src/modules/cases/case-stats.service';
import { Case } from '../src/modules/cases/entities/case.entity';
import { act, agencyId, categoryId, pothole, submit } from './support/cases';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The rollup (docs/ADMIN.md "Rollup") must give exactly the figures of the scan that judges every
 * case, whatever happened to the cases after they were rolled up and whatever the time of the request.
 */
describe('Back office rollup', () => {
  let t: TestApp;
  let admin: string;
  let pupr: string;
  let resident: string;
  let dlh: string;
  let puprId: string;
  const codes: Record<string, string> = {};
  const period = (now: Date) => ({
    from: formatCalendarDate(addCalendarDays(todayInWib(now), -29)),
    to: formatCalendarDate(todayInWib(now)),
  });

  /** The league of the period judged case by case (what the back office did before the rollup). */
  async function scanned(now: Date, groupBy: 'agency' | 'assignee' = 'agency', agency?: string) {
    const league = new GroupedLeague<string>();
    for await (const batch of t.app.get(CaseStatsService).scan({ ...period(now), agencyId: agency }, { now }))
      for (const { row, facts } of batch)
        league.add(groupBy === 'agency' ? row.agencyId : (row.assigneeId ?? 'none'), facts);
    return league.rows();
  }
  const figures = ({
    agencyId: _a,
    agencyCode: _c,
    agencyName: _n,
    ...row
  }: LeagueRow & Record<string, unknown>) => row;

  async function expectSameAsScan(now: Date) {
    // The figures must come from the rollup: wait for a build that a change of judgement started.
    const rollup = t.app.get(AdminRollupService);
    if (!(await rollup.ready(now))) await rollup.whenBuilt();
    expect(await rollup.ready(now)).toBe(true);
    const office = t.app.get(BackOfficeService);
    const rolled = await office.leagueTable(period(now), now);
    const reference = await scanned(now);
    for (const row of rolled.rows) {
      const expected = reference.get(row.agencyId);
      if (expected) expect(figures(row as never)).toEqual(expected);
      else expect(row.cases).toBe(0);
    }
    const officers = await office.officerLeague({ ...period(now), agencyId: puprId }, now);
    const officerReference = await scanned(now, 'assignee', puprId);
    for (const row of officers.rows) {
      const { assigneeId, officerName: _o, ...rest } = row;
      const expected = officerReference.get(assigneeId);
      if (expected) expect(rest).toEqual(expected);
      else expect(row.cases).toBe(0);
    }
    return rolled;
  }

  /** How many of an agency's cases the rollup itself holds (the others are judged live). */
  const rolledUp = async (agency: string) => {
    const [row] = await t.dataSource.query<{ n: string | number | null }[]>(
      `SELECT SUM("cases") AS n FROM "admin_rollup_league" WHERE "agency_id" = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [agency],
    );
    return Number(row.n ?? 0);
  };
  const rowOf = (league: { rows: (LeagueRow & { agencyId: string })[] }, id: string) =>
    league.rows.find((r) => r.agencyId === id)!;
  const cases = () => t.dataSource.getRepository(Case);
  /** Moves a case's clock back, as if it had been received `hours` earlier. */
  async function back(code: string, hours: number) {
    const row = await cases().findOneByOrFail({ trackingCode: code });
    const shift = (d: Date | null) => (d ? new Date(d.getTime() - hours * HOUR) : d);
    await cases().update(
      { trackingCode: code },
      {
        receivedAt: shift(row.receivedAt)!,
        routedAt: shift(row.routedAt),
        firstResponseAt: shift(row.firstResponseAt),
      },
    );
  }

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    resident = (await registerResident(t, 72)).accessToken;
    puprId = await agencyId(t, 'PUPR');
    dlh = await agencyId(t, 'DLH');
    const pothole_ = await categoryId(t, 'lorong', 'jalan_berlubang');
    const file = async () =>
      (await submit(t, resident, pothole(pothole_)).expect(201)).body.trackingCode as string;
    const respond = (code: string) =>
      act(t, pupr, code, { action: 'respond', message: 'Terima kasih, laporan sedang kami periksa.' }).expect(
        204,
      );
    for (const name of ['answered', 'silent', 'rated', 'moved', 'young']) codes[name] = await file();
    await respond(codes.answered);
    await respond(codes.rated);
    await respond(codes.moved);
    // Rolled up: received days ago (the rollup holds cases received more than an hour ago).
    await back(codes.answered, 50);
    await back(codes.silent, 30); // unanswered, past its sanction line; its LAPOR! deadlines still to come
    await back(codes.rated, 75);
    await back(codes.moved, 100);
  });
  afterAll(() => t.close());

  it('gives the figures of the scan, over HTTP and at later times (a case settling as time passes)', async () => {
    const res = await t.http().get('/api/admin/league').set('Authorization', `Bearer ${admin}`).expect(200);
    const now = new Date();
    const first = await expectSameAsScan(now);
    expect(res.body.rows.find((r: { agencyId: string }) => r.agencyId === puprId)).toEqual(
      JSON.parse(JSON.stringify(rowOf(first, puprId))),
    );
    const row = rowOf(first, puprId);
    expect(row).toMatchObject({ cases: 5, answered: 3, sanction: 1 });
    // Four were received days ago and are in the rollup; the young one is judged live.
    expect(await rolledUp(puprId)).toBe(4);
    // Ten days on: the silent case's verify and follow-up deadlines have passed, and the young one's sanction line.
    const later = new Date(now.getTime() + 10 * DAY);
    const tenDays = rowOf(await expectSameAsScan(later), puprId);
    expect(tenDays.sanction).toBe(2);
    expect(tenDays.followUpDue - row.followUpDue).toBe(2);
  });

  it('follows a rating added to a rolled-up case', async () => {
    const now = new Date();
    const before = rowOf(await expectSameAsScan(now), puprId);
    const [{ n: marks }] = await t.dataSource.query<{ n: string | number }[]>(
      'SELECT COUNT(*) AS n FROM "admin_rollup_dirty"',
    );
    await cases().update({ trackingCode: codes.rated }, { rating: 2, status: 'ditutup' });
    const [{ n: marked }] = await t.dataSource.query<{ n: string | number }[]>(
      'SELECT COUNT(*) AS n FROM "admin_rollup_dirty"',
    );
    expect(Number(marked)).toBeGreaterThan(Number(marks));
    const after = rowOf(await expectSameAsScan(now), puprId);
    expect(after.ratings).toBe(before.ratings + 1);
    expect(after.satisfaction).toBe(2);
  });

  it('follows a reroute of a rolled-up case between agencies', async () => {
    const now = new Date();
    const before = await expectSameAsScan(now);
    await act(t, pupr, codes.moved, {
      action: 'reroute',
      agencyId: dlh,
      reason: 'Sampah menutup saluran, wewenang DLH.',
    }).expect(204);
    const after = await expectSameAsScan(now);
    expect(rowOf(after, puprId).cases).toBe(rowOf(before, puprId).cases - 1);
    // The trigger marked its day and the query recomputed it: the rollup itself moved the case.
    expect(await rolledUp(puprId)).toBe(3);
    expect(await rolledUp(dlh)).toBe(1);
    expect(rowOf(after, dlh).cases).toBe(rowOf(before, dlh).cases + 1);
    expect(rowOf(after, dlh).answered).toBe(rowOf(before, dlh).answered + 1);
  });

  it('is rebuilt when a holiday changes the working-day deadlines', async () => {
    const now = new Date();
    await expectSameAsScan(now);
    // A day off on each of the next days moves the silent case's LAPOR! deadlines.
    for (let d = 0; d < 5; d++) {
      const date = formatCalendarDate(addCalendarDays(todayInWib(now), d));
      await t
        .http()
        .put('/api/admin/holidays')
        .set('Authorization', `Bearer ${admin}`)
        .send({ date, kind: 'cuti_bersama', name: `Cuti ${d}` })
        .expect((res) => expect(res.status).toBeLessThan(300));
    }
    // The rollup is stale now: the league answers at once by the scan while it is rebuilt behind.
    const rollup = t.app.get(AdminRollupService);
    expect(await rollup.ready(now)).toBe(false);
    const meanwhile = await t.app.get(BackOfficeService).leagueTable(period(now), now);
    const reference = await scanned(now);
    expect(figures(rowOf(meanwhile, puprId) as never)).toEqual(reference.get(puprId));
    await expectSameAsScan(now);
    await expectSameAsScan(new Date(now.getTime() + 6 * DAY));
  });

  it('gives the dashboard counts of the scan', async () => {
    const now = new Date();
    const rollup = t.app.get(AdminRollupService);
    if (!(await rollup.ready(now))) await rollup.whenBuilt();
    expect(await rollup.ready(now)).toBe(true);
    const office = t.app.get(BackOfficeService);
    const view = await office.dashboard(period(now), now);
    const { mixOf } = await t.app.get(CaseStatsService).judge();
    const acc = new DashboardAccumulator(mixOf, CLUSTER_CELL_DEGREES);
    for await (const batch of t.app.get(CaseStatsService).scan(period(now), { now }))
      for (const { row } of batch) acc.add(row);
    const d = acc.dashboard();
    const counts = (list: { key: string; count: number }[]) =>
      Object.fromEntries(list.map((r) => [r.key, r.count]));
    expect(view.total).toBe(d.total);
    expect(view.open).toBe(d.open);
    expect(counts(view.byService)).toEqual(d.byService);
    expect(counts(view.byCategory)).toEqual(d.byCategory);
    expect(counts(view.byStatus)).toEqual(d.byStatus);
    expect(counts(view.byDistrict)).toEqual(d.byDistrict);
    expect(counts(view.byWeek)).toEqual(d.byWeek);
    expect(counts(view.byMix)).toEqual(d.byMix);
    expect(Object.fromEntries(view.trend.map((w) => [w.week, w.counts]))).toEqual(d.trend);
    expect(view.clusters.map((c) => c.count).sort()).toEqual(d.clusters.map((c) => c.count).sort());
    for (const c of view.clusters) {
      const same = d.clusters.find((x) => x.count === c.count && Math.abs(x.lat - c.lat) < 1e-9);
      expect(same).toBeDefined();
      expect(Math.abs(same!.lng - c.lng)).toBeLessThan(1e-9);
    }
  });
});
