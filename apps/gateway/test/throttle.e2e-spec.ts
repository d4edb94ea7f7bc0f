import { type TestApp, bootTestApp } from './support/test-app';

describe('rate limit on the sign-in routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 in the caller’s language after the limit, and leaves other routes alone', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/login').send({ identifier: 'nobody', password: 'x' }).expect(401);
    }
    const limited = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'en')
      .send({ identifier: 'admin', password: 'Admin12345' })
      .expect(429);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      code: 'too_many_requests',
      message: 'Too many requests, try again later',
    });
    expect(Object.keys(limited.headers).some((h) => h.startsWith('retry-after'))).toBe(true);
    await t.http().get('/api/regions/districts').expect(200);
  });
});
