import { Writable } from 'node:stream';
import { type TestApp, bootTestApp, testNik } from './support/test-app';

describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { logStream: stream });
  });
  afterAll(() => t.close());

  it('carry a request id and never the NIK, phone, password or tokens', async () => {
    const nik = testNik(77);
    const registered = await t
      .http()
      .post('/api/auth/register')
      .set('X-Request-Id', 'req-logging-0001')
      .send({ nik, fullName: 'Warga Log', phone: '081377788899', password: 'rahasia123' })
      .expect(201);
    await t.http().post('/api/auth/login').send({ identifier: nik, password: 'salah12345' }).expect(401);
    await t
      .http()
      .post('/api/auth/register')
      .send({ nik, fullName: 'Lagi', phone: '081377788899', password: 'rahasia123' })
      .expect(409);
    await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${registered.body.accessToken}`)
      .expect(200);
    await t.http().get(`/api/regions/districts?nik=${nik}`).expect(200);
    const log = lines.join('');
    expect(log).toContain('req-logging-0001');
    expect(log).toContain('/api/auth/register');
    // One line per request with its status and time, and no response headers.
    const completed = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.res);
    expect(completed.length).toBeGreaterThanOrEqual(5);
    for (const line of completed) {
      expect(line.res).toEqual({ statusCode: expect.any(Number) });
      expect(line.responseTime).toEqual(expect.any(Number));
    }
    expect(log).not.toContain('content-security-policy');
    for (const secret of [
      nik,
      '81377788899',
      'rahasia123',
      registered.body.accessToken,
      registered.body.refreshToken,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
