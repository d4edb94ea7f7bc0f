import { randomUUID } from 'node:crypto';
import { caseCountCap } from '@layanan/domain';
import { Case } from '../src/modules/cases/entities/case.entity';
import { agencyId, categoryId } from './support/cases';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

/**
 * Lists count their matches up to a cap (caseCountCap, or the end of the page asked for) and say
 * so with `totalCapped`; below the cap the total is exact. Runs on SQLite and, with DATABASE_URL,
 * on PostgreSQL (the partial indexes of the lists exist on both).
 */
describe('capped totals of the case lists', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  const extra = 50;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    officer = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    const reporter = await registerResident(t, 7);
    const category = await categoryId(t, 'lorong', 'jalan_berlubang');
    const pupr = await agencyId(t, 'PUPR');
    const start = Date.now() - 30 * 86_400_000;
    // caseCountCap + 50 open public cases in Waru (35.28.10), none of the demo's there; plus closed and
    // rahasia ones that no public count may include.
    const rows: Partial<Case>[] = Array.from({ length: caseCountCap + extra + 20 }, (_, i) => ({
      id: randomUUID(),
      trackingCode: `LRG-CAP${String(i).padStart(5, '0')}`,
      service: 'lorong' as const,
      categoryId: category,
      status:
        i < caseCountCap + extra
          ? ('diterima' as const)
          : i % 2
            ? ('ditutup' as const)
            : ('diproses' as const),
      title: `Jalan rusak ${i}`,
      description: 'Lubang di jalan desa, mohon diperbaiki.',
      districtCode: '35.28.10',
      lat: -6.9853 + (i % 100) / 10_000,
      lng: 113.5772 + Math.floor(i / 100) / 10_000,
      rahasia: i >= caseCountCap + extra && i % 2 === 0,
      reporterId: reporter.user.id,
      agencyId: pupr,
      receivedAt: new Date(start + i * 60_000),
      dueAt: new Date(start + (i + 7 * 24 * 60) * 60_000),
    }));
    const repo = t.dataSource.getRepository(Case);
    for (let i = 0; i < rows.length; i += 100) await repo.insert(rows.slice(i, i + 100));
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('caps the public total at the cap and says so; the page itself is full', async () => {
    const res = await t.http().get('/api/cases').query({ districtCode: '35.28.10' }).expect(200);
    expect(res.body).toMatchObject({ total: caseCountCap, totalCapped: true, page: 1 });
    expect(res.body.items).toHaveLength(res.body.pageSize);
    // Newest first: the last inserted open case heads the list.
    expect(res.body.items[0].trackingCode).toBe(
      `LRG-CAP${String(caseCountCap + extra - 1).padStart(5, '0')}`,
    );
  });

  it('counts exactly below the cap, and never counts rahasia or closed cases', async () => {
    const res = await t
      .http()
      .get('/api/cases')
      .query({ districtCode: '35.28.10', status: 'diproses' })
      .expect(200);
    // The 10 `diproses` ones of the 20 extra rows are all rahasia.
    expect(res.body).toMatchObject({ total: 0, totalCapped: false });
    const box = await t
      .http()
      .get('/api/cases')
      .query({ bbox: '-6.9854,113.5771,-6.98005,113.57725', pageSize: 100 })
      .expect(200);
    // Open public rows 0–52 (lat steps of 0.0001 from -6.9853, the first lng column).
    expect(box.body).toMatchObject({ total: 53, totalCapped: false });
    expect(box.body.items).toHaveLength(53);
  });

  it('counts to the end of a page beyond the cap, so paging past it still knows where it is', async () => {
    const pageSize = 50;
    const page = caseCountCap / pageSize + 1; // rows 1001–1050: exactly the last page
    const res = await t
      .http()
      .get('/api/cases')
      .query({ districtCode: '35.28.10', page, pageSize })
      .expect(200);
    expect(res.body).toMatchObject({ total: caseCountCap + extra, totalCapped: false, page });
    expect(res.body.items).toHaveLength(extra);
  });

  it('caps the staff queue of the officer and of the regency admin alike', async () => {
    const mine = await t.http().get('/api/staff/cases').set(as(officer)).expect(200);
    expect(mine.body).toMatchObject({ total: caseCountCap, totalCapped: true });
    expect(mine.body.items.length).toBe(mine.body.pageSize);
    const all = await t.http().get('/api/staff/cases').set(as(admin)).expect(200);
    expect(all.body).toMatchObject({ total: caseCountCap, totalCapped: true });
    const few = await t
      .http()
      .get('/api/staff/cases')
      .query({ status: 'diproses' })
      .set(as(admin))
      .expect(200);
    expect(few.body.totalCapped).toBe(false);
    expect(few.body.total).toBe(few.body.items.length);
  });
});
