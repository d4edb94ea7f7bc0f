import { randomUUID } from 'node:crypto';
import { canAny } from '@layanan/auth';
import type { Role } from '@layanan/domain';
import { categoryId, pothole } from './support/cases';
import { fillPath, type RouteEntry, routeTable } from './support/route-table';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

/**
 * The authorization matrix, generated from the route table: every route × every kind of caller.
 * A route's declared permissions say who the guard lets in; the callers who lack them are refused
 * (401 anonymous, 403 signed in), and nobody gets a 5xx. Then probes with other people's records.
 */
interface Caller {
  name: string;
  role: Role | null;
  token: string | null;
}

describe('authorization matrix', () => {
  let t: TestApp;
  let callers: Caller[];
  let routes: RouteEntry[];

  beforeAll(async () => {
    t = await bootTestApp();
    routes = routeTable(t);
    const admin = await login(t, 'admin', 'Admin12345');
    const facilities = (await t.http().get('/api/sehat/facilities').expect(200)).body as {
      id: string;
      code: string;
    }[];
    await t
      .http()
      .post('/api/admin/staff')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({
        username: 'bidanwaru',
        fullName: 'Bidan Waru',
        password: 'BidanWaru12345',
        role: 'health_staff',
        facilityId: facilities.find((f) => f.code === 'PKM-WARU')!.id,
      })
      .expect(201);
    const token = async (id: string, password: string) => (await login(t, id, password)).accessToken;
    callers = [
      { name: 'anonymous', role: null, token: null },
      { name: 'resident', role: 'resident', token: await token('3528014107950003', 'Warga12345') },
      { name: 'another resident', role: 'resident', token: (await registerResident(t, 901)).accessToken },
      { name: 'officer of the agency', role: 'officer', token: await token('pupr', 'Petugas12345') },
      { name: 'officer of another agency', role: 'officer', token: await token('bupati', 'Petugas12345') },
      {
        name: 'health staff of the puskesmas',
        role: 'health_staff',
        token: await token('bidan', 'Bidan12345'),
      },
      {
        name: 'health staff of another puskesmas',
        role: 'health_staff',
        token: await token('bidanwaru', 'BidanWaru12345'),
      },
      { name: 'regency admin', role: 'regency_admin', token: admin.accessToken },
    ];
  });
  afterAll(() => t.close());

  function call(route: RouteEntry, caller: Caller, path: string) {
    const method = (route.method === 'ALL' ? 'get' : route.method.toLowerCase()) as
      'get' | 'post' | 'patch' | 'put' | 'delete';
    let req = t.http()[method](path);
    if (caller.token) req = req.set('Authorization', `Bearer ${caller.token}`);
    return method === 'get' || method === 'delete' ? req : req.send({});
  }

  it('covers the routes of every module', () => {
    expect(routes.length).toBeGreaterThanOrEqual(60);
  });

  it('lets in exactly the callers whose role grants the route, and never answers 5xx', async () => {
    const wrong: string[] = [];
    const seen = { any: 0, unauthenticated: 0, forbidden: 0, allowed: 0 };
    for (const route of routes) {
      const path = fillPath(route.path, () => randomUUID());
      for (const caller of callers) {
        const res = await call(route, caller, path);
        const rule = route.rule;
        const expected =
          !rule || rule.kind === 'public'
            ? 'any'
            : !caller.role
              ? 'unauthenticated'
              : canAny({ role: caller.role }, rule.permissions)
                ? 'allowed'
                : 'forbidden';
        seen[expected] += 1;
        const ok =
          res.status < 500 &&
          (expected === 'any' ||
            (expected === 'unauthenticated' && res.status === 401) ||
            (expected === 'forbidden' && res.status === 403) ||
            (expected === 'allowed' && res.status !== 401 && res.status !== 403));
        if (!ok) wrong.push(`${route.route} as ${caller.name}: ${res.status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    // Every outcome occurs many times: the matrix really tells callers apart.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  }, 60_000);

  describe('probes with other people’s records', () => {
    let code: string;
    let id: string;

    beforeAll(async () => {
      const resident = callers[1];
      const category = await categoryId(t, 'lorong', 'jalan_berlubang');
      const res = await t
        .http()
        .post('/api/cases')
        .set('Authorization', `Bearer ${resident.token}`)
        .send(pothole(category, { rahasia: true }))
        .expect(201);
      ({ trackingCode: code, id } = res.body as { trackingCode: string; id: string });
      expect(code).toMatch(/^LRG-/);
    });

    /** Routes that address one case, by tracking code or id. */
    function caseRoutes() {
      return routes.filter((r) => /\/api\/(cases|staff\/cases|my\/cases)\/:(code|id)/.test(r.path));
    }

    it('finds the routes that address one case', () => {
      expect(caseRoutes().length).toBeGreaterThanOrEqual(4);
    });

    it('lets the reporter and the routed agency read it (the control of the probes below)', async () => {
      await t.http().get(`/api/cases/${code}`).set('Authorization', `Bearer ${callers[1].token}`).expect(200);
      const queue = await t
        .http()
        .get('/api/staff/cases')
        .set('Authorization', `Bearer ${callers[3].token}`)
        .expect(200);
      expect(JSON.stringify(queue.body)).toContain(code);
    });

    it('refuses another resident and an officer of another agency on every route of someone else’s case', async () => {
      const leaks: string[] = [];
      for (const route of caseRoutes()) {
        const path = fillPath(route.path, (name) =>
          name === 'code' ? code : name === 'id' ? id : randomUUID(),
        );
        for (const caller of [callers[2], callers[4], callers[6]]) {
          const res = await call(route, caller, path);
          if (res.status < 400 || res.status >= 500)
            leaks.push(`${route.route} as ${caller.name}: ${res.status}`);
        }
      }
      expect(leaks).toEqual([]);
    });

    it('never shows a rahasia case publicly', async () => {
      const publicRoutes = routes.filter((r) => r.method === 'GET' && r.rule?.kind === 'public');
      for (const route of publicRoutes) {
        const path = fillPath(route.path, (name) =>
          name === 'code' ? code : name === 'id' ? id : randomUUID(),
        );
        const res = await t.http().get(path);
        expect(JSON.stringify(res.body ?? '') + (res.text ?? '')).not.toContain(code);
      }
    });
  });
});
