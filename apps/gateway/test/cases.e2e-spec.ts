import { Case } from '../src/modules/cases/entities/case.entity';
import { CaseEvent } from '../src/modules/cases/entities/case-event.entity';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import {
  act,
  agencyId,
  categoryId,
  pothole,
  reporterAct,
  submit,
  uploadPhoto,
  villageCode,
} from './support/cases';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

describe('cases: e-Lorong and e-Madul end to end', () => {
  let t: TestApp;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  let pupr: string;
  let bupatiOfficer: string;
  let admin: string;
  let potholeCategory: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    siti = await registerResident(t, 1);
    budi = await registerResident(t, 2);
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    bupatiOfficer = (await login(t, 'bupati', 'Petugas12345')).accessToken;
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    potholeCategory = await categoryId(t, 'lorong', 'jalan_berlubang');
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('a resident reports a pothole with a photo; the officer answers, schedules and resolves it; she confirms and rates', async () => {
    const photo = await uploadPhoto(t, siti.accessToken);
    expect(photo.status).toBe(201);
    const created = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { photoIds: [photo.body.id] }),
    ).expect(201);
    expect(created.body.trackingCode).toMatch(/^LRG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const code = created.body.trackingCode as string;

    // Routed to Dinas PUPR: it is on PUPR's queue, not on the Bupati office's.
    const queue = await t.http().get('/api/staff/cases').set(bearer(pupr)).expect(200);
    expect(queue.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);
    const other = await t.http().get('/api/staff/cases').set(bearer(bupatiOfficer)).expect(200);
    expect(other.body.items.map((i: { trackingCode: string }) => i.trackingCode)).not.toContain(code);
    await act(t, bupatiOfficer, code, { action: 'verify' }).expect(404);
    // An officer can assign to a colleague of the same agency, never to another agency's officer.
    const colleagues = await t.http().get('/api/staff/colleagues').set(bearer(pupr)).expect(200);
    expect(colleagues.body.map((c: { fullName: string }) => c.fullName)).toEqual(['Petugas Dinas PUPR']);
    await act(t, pupr, code, { action: 'assign', assigneeId: colleagues.body[0].id }).expect(204);
    const bupatiColleagues = await t
      .http()
      .get('/api/staff/colleagues')
      .set(bearer(bupatiOfficer))
      .expect(200);
    expect(
      (await act(t, pupr, code, { action: 'assign', assigneeId: bupatiColleagues.body[0].id }).expect(400))
        .body.fields,
    ).toHaveProperty('assigneeId');
    await t.http().get('/api/staff/colleagues').set(bearer(siti.accessToken)).expect(403);
    // Each portal's queue shows its own service only.
    const madulQueue = await t
      .http()
      .get('/api/staff/cases')
      .query({ service: 'madul' })
      .set(bearer(pupr))
      .expect(200);
    expect(madulQueue.body.items.map((i: { trackingCode: string }) => i.trackingCode)).not.toContain(code);
    const lorongQueue = await t
      .http()
      .get('/api/staff/cases')
      .query({ service: 'lorong' })
      .set(bearer(pupr))
      .expect(200);
    expect(lorongQueue.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);

    await act(t, pupr, code, { action: 'verify' }).expect(204);
    await act(t, pupr, code, {
      action: 'respond',
      message: 'Terima kasih, tim kami akan meninjau lokasi besok pagi.',
    }).expect(204);
    await act(t, pupr, code, { action: 'note', message: 'Butuh aspal 2 karung' }).expect(204);
    await act(t, pupr, code, {
      action: 'schedule',
      promisedBy: '2099-01-15',
      message: 'Ditambal minggu depan',
    }).expect(204);
    // Resolving needs a proof photo.
    const noProof = await act(t, pupr, code, { action: 'resolve', message: 'Sudah ditambal' }).expect(400);
    expect(noProof.body.fields).toHaveProperty('proofPhotoId');
    const proof = await uploadPhoto(t, pupr);
    await act(t, pupr, code, {
      action: 'resolve',
      message: 'Sudah ditambal',
      proofPhotoId: proof.body.id,
    }).expect(204);

    // The resident sees the answer and the public timeline, without internal notes.
    const seen = await t.http().get(`/api/cases/${code}`).set(bearer(siti.accessToken)).expect(200);
    expect(seen.body).toMatchObject({
      status: 'selesai',
      viewer: 'reporter',
      actions: ['confirm', 'reopen', 'rate'],
    });
    const messages = seen.body.timeline.map((e: { message: string | null }) => e.message);
    expect(messages).toContain('Terima kasih, tim kami akan meninjau lokasi besok pagi.');
    expect(messages).not.toContain('Butuh aspal 2 karung');
    expect(seen.body.photos.map((p: { role: string }) => p.role).sort()).toEqual(['proof', 'report']);

    await reporterAct(t, siti.accessToken, code, { action: 'confirm' }).expect(204);
    await reporterAct(t, siti.accessToken, code, { action: 'rate', rating: 4, comment: 'Cepat' }).expect(204);
    const closed = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code });
    expect(closed).toMatchObject({ status: 'ditutup', rating: 4 });
    expect(closed.firstResponseAt).not.toBeNull();
    expect(closed.closedAt).not.toBeNull();

    // She was told at every public step, in-app.
    const inbox = await t.dataSource.getRepository(Notification).findBy({ userId: siti.user.id });
    expect(inbox.length).toBeGreaterThanOrEqual(5);
  });

  it('shows no personal data publicly, hides the name of an anonim reporter from the agency, and never shows rahasia cases', async () => {
    const open = await submit(t, siti.accessToken, pothole(potholeCategory, { anonim: true })).expect(201);
    const secret = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { rahasia: true, title: 'Laporan rahasia jalan' }),
    ).expect(201);
    const publicView = await t.http().get(`/api/cases/${open.body.trackingCode}`).expect(200);
    expect(publicView.body.viewer).toBe('public');
    const text = JSON.stringify(publicView.body);
    for (const leak of ['Warga 1', siti.user.id, 'reporter', 'anonim', 'rahasia'])
      expect(text).not.toContain(leak);
    const staffView = await t
      .http()
      .get(`/api/cases/${open.body.trackingCode}`)
      .set(bearer(pupr))
      .expect(200);
    expect(staffView.body.reporter).toEqual({ name: null, verified: false });
    expect(staffView.body.sla.responseMark).toBe('pending');

    await t.http().get(`/api/cases/${secret.body.trackingCode}`).expect(404);
    await t.http().get(`/api/cases/${secret.body.trackingCode}`).set(bearer(budi.accessToken)).expect(404);
    await t.http().get(`/api/cases/${secret.body.trackingCode}`).set(bearer(siti.accessToken)).expect(200);
    const list = await t.http().get('/api/cases').query({ service: 'lorong', pageSize: 100 }).expect(200);
    const codes = list.body.items.map((i: { trackingCode: string }) => i.trackingCode);
    expect(codes).toContain(open.body.trackingCode);
    expect(codes).not.toContain(secret.body.trackingCode);
    const search = await t.http().get('/api/cases').query({ q: 'rahasia jalan' }).expect(200);
    expect(search.body.total).toBe(0);
  });

  it('does not let a resident read or act on another resident’s case', async () => {
    const mine = await submit(t, siti.accessToken, pothole(potholeCategory, { rahasia: true })).expect(201);
    await reporterAct(t, budi.accessToken, mine.body.trackingCode, { action: 'confirm' }).expect(404);
    await act(t, budi.accessToken, mine.body.trackingCode, { action: 'verify' }).expect(403);
    const budis = await t.http().get('/api/cases/mine/all').set(bearer(budi.accessToken)).expect(200);
    expect(budis.body.reported).toEqual([]);
  });

  it('honours Idempotency-Key: a retry creates nothing new, another body with the same key is refused', async () => {
    const body = pothole(potholeCategory, { title: 'Lubang di depan pasar' });
    const first = await submit(t, siti.accessToken, body, 'retry-key-0001').expect(201);
    const again = await submit(t, siti.accessToken, body, 'retry-key-0001').expect(201);
    expect(again.body).toEqual(first.body);
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Lubang di depan pasar' })).toBe(1);
    const other = await submit(
      t,
      siti.accessToken,
      { ...body, title: 'Lain lagi judulnya' },
      'retry-key-0001',
    ).expect(409);
    expect(other.body.code).toBe('idempotency_conflict');
    // The same key from another user is that user's own key.
    await submit(t, budi.accessToken, body, 'retry-key-0001').expect(201);
  });

  it('answers concurrent requests with one Idempotency-Key once: one case, one timeline row, the same answer', async () => {
    const body = pothole(potholeCategory, { title: 'Lubang dikirim lima kali sekaligus' });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => submit(t, siti.accessToken, body, 'retry-key-race-0001')),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0].body);
    }
    const stored = await t.dataSource
      .getRepository(Case)
      .findBy({ title: 'Lubang dikirim lima kali sekaligus' });
    expect(stored).toHaveLength(1);
    expect(await t.dataSource.getRepository(CaseEvent).countBy({ caseId: stored[0].id })).toBe(1);
    expect(
      await t.dataSource.getRepository(Notification).countBy({
        userId: siti.user.id,
        kind: 'case.received',
        titleId: `Laporan ${stored[0].trackingCode} diterima`,
      }),
    ).toBe(1);
  });

  it('refuses a category as soon as the admin deactivates it, and takes it again once reactivated', async () => {
    const body = pothole(potholeCategory, { title: 'Sebelum kategori dinonaktifkan' });
    await submit(t, siti.accessToken, body).expect(201);
    await t
      .http()
      .patch(`/api/admin/categories/${potholeCategory}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    const refused = await submit(t, siti.accessToken, { ...body, title: 'Sesudah dinonaktifkan' }).expect(
      400,
    );
    expect(refused.body.fields).toHaveProperty('categoryId');
    await t
      .http()
      .patch(`/api/admin/categories/${potholeCategory}`)
      .set(bearer(admin))
      .send({ active: true })
      .expect(200);
    await submit(t, siti.accessToken, { ...body, title: 'Sesudah diaktifkan lagi' }).expect(201);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await t.dataSource.getRepository(Case).count();
    const noPlace = await submit(t, siti.accessToken, pothole(potholeCategory, { location: {} })).expect(400);
    expect(noPlace.body.fields).toHaveProperty(['location.point']);
    const long = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { description: 'x'.repeat(4001) }),
    ).expect(400);
    expect(long.body.fields).toHaveProperty('description');
    const badAnswer = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { attributes: { ukuran: 'raksasa' } }),
    ).expect(400);
    expect(badAnswer.body.fields).toHaveProperty(['attributes.ukuran']);
    const wrongService = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { service: 'madul' }),
    ).expect(400);
    expect(wrongService.body.fields).toHaveProperty('categoryId');
    const fourPhotos = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, {
        photoIds: Array.from({ length: 4 }, () => '6f1c2b8e-1d2a-4b3c-8d4e-5f6a7b8c9d0e'),
      }),
    ).expect(400);
    expect(fourPhotos.body.fields).toHaveProperty('photoIds');
    const othersPhoto = await uploadPhoto(t, budi.accessToken);
    const stolen = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { photoIds: [othersPhoto.body.id] }),
    ).expect(400);
    expect(stolen.body.fields).toHaveProperty('photoIds');
    await t.http().post('/api/cases').set(bearer(pupr)).send(pothole(potholeCategory)).expect(403);
    await t.http().post('/api/cases').send(pothole(potholeCategory)).expect(401);
    expect(await t.dataSource.getRepository(Case).count()).toBe(before);
  });

  it('a desa and address alone are a place; the kecamatan comes from the desa, and madul routes by category', async () => {
    const village = await villageCode(t);
    const water = await categoryId(t, 'madul', 'air_bersih');
    const res = await submit(t, siti.accessToken, {
      service: 'madul',
      categoryId: water,
      title: 'Air PDAM mati tiga hari',
      description: 'Sejak Senin air tidak mengalir di rumah kami dan tetangga.',
      location: { villageCode: village, address: 'Dusun Barat RT 02' },
    }).expect(201);
    expect(res.body.trackingCode).toMatch(/^MDL-/);
    const row = await t.dataSource
      .getRepository(Case)
      .findOneByOrFail({ trackingCode: res.body.trackingCode });
    expect(row).toMatchObject({
      districtCode: '35.28.01',
      villageCode: village,
      agencyId: await agencyId(t, 'PDAM'),
    });
  });

  it('routes by category × kecamatan when the admin sets a rule', async () => {
    const other = await categoryId(t, 'madul', 'lainnya');
    const dinsos = await agencyId(t, 'DINSOS');
    await t
      .http()
      .put('/api/admin/routing-rules')
      .set(bearer(admin))
      .send({ categoryId: other, districtCode: '35.28.01', agencyId: dinsos })
      .expect(200);
    const res = await submit(t, siti.accessToken, {
      service: 'madul',
      categoryId: other,
      title: 'Pengaduan umum di Tlanakan',
      description: 'Isi pengaduan umum untuk diuji aturannya.',
      location: { villageCode: await villageCode(t), address: 'Jl. Desa 1' },
    }).expect(201);
    const row = await t.dataSource
      .getRepository(Case)
      .findOneByOrFail({ trackingCode: res.body.trackingCode });
    expect(row.agencyId).toBe(dinsos);
    await t
      .http()
      .put('/api/admin/routing-rules')
      .set(bearer(pupr))
      .send({ categoryId: other, districtCode: null, agencyId: dinsos })
      .expect(403);
  });

  it('reroutes with a reason, keeping the first-response clock; the new agency takes over', async () => {
    const created = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { title: 'Lampu atau jalan?' }),
    ).expect(201);
    const code = created.body.trackingCode as string;
    await act(t, pupr, code, { action: 'respond', message: 'Kami cek dulu kewenangannya.' }).expect(204);
    const before = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code });
    const bupatiId = await agencyId(t, 'BUPATI');
    await act(t, pupr, code, { action: 'reroute', agencyId: bupatiId, reason: 'Bukan tugas PUPR' }).expect(
      204,
    );
    const after = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code });
    expect(after).toMatchObject({ agencyId: bupatiId, status: 'didisposisikan' });
    expect(after.firstResponseAt!.getTime()).toBe(before.firstResponseAt!.getTime());
    expect(after.receivedAt.getTime()).toBe(before.receivedAt.getTime());
    await act(t, pupr, code, { action: 'start' }).expect(404);
    await act(t, bupatiOfficer, code, { action: 'start' }).expect(204);
    // The reason is internal: the public timeline shows the move, not why.
    const publicView = await t.http().get(`/api/cases/${code}`).expect(200);
    expect(JSON.stringify(publicView.body)).not.toContain('Bukan tugas PUPR');
  });

  it('requires what each exit needs: reason, responsible body, budget year; refuses steps the status does not allow', async () => {
    const a = (await submit(t, siti.accessToken, pothole(potholeCategory)).expect(201)).body
      .trackingCode as string;
    expect((await act(t, pupr, a, { action: 'reject' }).expect(400)).body.fields).toHaveProperty('reason');
    expect(
      (await act(t, pupr, a, { action: 'not_competent', responsibleBody: 'BBPJN Jawa Timur' }).expect(400))
        .body.fields,
    ).toHaveProperty('whereToReport');
    await act(t, pupr, a, { action: 'wait_budget', budgetYear: 2027 }).expect(409); // from diterima: not allowed
    await act(t, pupr, a, { action: 'start' }).expect(204);
    expect((await act(t, pupr, a, { action: 'wait_budget' }).expect(400)).body.fields).toHaveProperty(
      'budgetYear',
    );
    const past = await act(t, pupr, a, { action: 'schedule', promisedBy: '2000-01-01' }).expect(400);
    expect(past.body.fields).toHaveProperty('promisedBy');
    await act(t, pupr, a, {
      action: 'wait_budget',
      budgetYear: 2027,
      message: 'Masuk usulan APBD 2027',
    }).expect(204);
    await act(t, pupr, a, {
      action: 'not_competent',
      responsibleBody: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
      whereToReport: 'Lapor ke aplikasi SIPPN atau kantor BBPJN di Surabaya',
    }).expect(204);
    const row = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: a });
    expect(row).toMatchObject({
      status: 'bukan_wewenang',
      budgetYear: 2027,
      responsibleBody: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
    });
    const refused = await act(t, pupr, a, { action: 'start' }).expect(409);
    expect(refused.body.code).toBe('transition_not_allowed');
    await act(t, pupr, a, { action: 'schedule', promisedBy: '2099-01-01' }).expect(409);
  });

  it('lets a reporter reopen a resolved case once', async () => {
    const code = (await submit(t, siti.accessToken, pothole(potholeCategory)).expect(201)).body
      .trackingCode as string;
    const resolve = async () => {
      const proof = await uploadPhoto(t, pupr);
      await act(t, pupr, code, {
        action: 'resolve',
        message: 'Selesai ditambal',
        proofPhotoId: proof.body.id,
      }).expect(204);
    };
    await act(t, pupr, code, { action: 'start' }).expect(204);
    await resolve();
    await reporterAct(t, siti.accessToken, code, { action: 'reopen' }).expect(400);
    await reporterAct(t, siti.accessToken, code, {
      action: 'reopen',
      reason: 'Lubangnya muncul lagi setelah hujan',
    }).expect(204);
    await resolve();
    const again = await reporterAct(t, siti.accessToken, code, {
      action: 'reopen',
      reason: 'Masih berlubang juga',
    }).expect(409);
    expect(again.body.code).toBe('already_reopened');
    await reporterAct(t, siti.accessToken, code, { action: 'rate', rating: 6 }).expect(400);
  });

  it('offers nearby open cases before submitting; a neighbour supports one; the officer marks a duplicate and both reporters hear', async () => {
    const first = await submit(
      t,
      siti.accessToken,
      pothole(potholeCategory, { location: { point: { lat: -7.1001, lng: 113.3001 } } }),
    ).expect(201);
    const nearby = await t
      .http()
      .get('/api/cases/nearby')
      .query({ categoryId: potholeCategory, lat: -7.1002, lng: 113.3002 })
      .expect(200);
    expect(nearby.body.map((c: { trackingCode: string }) => c.trackingCode)).toContain(
      first.body.trackingCode,
    );
    expect(nearby.body[0].distanceM).toBeLessThanOrEqual(50);
    const far = await t
      .http()
      .get('/api/cases/nearby')
      .query({ categoryId: potholeCategory, lat: -7.1012, lng: 113.3012 })
      .expect(200);
    expect(far.body.map((c: { trackingCode: string }) => c.trackingCode)).not.toContain(
      first.body.trackingCode,
    );

    const support = await t
      .http()
      .post(`/api/cases/${first.body.trackingCode}/support`)
      .set(bearer(budi.accessToken))
      .expect(200);
    expect(support.body.supporterCount).toBe(1);
    await t
      .http()
      .post(`/api/cases/${first.body.trackingCode}/support`)
      .set(bearer(budi.accessToken))
      .expect(200);
    await t
      .http()
      .post(`/api/cases/${first.body.trackingCode}/support`)
      .set(bearer(siti.accessToken))
      .expect(400);
    const followed = await t.http().get('/api/cases/mine/all').set(bearer(budi.accessToken)).expect(200);
    expect(followed.body.supported.map((c: { trackingCode: string }) => c.trackingCode)).toEqual([
      first.body.trackingCode,
    ]);

    const second = await submit(
      t,
      budi.accessToken,
      pothole(potholeCategory, { location: { point: { lat: -7.1001, lng: 113.3001 } } }),
    ).expect(201);
    const before = await t.dataSource.getRepository(Notification).countBy({ userId: siti.user.id });
    await act(t, pupr, second.body.trackingCode, {
      action: 'duplicate',
      duplicateOf: first.body.trackingCode,
    }).expect(204);
    const dup = await t
      .http()
      .get(`/api/cases/${second.body.trackingCode}`)
      .set(bearer(budi.accessToken))
      .expect(200);
    expect(dup.body).toMatchObject({ status: 'duplikat', duplicateOf: first.body.trackingCode });
    expect(await t.dataSource.getRepository(Notification).countBy({ userId: siti.user.id })).toBe(before + 1);
  });
});
