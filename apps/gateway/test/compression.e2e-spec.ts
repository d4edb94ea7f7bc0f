import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootTestApp, type TestApp } from './support/test-app';

// The portals' built files go out gzipped, the web app manifest with its own type,
// and the service worker from the portal's path (its scope).
describe('portal files: compression, manifest and service worker', () => {
  let t: TestApp;
  let dir: string;
  const script = `export const words = ${JSON.stringify('jalan rusak di desa '.repeat(400))};\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portals-'));
    const dist = join(dir, 'lorong', 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="id"><title>e-Lorong</title></html>');
    writeFileSync(join(dist, 'masuk.html'), '<!doctype html><html lang="id"><title>Masuk</title></html>');
    writeFileSync(join(dist, 'kasus.html'), '<!doctype html><html lang="id"><title>Kasus</title></html>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), script);
    writeFileSync(
      join(dist, 'manifest.webmanifest'),
      JSON.stringify({ name: 'e-Lorong', start_url: '/lorong/' }),
    );
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});\n');
    t = await bootTestApp({ PORTALS_DIR: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gzips a large script when the browser accepts it, and not when it does not', async () => {
    const zipped = await t
      .http()
      .get('/lorong/assets/index-abc.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.text).toBe(script);
    const plain = await t
      .http()
      .get('/lorong/assets/index-abc.js')
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
  });

  it('answers a page the build wrote its own HTML for with it, any other path with index.html', async () => {
    const signIn = await t.http().get('/lorong/masuk').expect(200);
    expect(signIn.text).toContain('<title>Masuk</title>');
    expect(signIn.headers['content-security-policy']).toContain("script-src 'self'");
    const cases = await t.http().get('/lorong/kasus').expect(200);
    expect(cases.text).toContain('<title>Kasus</title>');
    const other = await t.http().get('/lorong/kasus/LRG-1234').expect(200);
    expect(other.text).toContain('<title>e-Lorong</title>');
    expect(other.headers['content-type']).toMatch(/^text\/html/);
    // A file that is not there is not a page: no index.html for a script.
    const missing = await t.http().get('/lorong/assets/gone-123.js').expect(404);
    expect(missing.body.code).toBe('not_found');
    const posted = await t.http().post('/lorong/kasus').send({}).expect(404);
    expect(posted.body.code).toBe('not_found');
    const home = await t.http().get('/lorong/').expect(200);
    expect(home.text).toContain('<title>e-Lorong</title>');
  });

  it('gzips JSON answers of the API', async () => {
    const res = await t.http().get('/api/docs/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.paths['/api/cases']).toBeDefined();
    // Small answers are not worth it.
    const small = await t.http().get('/api/health').set('Accept-Encoding', 'gzip').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('serves the manifest as application/manifest+json and the service worker as JavaScript', async () => {
    const manifest = await t.http().get('/lorong/manifest.webmanifest').expect(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    const worker = await t.http().get('/lorong/sw.js').expect(200);
    expect(worker.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
