import { Case } from '../src/modules/cases/entities/case.entity';
import { act, agencyId, categoryId, pothole, submit } from './support/cases';
import { parseCsv } from './support/csv';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

const HOUR = 3_600_000;

/** Every route of the back office, with what a refused caller sends. */
const adminRoutes: { method: 'get' | 'post' | 'patch' | 'put' | 'delete'; path: string; body?: object }[] = [
  { method: 'get', path: '/api/admin/dashboard' },
  { method: 'get', path: '/api/admin/league' },
  { method: 'get', path: '/api/admin/league/officers?agencyId=x' },
  { method: 'get', path: '/api/admin/cases' },
  { method: 'get', path: '/api/admin/exports/cases.csv' },
  { method: 'get', path: '/api/admin/exports/league.csv' },
  { method: 'get', path: '/api/admin/exports/officers.csv?agencyId=x' },
  { method: 'get', path: '/api/admin/exports/dashboard.csv?table=service' },
  { method: 'get', path: '/api/admin/agencies' },
  { method: 'post', path: '/api/admin/agencies', body: { code: 'NOPE', name: 'Tidak boleh' } },
  { method: 'patch', path: '/api/admin/agencies/x', body: { name: 'Tidak boleh' } },
  // The management routes the back office's pages use.
  { method: 'get', path: '/api/admin/staff' },
  { method: 'post', path: '/api/admin/staff', body: {} },
  { method: 'patch', path: '/api/admin/staff/x', body: {} },
  { method: 'get', path: '/api/admin/audit-log' },
  { method: 'get', path: '/api/admin/holidays' },
  { method: 'put', path: '/api/admin/holidays', body: {} },
  { method: 'delete', path: '/api/admin/holidays/2030-01-01' },
  { method: 'get', path: '/api/admin/routing-rules' },
  { method: 'put', path: '/api/admin/routing-rules', body: {} },
  { method: 'delete', path: '/api/admin/routing-rules/x' },
  { method: 'patch', path: '/api/admin/categories/x', body: {} },
  { method: 'get', path: '/api/admin/open311-clients' },
  { method: 'post', path: '/api/admin/open311-clients', body: {} },
  { method: 'post', path: '/api/admin/open311-clients/x/revoke' },
];

describe('Back office (regency admin)', () => {
  let t: TestApp;
  let admin: string;
  let resident: string;
  let pupr: string;
  let bidan: string;
  let bridge: string;
  let pothole_: string;
  let agency: { id: string; code: string };
  let officer: { id: string; token: string };
  const codes: Record<string, string> = {};

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token = admin) => t.http().get(path).set(as(token));

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    resident = (await registerResident(t, 71)).accessToken;
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    bridge = await categoryId(t, 'lorong', 'jembatan');
    pothole_ = await categoryId(t, 'lorong', 'jalan_berlubang');
  });
  afterAll(() => t.close());

  describe('refuses everyone but the regency admin', () => {
    it.each(adminRoutes)('$method $path', async (route) => {
      const anonymous = await t.http()[route.method](route.path).send(route.body);
      expect(anonymous.status).toBe(401);
      for (const token of [resident, pupr, bidan]) {
        const res = await t.http()[route.method](route.path).set(as(token)).send(route.body);
        expect(res.status).toBe(403);
      }
    });
  });

  describe('agencies', () => {
    it('creates an agency once per Idempotency-Key, refuses a taken or malformed code, and audits', async () => {
      const body = { code: 'UPT-JEMBATAN', name: 'UPT Jembatan dan Gorong-gorong' };
      const first = await t
        .http()
        .post('/api/admin/agencies')
        .set(as(admin))
        .set('Idempotency-Key', 'agency-create-0001')
        .send(body)
        .expect(201);
      const replay = await t
        .http()
        .post('/api/admin/agencies')
        .set(as(admin))
        .set('Idempotency-Key', 'agency-create-0001')
        .send(body)
        .expect(201);
      expect(replay.body.id).toBe(first.body.id);
      agency = first.body;

      const taken = await t.http().post('/api/admin/agencies').set(as(admin)).send(body).expect(409);
      expect(taken.body.fields).toEqual({ code: expect.any(String) });
      const bad = await t
        .http()
        .post('/api/admin/agencies')
        .set(as(admin))
        .send({ code: 'lower case', name: 'X' })
        .expect(400);
      expect(Object.keys(bad.body.fields).sort()).toEqual(['code', 'name']);

      const list = await get('/api/admin/agencies').expect(200);
      expect(list.body.filter((a: { code: string }) => a.code === 'UPT-JEMBATAN')).toHaveLength(1);

      const renamed = await t
        .http()
        .patch(`/api/admin/agencies/${agency.id}`)
        .set(as(admin))
        .send({ name: 'UPT Jembatan' })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: 'UPT Jembatan', active: true });
      await t
        .http()
        .patch(`/api/admin/agencies/${agency.id}`)
        .set(as(admin))
        .send({ headUserId: '00000000-0000-4000-8000-000000000000' })
        .expect(400);
      await t.http().patch('/api/admin/agencies/nope').set(as(admin)).send({ name: 'Tidak ada' }).expect(404);

      const audit = await get(`/api/admin/audit-log?subjectId=${agency.id}`).expect(200);
      const actions = (audit.body.items as { action: string }[]).map((e) => e.action).sort();
      // A ready answer added for the agency is audited too.
      const template = await t
        .http()
        .post(`/api/staff/response-templates?agencyId=${agency.id}`)
        .set(as(admin))
        .send({ title: 'Sudah dijadwalkan', body: 'Perbaikan sudah kami jadwalkan minggu ini.' })
        .expect(201);
      const templateAudit = await get(`/api/admin/audit-log?subjectId=${template.body.id}`).expect(200);
      expect(templateAudit.body.items.map((e: { action: string }) => e.action)).toEqual(['template.create']);

      // The refused change left no trace.
      expect(actions).toEqual(['agency.create', 'agency.update']);
    });
  });

  describe('league table, officers and the list behind each number', () => {
    beforeAll(async () => {
      // Bridges go to the new agency; it gets one officer.
      await t
        .http()
        .put('/api/admin/routing-rules')
        .set(as(admin))
        .send({ categoryId: bridge, districtCode: null, agencyId: agency.id })
        .expect(200);
      const created = await t
        .http()
        .post('/api/admin/staff')
        .set(as(admin))
        .send({
          username: 'upt_jembatan',
          fullName: 'Petugas Jembatan',
          role: 'officer',
          password: 'Petugas12345',
          agencyId: agency.id,
        })
        .expect(201);
      officer = { id: created.body.id, token: (await login(t, 'upt_jembatan', 'Petugas12345')).accessToken };

      const file = async (category: string) =>
        (
          await submit(
            t,
            resident,
            pothole(category, category === bridge ? { attributes: {}, title: 'Pagar jembatan patah' } : {}),
          ).expect(201)
        ).body.trackingCode as string;
      const respond = (code: string, token = officer.token) =>
        act(t, token, code, {
          action: 'respond',
          message: 'Terima kasih, laporan sedang kami periksa.',
        }).expect(204);
      // fast: answered at once (reward), assigned to the officer.
      codes.fast = await file(bridge);
      await respond(codes.fast);
      await act(t, officer.token, codes.fast, { action: 'assign', assigneeId: officer.id }).expect(204);
      // late: answered at once, but received 26 hours before (sanction).
      codes.late = await file(bridge);
      await respond(codes.late);
      // silent: never answered, received three days ago (sanction).
      codes.silent = await file(bridge);
      // fresh: not answered yet, not late (pending).
      codes.fresh = await file(bridge);
      // moved: a pothole for PUPR, rerouted to the new agency, answered there (counts for it).
      codes.moved = await file(pothole_);
      await act(t, pupr, codes.moved, {
        action: 'reroute',
        agencyId: agency.id,
        reason: 'Lubang di oprit jembatan, wewenang UPT.',
      }).expect(204);
      await respond(codes.moved);
      const cases = t.dataSource.getRepository(Case);
      const back = async (code: string, hours: number) => {
        const row = await cases.findOneByOrFail({ trackingCode: code });
        const shift = (d: Date | null) => (d ? new Date(d.getTime() - hours * HOUR) : d);
        await cases.update(
          { trackingCode: code },
          { receivedAt: shift(row.receivedAt)!, routedAt: shift(row.routedAt) },
        );
      };
      await back(codes.late, 26);
      await back(codes.silent, 72);
    });

    it('computes the agency row by the definitions', async () => {
      const res = await get('/api/admin/league').expect(200);
      const row = res.body.rows.find((r: { agencyId: string }) => r.agencyId === agency.id);
      expect(row).toMatchObject({
        agencyCode: 'UPT-JEMBATAN',
        cases: 5,
        answered: 3,
        reward: 2, // fast, moved
        rewardShare: 0.4,
        sanction: 2, // late, silent
        promisesDue: 0,
        ratings: 0,
        satisfaction: null,
      });
      // Answered minutes: ~0, ~0, ~1 560 → nearest-rank median is rank 2 (~0), p90 rank 3 (~1 560).
      expect(row.medianFirstResponseMinutes).toBeLessThan(5);
      expect(row.p90FirstResponseMinutes).toBeGreaterThanOrEqual(1560);
      expect(row.p90FirstResponseMinutes).toBeLessThan(1565);
      // Every active agency has a row, with zeros when it had no case.
      const dlh = res.body.rows.find((r: { agencyCode: string }) => r.agencyCode === 'DLH');
      expect(dlh).toBeDefined();
      // The rerouted case left PUPR's count.
      const puprId = await agencyId(t, 'PUPR');
      const puprList = await get(`/api/admin/cases?agencyId=${puprId}&pageSize=200`).expect(200);
      expect(puprList.body.items.map((i: { trackingCode: string }) => i.trackingCode)).not.toContain(
        codes.moved,
      );
    });

    it('opens the cases behind a number, newest first, a page at a time', async () => {
      const sanctioned = await get(`/api/admin/cases?agencyId=${agency.id}&figure=sanction`).expect(200);
      expect(sanctioned.body.total).toBe(2);
      expect(sanctioned.body.items.map((i: { trackingCode: string }) => i.trackingCode).sort()).toEqual(
        [codes.late, codes.silent].sort(),
      );
      expect(
        sanctioned.body.items.every((i: { responseMark: string }) => i.responseMark === 'sanction'),
      ).toBe(true);
      const page2 = await get(`/api/admin/cases?agencyId=${agency.id}&pageSize=2&page=2`).expect(200);
      const page1 = await get(`/api/admin/cases?agencyId=${agency.id}&pageSize=2&page=1`).expect(200);
      expect(page1.body.total).toBe(5);
      const order = [...page1.body.items, ...page2.body.items].map(
        (i: { receivedAt: string }) => i.receivedAt,
      );
      expect([...order].sort().reverse()).toEqual(order);
      const pending = await get(`/api/admin/cases?agencyId=${agency.id}&figure=pending`).expect(200);
      expect(pending.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([codes.fresh]);
    });

    it('gives the same figures per officer; unassigned cases under none', async () => {
      const res = await get(`/api/admin/league/officers?agencyId=${agency.id}`).expect(200);
      const mine = res.body.rows.find((r: { assigneeId: string }) => r.assigneeId === officer.id);
      const none = res.body.rows.find((r: { assigneeId: string }) => r.assigneeId === 'none');
      expect(mine).toMatchObject({ officerName: 'Petugas Jembatan', cases: 1, reward: 1, sanction: 0 });
      expect(none).toMatchObject({ cases: 4, sanction: 2 });
      const list = await get(`/api/admin/cases?agencyId=${agency.id}&assigneeId=${officer.id}`).expect(200);
      expect(list.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toEqual([codes.fast]);
      await get('/api/admin/league/officers?agencyId=nope').expect(404);
    });

    it('exports the league table and the sanctioned cases as CSV with the numbers of the page', async () => {
      const res = await get('/api/admin/exports/league.csv').buffer(true).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="liga-opd-.*\.csv"/);
      const table = parseCsv(res.text);
      const header = table[0];
      const row = table.find((r) => r[0] === 'UPT-JEMBATAN')!;
      const cell = (name: string) => row[header.indexOf(name)];
      expect(cell('cases')).toBe('5');
      expect(cell('sanction_over_threshold')).toBe('2');
      expect(cell('reward_share')).toBe('0.4');

      const csv = await get(`/api/admin/exports/cases.csv?agencyId=${agency.id}&figure=sanction`)
        .buffer(true)
        .expect(200);
      const rows = parseCsv(csv.text);
      expect(rows[0].slice(0, 3)).toEqual(['tracking_code', 'service', 'category']);
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual([codes.late, codes.silent].sort());
      expect(rows.slice(1).every((r) => r[rows[0].indexOf('agency')] === 'UPT-JEMBATAN')).toBe(true);

      const officersCsv = await get(`/api/admin/exports/officers.csv?agencyId=${agency.id}`)
        .buffer(true)
        .expect(200);
      const officerRows = parseCsv(officersCsv.text);
      expect(officerRows.find((r) => r[0] === officer.id)?.[officerRows[0].indexOf('cases')]).toBe('1');
    });
  });

  describe('dashboard', () => {
    it('counts the period by service, category, status, kecamatan, week and mix, and clusters open cases', async () => {
      const res = await get('/api/admin/dashboard').expect(200);
      const d = res.body;
      const sum = (list: { count: number }[]) => list.reduce((a, r) => a + r.count, 0);
      for (const key of ['byService', 'byCategory', 'byStatus', 'byDistrict', 'byWeek', 'byMix'])
        expect(sum(d[key])).toBe(d.total);
      expect(d.byCategory.find((r: { key: string }) => r.key === bridge).count).toBeGreaterThanOrEqual(4);
      expect(sum(d.clusters)).toBeLessThanOrEqual(d.open);
      expect(sum(d.clusters)).toBeGreaterThan(0);

      // Each number opens its list: the bridge count equals the list's total.
      const bridges = d.byCategory.find((r: { key: string }) => r.key === bridge).count;
      const list = await get(`/api/admin/cases?categoryId=${bridge}`).expect(200);
      expect(list.body.total).toBe(bridges);
      const week = d.byWeek[d.byWeek.length - 1];
      const weekList = await get(`/api/admin/cases?week=${week.key}`).expect(200);
      expect(weekList.body.total).toBe(week.count);
      const mix = d.byMix.find((r: { key: string }) => r.key === 'infrastructure');
      expect((await get('/api/admin/cases?mix=infrastructure').expect(200)).body.total).toBe(mix.count);

      // A kecamatan filter narrows everything.
      const tlanakan = await get('/api/admin/dashboard?districtCode=35.28.01').expect(200);
      expect(tlanakan.body.byDistrict.every((r: { key: string }) => r.key === '35.28.01')).toBe(true);
      expect(tlanakan.body.total).toBeLessThan(d.total);

      const csv = await get('/api/admin/exports/dashboard.csv?table=service').buffer(true).expect(200);
      const rows = parseCsv(csv.text);
      expect(rows[0]).toEqual(['service', 'label_id', 'label_en', 'cases']);
      expect(rows.slice(1).reduce((a, r) => a + Number(r[3]), 0)).toBe(d.total);
    });

    it('refuses a bad period or filter with a message naming the field', async () => {
      const reversed = await get('/api/admin/league?from=2026-05-01&to=2026-04-01').expect(400);
      expect(reversed.body.fields).toEqual({ from: expect.stringMatching(/start date|tanggal awal/i) });
      const long = await get('/api/admin/dashboard?from=2024-01-01&to=2026-01-01').expect(400);
      expect(Object.keys(long.body.fields)).toEqual(['from']);
      const figure = await get('/api/admin/cases?figure=everything').expect(400);
      expect(Object.keys(figure.body.fields)).toEqual(['figure']);
      const table = await get('/api/admin/exports/dashboard.csv?table=nope').expect(400);
      expect(Object.keys(table.body.fields)).toEqual(['table']);
      await get('/api/admin/cases?week=2026-5').expect(400);
    });

    it('reads an empty period as zeros', async () => {
      const res = await get('/api/admin/league?from=2020-01-01&to=2020-01-31').expect(200);
      expect(
        res.body.rows.every((r: { cases: number; medianFirstResponseMinutes: null }) => r.cases === 0),
      ).toBe(true);
      expect(res.body.rows[0].medianFirstResponseMinutes).toBeNull();
    });
  });
});
