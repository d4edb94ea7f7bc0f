import { randomBytes } from 'node:crypto';
import { type TestApp, bootTestApp } from './support/test-app';

/** Rate-limit counters in Redis: two replicas allow the limit once between them. */
describe('rate limits shared through Redis', () => {
  const prefix = `test:${randomBytes(4).toString('hex')}:`;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = {
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
    };
    [a, b] = [await bootTestApp(env), await bootTestApp(env)];
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const attempt = (t: TestApp) =>
    t.http().post('/api/auth/login').send({ identifier: 'nobody', password: 'x' });

  it('counts the sign-in attempts made on either replica together', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(a)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await attempt(b)).status).toBe(401);
    expect((await attempt(b)).status).toBe(429);
    expect((await attempt(a)).status).toBe(429);
  });
});

describe('rate limits when Redis is out of reach', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('keeps answering and keeps limiting, per replica', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await t.http().post('/api/auth/login').send({ identifier: 'nobody', password: 'x' })).status,
      ).toBe(401);
    }
    expect(
      (await t.http().post('/api/auth/login').send({ identifier: 'nobody', password: 'x' })).status,
    ).toBe(429);
    await t.http().get('/api/health').expect(200);
  });
});
