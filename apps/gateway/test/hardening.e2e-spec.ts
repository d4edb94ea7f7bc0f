import { categoryId, pothole } from './support/cases';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

describe('hardening', () => {
  describe('rate limit on submissions (per account)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ SUBMISSION_RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(() => t.close());

    it('answers 429 after the limit to that account only, and stores nothing more', async () => {
      const [a, b] = [await registerResident(t, 1), await registerResident(t, 2)];
      const category = await categoryId(t, 'lorong', 'jalan_berlubang');
      const submit = (token: string) =>
        t.http().post('/api/cases').set('Authorization', `Bearer ${token}`).send(pothole(category));
      for (let i = 0; i < 3; i++) expect((await submit(a.accessToken)).status).toBe(201);
      const limited = await submit(a.accessToken).set('Accept-Language', 'en');
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ code: 'too_many_requests' });
      expect((await submit(b.accessToken)).status).toBe(201);
      const mine = await t.http().get('/api/cases/mine/all').set('Authorization', `Bearer ${a.accessToken}`);
      expect(JSON.stringify(mine.body).match(/LRG-/g)).toHaveLength(3);
    });
  });

  describe('CORS and HSTS', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ CORS_ORIGINS: 'https://pamekasankab.go.id', HSTS_MAX_AGE_SECONDS: '31536000' });
    });
    afterAll(() => t.close());

    it('lets only the named origins call the API from a browser', async () => {
      const allowed = await t
        .http()
        .options('/api/cases')
        .set('Origin', 'https://pamekasankab.go.id')
        .set('Access-Control-Request-Method', 'POST');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://pamekasankab.go.id');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      const evil = await t
        .http()
        .options('/api/cases')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
      const get = await t.http().get('/api/health').set('Origin', 'https://evil.example');
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('sends Strict-Transport-Security with the configured max-age', async () => {
      const res = await t.http().get('/api/health');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });
  });

  describe('defaults', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp();
    });
    afterAll(() => t.close());

    it('sends no HSTS outside production, no CORS grant, and a CSP that allows only the suite itself', async () => {
      const res = await t.http().get('/api/health').set('Origin', 'https://pamekasankab.go.id');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      // The API's answers may load, run and frame nothing (Open311's too); pages get the suite's policy.
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      const open311 = await t.http().get('/open311/v2/services.json');
      expect(open311.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      const page = await t.http().get('/api/docs').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe|\*|https?:)/);
      // No directive allows a whole scheme or another origin, but the map tiles' host for images.
      for (const directive of csp.split(';').filter((d) => !d.trim().startsWith('img-src')))
        expect(directive).not.toMatch(/(^|\s)(https?:|\*)(\s|$)|https?:\/\//);
    });
  });
});
