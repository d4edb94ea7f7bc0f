import { AuditLogEntry } from '../src/modules/identity/entities/audit-log.entity';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

describe('staff accounts, resident verification and the audit log', () => {
  let t: TestApp;
  let admin: string;
  let resident: { accessToken: string; user: { id: string } };
  let agencyId: string;
  let facilityId: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    resident = await registerResident(t, 1);
    agencyId = (await t.http().get('/api/agencies').expect(200)).body.find(
      (a: { code: string }) => a.code === 'PUPR',
    ).id;
    facilityId = (await t.http().get('/api/sehat/facilities?kind=puskesmas').expect(200)).body[0].id;
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('lets only the regency admin list and create staff', async () => {
    await t.http().get('/api/admin/staff').expect(401);
    const denied = await t.http().get('/api/admin/staff').set(as(resident.accessToken)).expect(403);
    expect(denied.body).toMatchObject({ statusCode: 403, code: 'forbidden' });
    const officer = await login(t, 'pupr', 'Petugas12345');
    await t.http().get('/api/admin/staff').set(as(officer.accessToken)).expect(403);
    const bidan = await login(t, 'bidan', 'Bidan12345');
    await t.http().post('/api/admin/staff').set(as(bidan.accessToken)).send({}).expect(403);
    const list = await t.http().get('/api/admin/staff').set(as(admin)).expect(200);
    expect(list.body.map((u: { username: string }) => u.username)).toEqual([
      'admin',
      'bidan',
      'bidan2',
      'bupati',
      'callcare',
      'pupr',
    ]);
  });

  it('creates an officer scoped to an agency, who can then sign in; the change is audited', async () => {
    const created = await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({ username: 'dishub.andi', fullName: 'Andi', role: 'officer', password: 'petugas123', agencyId })
      .expect(201);
    expect(created.body).toMatchObject({
      role: 'officer',
      agencyId,
      facilityId: null,
      username: 'dishub.andi',
    });
    const signedIn = await login(t, 'dishub.andi', 'petugas123');
    expect(signedIn.user.role).toBe('officer');
    const audit = await t
      .http()
      .get('/api/admin/audit-log')
      .query({ action: 'staff.create' })
      .set(as(admin))
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'staff.create',
      subjectId: created.body.id,
      actorRole: 'regency_admin',
    });
  });

  it('needs an agency for an officer and a puskesmas for health staff, and a unique username', async () => {
    const noAgency = await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .set('Accept-Language', 'en')
      .send({ username: 'x.officer', fullName: 'X', role: 'officer', password: 'petugas123' })
      .expect(400);
    expect(noAgency.body.fields.agencyId).toMatch(/officer needs an agency/);
    const bidan = await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({
        username: 'bidan.two',
        fullName: 'Bidan Dua',
        role: 'health_staff',
        password: 'bidan12345',
        facilityId,
      })
      .expect(201);
    expect(bidan.body.facilityId).toBe(facilityId);
    const taken = await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({ username: 'bidan.two', fullName: 'Lain', role: 'regency_admin', password: 'admin12345' })
      .expect(409);
    expect(taken.body.fields).toHaveProperty('username');
  });

  it('disabling a staff account ends its sessions and refuses sign-in', async () => {
    const created = await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({ username: 'temp.staff', fullName: 'Temp', role: 'regency_admin', password: 'temp12345' })
      .expect(201);
    const session = await login(t, 'temp.staff', 'temp12345');
    await t
      .http()
      .patch(`/api/admin/staff/${created.body.id}`)
      .set(as(admin))
      .send({ disabled: true })
      .expect(200);
    await t.http().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    const refused = await t
      .http()
      .post('/api/auth/login')
      .send({ identifier: 'temp.staff', password: 'temp12345' })
      .expect(403);
    expect(refused.body.code).toBe('account_disabled');
    await t
      .http()
      .patch(`/api/admin/staff/${created.body.id}`)
      .set(as(admin))
      .send({ disabled: false, password: 'baru12345' })
      .expect(200);
    await login(t, 'temp.staff', 'baru12345');
  });

  it('lets staff find a resident by NIK, verify her and reveal her NIK with a reason; each read is audited', async () => {
    const officer = await login(t, 'pupr', 'Petugas12345');
    const found = await t
      .http()
      .post('/api/residents/lookup')
      .set(as(officer.accessToken))
      .send({ nik: testNik(1) })
      .expect(200);
    expect(found.body).toMatchObject({ id: resident.user.id, nikMasked: '3528••••••••0001' });
    expect(JSON.stringify(found.body)).not.toContain(testNik(1));
    const verified = await t
      .http()
      .post(`/api/residents/${resident.user.id}/verify`)
      .set(as(officer.accessToken))
      .send({ note: 'KTP asli diperiksa di loket' })
      .expect(200);
    expect(verified.body.verified).toBe(true);
    await t
      .http()
      .post(`/api/residents/${resident.user.id}/reveal-nik`)
      .set(as(officer.accessToken))
      .send({ reason: 'short' })
      .expect(400);
    const revealed = await t
      .http()
      .post(`/api/residents/${resident.user.id}/reveal-nik`)
      .set(as(officer.accessToken))
      .send({ reason: 'Mencocokkan laporan dengan KTP pelapor' })
      .expect(200);
    expect(revealed.body.nik).toBe(testNik(1));
    const entries = await t.dataSource
      .getRepository(AuditLogEntry)
      .find({ where: { subjectId: resident.user.id }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['resident.lookup', officer.user.id],
      ['resident.verify', officer.user.id],
      ['resident.nik.reveal', officer.user.id],
    ]);
    expect(entries[2].reason).toBe('Mencocokkan laporan dengan KTP pelapor');
    const me = await t.http().get('/api/auth/me').set(as(resident.accessToken)).expect(200);
    expect(me.body.verified).toBe(true);
  });

  it('refuses residents the staff routes on residents', async () => {
    await t
      .http()
      .post('/api/residents/lookup')
      .set(as(resident.accessToken))
      .send({ nik: testNik(1) })
      .expect(403);
    await t
      .http()
      .post(`/api/residents/${resident.user.id}/reveal-nik`)
      .set(as(resident.accessToken))
      .send({ reason: 'ingin tahu saja ya' })
      .expect(403);
    await t.http().get('/api/admin/audit-log').set(as(resident.accessToken)).expect(403);
  });

  it('lets a resident change her own name and phone', async () => {
    const res = await t
      .http()
      .patch('/api/auth/me')
      .set(as(resident.accessToken))
      .send({ fullName: 'Warga Satu Baru', phone: '085712345678' })
      .expect(200);
    expect(res.body).toMatchObject({ fullName: 'Warga Satu Baru', phoneMasked: '0857•••••678' });
  });
});
