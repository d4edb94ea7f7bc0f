import { Writable } from 'node:stream';
import fc from 'fast-check';
import { canAny } from '@layanan/auth';
import type { Role } from '@layanan/domain';
import { arbitraryFor, hostileValue } from './support/hostile-arbitraries';
import { fillPath, type RouteEntry, routeTable } from './support/route-table';
import { type TestApp, bootTestApp, login } from './support/test-app';

/**
 * Property-based hostile input against every route (fast-check, arbitraries derived from the zod
 * schemas each route declares): at least 10 000 inputs in all. No input may cause a 5xx, and every
 * 400 names the fields it refuses, with a message in the language asked for.
 */
const TOTAL_INPUTS = 10_000;

describe('hostile input on every route', () => {
  let t: TestApp;
  let tokens: Record<Role, string>;
  let routes: RouteEntry[];
  const errors: string[] = [];

  beforeAll(async () => {
    // Server errors are logged with their cause; the test keeps them to say why an input failed.
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const line = chunk.toString();
        if (line.includes('"level":50') && errors.length < 5) errors.push(line.slice(0, 1500));
        done();
      },
    });
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'error' }, { logStream: log });
    routes = routeTable(t).filter((r) => !r.path.includes('*'));
    tokens = {
      resident: (await login(t, '3528014107950003', 'Warga12345')).accessToken,
      officer: (await login(t, 'pupr', 'Petugas12345')).accessToken,
      health_staff: (await login(t, 'bidan', 'Bidan12345')).accessToken,
      regency_admin: (await login(t, 'admin', 'Admin12345')).accessToken,
    };
  });
  afterAll(() => t.close());

  /** A caller the guard lets in, so that the input reaches validation and the handler. */
  function tokenFor(route: RouteEntry): string | null {
    const rule = route.rule;
    if (!rule || rule.kind === 'public') return null;
    const role = (Object.keys(tokens) as Role[]).find((r) => canAny({ role: r }, rule.permissions));
    return role ? tokens[role] : null;
  }

  it('answers every input with a 2xx or a 4xx, and every 400 names its fields', async () => {
    const runs = Math.ceil(TOTAL_INPUTS / routes.length);
    const failures: string[] = [];
    let sent = 0;
    const statuses: Record<number, number> = {};
    for (const route of routes) {
      const token = tokenFor(route);
      const paramNames = Object.keys(route.params);
      const input = fc.record({
        params: fc.tuple(...paramNames.map((n) => arbitraryFor(route.params[n]).map(asText))),
        body: route.body ? arbitraryFor(route.body) : fc.option(hostileValue),
        query: fc.dictionary(
          fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...queryKeys(route))),
          fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String)),
          { maxKeys: 4 },
        ),
        lang: fc.constantFrom('id', 'en'),
        idempotencyKey: fc.option(
          fc.string({ minLength: 1, maxLength: 300 }).filter((s) => /^[\x21-\x7e]+$/.test(s)),
        ),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ params, body, query, lang, idempotencyKey }) => {
          const path = fillPath(route.path, (name) => params[paramNames.indexOf(name)] || 'x');
          const method = (route.method === 'ALL' ? 'get' : route.method.toLowerCase()) as 'get' | 'post';
          let req = t.http()[method](path).query(query).set('Accept-Language', lang);
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          if (idempotencyKey) req = req.set('Idempotency-Key', idempotencyKey);
          const res = await (method === 'get' || body === undefined
            ? req
            : req.set('Content-Type', 'application/json').send(Buffer.from(JSON.stringify(body))));
          sent += 1;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const problem = judge(res.status, res.body as Record<string, unknown>);
          if (problem && failures.length < 20) {
            failures.push(
              `${route.route} ${path} ${JSON.stringify(body)?.slice(0, 200)} → ${res.status}: ${problem}`,
            );
          }
        }),
        { numRuns: runs, seed: 20261128 },
      );
    }
    if (failures.length) console.error(errors.join('\n'));
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_INPUTS);
    console.info('hostile input: status counts', statuses);
    // The inputs reach the handlers (some succeed) as well as the validators (many are refused).
    expect(statuses[200] + (statuses[201] ?? 0)).toBeGreaterThan(100);
    expect(statuses[400]).toBeGreaterThan(1000);
  }, 900_000);
});

function queryKeys(route: RouteEntry): string[] {
  const def = (route.query as unknown as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)
    ?._zod?.def;
  const keys = Object.keys(def?.shape ?? {});
  return keys.length ? keys : ['page'];
}

function judge(status: number, body: Record<string, unknown> | undefined): string | null {
  if (status >= 500) return 'server error';
  if (status === 400 && body && typeof body === 'object' && 'code' in body) {
    if (typeof body.message !== 'string' || !body.message) return 'a 400 without a message';
    if (body.code === 'validation_failed') {
      const fields = body.fields as Record<string, unknown> | undefined;
      if (!fields || !Object.keys(fields).length) return 'a validation error that names no field';
      if (Object.values(fields).some((m) => typeof m !== 'string' || !m)) return 'a field without a message';
    }
  }
  return null;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'x');
}
