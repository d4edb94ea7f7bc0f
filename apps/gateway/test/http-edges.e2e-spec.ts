import { type TestApp, bootTestApp } from './support/test-app';

describe('HTTP edges: bad bodies, regions, health, headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ BODY_LIMIT: '10kb', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 invalid_json, in both languages', async () => {
    const id = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"identifier": ')
      .expect(400);
    expect(id.body).toMatchObject({
      statusCode: 400,
      code: 'invalid_json',
      message: 'Isi permintaan bukan JSON yang valid',
    });
    const en = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send('{bad')
      .expect(400);
    expect(en.body.message).toBe('The request body is not valid JSON');
  });

  it('answers an oversized body with 413, not a 5xx', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ identifier: 'x'.repeat(20_000), password: 'x' })
      .expect(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('answers a body of the wrong type or shape with 400 naming fields', async () => {
    const array = await t.http().post('/api/auth/login').send([1, 2]).expect(400);
    expect(array.body.code).toBe('validation_failed');
    const empty = await t.http().post('/api/auth/login').send({}).expect(400);
    expect(Object.keys(empty.body.fields).sort()).toEqual(['identifier', 'password']);
    const types = await t.http().post('/api/auth/login').send({ identifier: 12, password: null }).expect(400);
    expect(Object.keys(types.body.fields).sort()).toEqual(['identifier', 'password']);
  });

  it('answers unknown routes with 404 and bad percent-encoding with 400', async () => {
    const missing = await t.http().get('/api/nope').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    await t.http().get('/api/regions/districts/%E0%A4%A/villages').expect(400);
  });

  it('lists the 13 kecamatan and the villages of one, and refuses bad codes', async () => {
    const districts = await t.http().get('/api/regions/districts').expect(200);
    expect(districts.body).toHaveLength(13);
    const villages = await t.http().get('/api/regions/districts/35.28.04/villages').expect(200);
    expect(villages.body.length).toBeGreaterThan(10);
    expect(villages.body.some((v: { kind: string }) => v.kind === 'kelurahan')).toBe(true);
    await t.http().get('/api/regions/districts/35.78.01/villages').expect(404);
    const bad = await t.http().get('/api/regions/districts/abc/villages').expect(400);
    expect(bad.body.fields).toBeDefined();
    const regency = await t.http().get('/api/regions/regency').expect(200);
    expect(regency.body).toMatchObject({ code: '35.28', provinceCode: '35' });
  });

  it('reports liveness and database readiness', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/.{8,}/);
  });

  it('serves the landing page linking all five portals', async () => {
    const res = await t.http().get('/').expect(200);
    for (const p of ['lorong', 'madul', 'sehat', 'babhar', 'admin'])
      expect(res.text).toContain(`href="/${p}/"`);
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(res.body.paths['/api/auth/login']).toBeDefined();
  });
});
