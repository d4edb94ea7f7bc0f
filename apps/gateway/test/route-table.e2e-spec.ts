import { routeTable } from './support/route-table';
import { type TestApp, bootTestApp } from './support/test-app';

/** Every route declares who may call it (immich's habit): public, or the permissions it needs. */
describe('route table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const routes = () => routeTable(t);

  it('finds the routes of every module', () => {
    const all = routes().map((r) => r.route);
    expect(all).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/admin/staff',
        'GET /api/health',
        'GET /api/regions/districts',
      ]),
    );
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it('has a permission or public declaration on every route', () => {
    const undeclared = routes()
      .filter((r) => !r.rule)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('keeps the staff and admin routes non-public', () => {
    const publicStaff = routes().filter(
      (r) => /\/api\/(admin|residents)\//.test(r.route) && r.rule?.kind === 'public',
    );
    expect(publicStaff).toEqual([]);
  });
});
