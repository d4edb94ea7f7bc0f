import { createHash } from 'node:crypto';
import { Case } from '../src/modules/cases/entities/case.entity';
import { AuditLogEntry } from '../src/modules/identity/entities/audit-log.entity';
import { User } from '../src/modules/identity/entities/user.entity';
import { Open311Client } from '../src/modules/open311/entities/open311-client.entity';
import { DEMO_KEY, jsonOf, postForm, potholeForm } from './support/open311';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** API keys per client: issued by the regency admin, shown once, stored hashed, revocable, audited. */
describe('Open311 clients and their API keys', () => {
  let t: TestApp;
  let admin: string;
  let pupr: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('seeds the demo client from OPEN311_DEMO_API_KEY, stored as a SHA-256 only', async () => {
    const demo = await t.dataSource.getRepository(Open311Client).findOneByOrFail({ name: 'demo' });
    expect(demo.keyHash).toBe(sha256(DEMO_KEY));
    const account = await t.dataSource.getRepository(User).findOneByOrFail({ id: demo.accountId });
    expect(account).toMatchObject({ role: 'resident', username: null, nikHash: null, phoneEnc: null });
    await postForm(t, 'requests.json', potholeForm()).expect(201);
  });

  it('issues a key once to the regency admin, lists clients without keys, and audits it', async () => {
    const created = await t
      .http()
      .post('/api/admin/open311-clients')
      .set(bearer(admin))
      .send({ name: 'Aplikasi Mitra Desa' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Aplikasi Mitra Desa', revokedAt: null });
    const key = created.body.apiKey as string;
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);

    const row = await t.dataSource.getRepository(Open311Client).findOneByOrFail({ id: created.body.id });
    expect(row.keyHash).toBe(sha256(key));
    expect(JSON.stringify(row)).not.toContain(key);

    const list = await t.http().get('/api/admin/open311-clients').set(bearer(admin)).expect(200);
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['demo', 'Aplikasi Mitra Desa']),
    );
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(key);
    expect(text).not.toContain(row.keyHash);
    expect(Object.keys(list.body[0]).sort()).toEqual(['createdAt', 'createdBy', 'id', 'name', 'revokedAt']);

    // The key works at once, and its requests are the client's account's.
    const filed = jsonOf(await postForm(t, 'requests.json', potholeForm({ api_key: key })).expect(201)) as {
      service_request_id: string;
    }[];
    const c = await t.dataSource
      .getRepository(Case)
      .findOneByOrFail({ trackingCode: filed[0].service_request_id });
    expect(c.reporterId).toBe(row.accountId);

    const audit = await t.dataSource
      .getRepository(AuditLogEntry)
      .findBy({ subjectType: 'open311_client', subjectId: row.id });
    expect(audit.map((a) => a.action)).toEqual(['open311_client.create']);
  });

  it('revokes a key at once (audited); revoking twice changes nothing', async () => {
    const created = await t
      .http()
      .post('/api/admin/open311-clients')
      .set(bearer(admin))
      .send({ name: 'Aplikasi Lama' })
      .expect(201);
    const key = created.body.apiKey as string;
    await postForm(t, 'requests.json', potholeForm({ api_key: key })).expect(201);

    const revoked = await t
      .http()
      .post(`/api/admin/open311-clients/${created.body.id}/revoke`)
      .set(bearer(admin))
      .expect(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const again = await t
      .http()
      .post(`/api/admin/open311-clients/${created.body.id}/revoke`)
      .set(bearer(admin))
      .expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);

    const refused = jsonOf(await postForm(t, 'requests.json', potholeForm({ api_key: key })).expect(403));
    expect(refused).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    await postForm(t, 'servicerequestupdates.json', {
      api_key: key,
      service_request_id: 'LRG-0000-0000',
      description: 'x',
    }).expect(403);

    const client = await t.dataSource.getRepository(Open311Client).findOneByOrFail({ id: created.body.id });
    const account = await t.dataSource.getRepository(User).findOneByOrFail({ id: client.accountId });
    expect(account.disabledAt).not.toBeNull();
    const audit = await t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { subjectType: 'open311_client', subjectId: client.id }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['open311_client.create', 'open311_client.revoke']);

    await t
      .http()
      .post('/api/admin/open311-clients/6f1c2b8e-1d2a-4b3c-8d4e-5f6a7b8c9d0e/revoke')
      .set(bearer(admin))
      .expect(404);
  });

  it('is the regency admin’s alone, and checks the name', async () => {
    const resident = await registerResident(t, 60);
    await t.http().get('/api/admin/open311-clients').expect(401);
    await t.http().get('/api/admin/open311-clients').set(bearer(pupr)).expect(403);
    await t
      .http()
      .post('/api/admin/open311-clients')
      .set(bearer(resident.accessToken))
      .send({ name: 'X y' })
      .expect(403);
    const bad = await t
      .http()
      .post('/api/admin/open311-clients')
      .set(bearer(admin))
      .send({ name: 'x' })
      .expect(400);
    expect(bad.body.fields).toHaveProperty('name');
    await t
      .http()
      .post('/api/admin/open311-clients')
      .set(bearer(admin))
      .send({ name: 'Aplikasi', apiKey: 'pilih-sendiri' })
      .expect(400);
  });
});
