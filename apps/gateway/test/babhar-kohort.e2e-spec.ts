import { Pregnancy } from '../src/modules/babhar/entities';
import { TLANAKAN_DESA, as, daysFromToday, puskesmas, registerPregnancy } from './support/babhar';
import { type TestApp, bootTestApp, login, testNik } from './support/test-app';

/**
 * The kohort register is paged in SQL: its status filters must say what the pregnancy's status on
 * today's date is (an active record past HPHT + 308 days, or past its ultrasound equivalent, is lost
 * to follow-up), newest HPHT first.
 */
describe('e-Babhar kohort register, paged in the database', () => {
  let t: TestApp;
  let bidan: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    const pkm = await puskesmas(t, 'PKM-TLANAKAN');
    const repo = t.dataSource.getRepository(Pregnancy);
    const days = { recent: 70, usgDated: 100, overdue: 150, swept: 200 } as const;
    let n = 801;
    for (const [name, ago] of Object.entries(days))
      ids[name] = (await registerPregnancy(t, bidan, testNik(n++), pkm, ago)).pregnancyId;
    // Ages the records as time would: HPHT 320 days ago, still stored active (the sweep has not run) …
    await repo.update({ id: ids.overdue }, { hpht: daysFromToday(-320) });
    // … one the sweep closed, and an old HPHT whose ultrasound dating keeps it active (USG HPL in 50 days).
    await repo.update(
      { id: ids.swept },
      { hpht: daysFromToday(-400), status: 'lost_to_follow_up', closedOn: daysFromToday(-92) },
    );
    await repo.update({ id: ids.usgDated }, { hpht: daysFromToday(-330), usgHpl: daysFromToday(50) });
  });
  afterAll(() => t.close());

  const kohort = (query: Record<string, string | number>) =>
    t.http().get('/api/babhar/kohort').query(query).set(as(bidan)).expect(200);
  const idsOf = (body: { items: { pregnancyId: string }[] }) => body.items.map((i) => i.pregnancyId);

  it('filters by the status on today, newest HPHT first, with the exact total', async () => {
    const active = await kohort({ status: 'active' });
    expect(idsOf(active.body)).toEqual([ids.recent, ids.usgDated]);
    expect(active.body.total).toBe(2);
    expect(active.body.items.map((i: { status: string }) => i.status)).toEqual(['active', 'active']);
    const lost = await kohort({ status: 'lost_to_follow_up' });
    expect(idsOf(lost.body)).toEqual([ids.overdue, ids.swept]);
    expect(lost.body.items.map((i: { status: string }) => i.status)).toEqual([
      'lost_to_follow_up',
      'lost_to_follow_up',
    ]);
  });

  it('pages in order and filters by the mother’s desa', async () => {
    const all = await kohort({ pageSize: 200 });
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    const order = idsOf(all.body).filter((id) => Object.values(ids).includes(id));
    expect(order).toEqual([ids.recent, ids.overdue, ids.usgDated, ids.swept]);
    const second = await kohort({ pageSize: 1, page: 2 });
    expect(second.body).toMatchObject({ total: all.body.total, page: 2, pageSize: 1 });
    expect(idsOf(second.body)).toEqual([idsOf(all.body)[1]]);
    const desa = await kohort({ villageCode: TLANAKAN_DESA, pageSize: 200 });
    expect(desa.body.total).toBe(all.body.total);
    const elsewhere = await kohort({ villageCode: '35.28.10.2001' });
    expect(elsewhere.body).toMatchObject({ total: 0, items: [] });
  });
});
