import { Case } from '../src/modules/cases/entities/case.entity';
import { CaseEvent } from '../src/modules/cases/entities/case-event.entity';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import { Open311Client } from '../src/modules/open311/entities/open311-client.entity';
import { act, categoryId, pothole, submit, uploadPhoto } from './support/cases';
import {
  DEMO_KEY,
  elementNames,
  expectSchema,
  get,
  jsonOf,
  postForm,
  potholeForm,
  schemas,
  xmlErrors,
  xmlOf,
} from './support/open311';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

type Json = Record<string, unknown>;

/** Open311 requests are cases: they take the same road as the portals' reports, and show no one. */
describe('Open311: a request from a client app to resolution, and what never leaves', () => {
  let t: TestApp;
  let pupr: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    pupr = (await login(t, 'pupr', 'Petugas12345')).accessToken;
  });
  afterAll(() => t.close());

  const file = async (overrides: Record<string, string | string[]> = {}) =>
    (jsonOf(await postForm(t, 'requests.json', potholeForm(overrides)).expect(201)) as Json[])[0]
      .service_request_id as string;
  const one = async (code: string) =>
    (jsonOf(await get(t, `requests/${code}.json`).expect(200)) as Json[])[0];
  const updatesOf = async (code: string) =>
    (jsonOf(await get(t, 'servicerequestupdates.json').expect(200)) as Json[]).filter(
      (u) => u.service_request_id === code,
    );

  it('POST → GET → the officer answers, schedules and resolves in the staff area → updates → closed', async () => {
    const code = await file({ media_url: 'https://example.org/foto/lubang.jpg' });

    // Routed like a portal report: on PUPR's queue, with the SLA clock running and the officers told.
    const queue = await t.http().get('/api/staff/cases').set('Authorization', `Bearer ${pupr}`).expect(200);
    expect(queue.body.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);
    const row = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code });
    expect(row.dueAt).not.toBeNull();
    const told = await t.dataSource
      .getRepository(Notification)
      .findBy({ kind: 'case.assigned', titleEn: `New case ${code}` });
    expect(told.length).toBeGreaterThan(0);
    // Staff see which client filed it and the media URL it sent, in an internal note; the public does not.
    const staffView = await t
      .http()
      .get(`/api/cases/${code}`)
      .set('Authorization', `Bearer ${pupr}`)
      .expect(200);
    const note = staffView.body.timeline.find((e: { kind: string }) => e.kind === 'note');
    expect(note.message).toContain('“demo”');
    expect(note.message).toContain('https://example.org/foto/lubang.jpg');
    const publicView = await t.http().get(`/api/cases/${code}`).expect(200);
    expect(JSON.stringify(publicView.body)).not.toContain('example.org');

    const filed = await one(code);
    expect(filed).toMatchObject({ status: 'open', status_notes: 'Diterima', media_url: null });
    const resolveBy = filed.expected_datetime as string;
    expect(resolveBy).toMatch(/T23:59:59\+07:00$/);

    await act(t, pupr, code, { action: 'verify' }).expect(204);
    await act(t, pupr, code, {
      action: 'respond',
      message: 'Terima kasih, tim kami meninjau lokasi besok pagi.',
    }).expect(204);
    await act(t, pupr, code, { action: 'note', message: 'Butuh aspal dua karung' }).expect(204);
    await act(t, pupr, code, { action: 'schedule', promisedBy: '2099-01-15' }).expect(204);
    expect(await one(code)).toMatchObject({
      status: 'open',
      status_notes: 'Dijadwalkan: Terima kasih, tim kami meninjau lokasi besok pagi.',
      expected_datetime: '2099-01-15T23:59:59+07:00',
    });

    const proof = await uploadPhoto(t, pupr);
    expect(proof.status).toBe(201);
    await act(t, pupr, code, {
      action: 'resolve',
      message: 'Sudah ditambal',
      proofPhotoId: proof.body.id,
    }).expect(204);

    const closed = await one(code);
    expect(closed).toMatchObject({
      status: 'closed',
      status_notes: 'Selesai: Sudah ditambal',
      expected_datetime: null,
    });
    // The first public photo, as an absolute URL on the host that was asked.
    expect(closed.media_url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/files/photos/${proof.body.id}$`),
    );
    const photo = await t
      .http()
      .get(new URL(closed.media_url as string).pathname)
      .expect(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const resolvedAt = (await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code }))
      .resolvedAt!;
    expect(closed.updated_datetime).toBe(
      new Date(resolvedAt.getTime() + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00'),
    );

    // The public steps are updates (the internal note is not); the last one closes it, with its proof photo.
    const updates = await updatesOf(code);
    expectSchema(schemas.updates, updates);
    expect(updates.map((u) => [u.status, u.description])).toEqual([
      ['open', 'Diverifikasi'],
      ['open', 'Terima kasih, tim kami meninjau lokasi besok pagi.'],
      ['open', 'Dijadwalkan'],
      ['closed', 'Sudah ditambal'],
    ]);
    expect(updates.at(-1)?.media_url).toBe(closed.media_url);
    expect(JSON.stringify(updates)).not.toContain('aspal');

    const tree = xmlOf(await get(t, 'servicerequestupdates.xml').expect(200));
    expect(Object.keys(tree)).toEqual(['service_request_updates']);
    const xmlUpdates = (tree.service_request_updates as { request_update: Json[] }).request_update.filter(
      (u) => u.service_request_id === code,
    );
    expect(xmlUpdates).toHaveLength(4);
    expect(elementNames(xmlUpdates[0])).toEqual([
      'update_id',
      'service_request_id',
      'status',
      'updated_datetime',
      'description',
      'media_url',
    ]);
  });

  it('says whose responsibility it is when it is not the regency’s (bukan_wewenang)', async () => {
    const code = await file();
    await act(t, pupr, code, {
      action: 'not_competent',
      responsibleBody: 'BBPJN Jawa Timur–Bali',
      whereToReport: 'Laporkan ke lapor.go.id',
    }).expect(204);
    expect(await one(code)).toMatchObject({
      status: 'closed',
      status_notes: 'Bukan wewenang: BBPJN Jawa Timur–Bali. Laporkan ke lapor.go.id',
    });
  });

  it('takes a citizen’s update (POST servicerequestupdates) as a public comment on the timeline', async () => {
    const code = await file();
    const res = await postForm(t, 'servicerequestupdates.json', {
      api_key: DEMO_KEY,
      service_request_id: code,
      update_id: 'client-77',
      updated_datetime: '2026-11-27T10:00:00+07:00',
      status: 'OPEN',
      description: 'Lubangnya makin lebar setelah hujan semalam.',
      email: 'pelapor@example.id',
    }).expect(201);
    const created = jsonOf(res) as Json[];
    expectSchema(schemas.updateCreated, created);
    const event = await t.dataSource
      .getRepository(CaseEvent)
      .findOneByOrFail({ id: Number(created[0].update_id) });
    expect(event).toMatchObject({ kind: 'comment', isPublic: true, actorRole: 'resident' });

    const portal = await t.http().get(`/api/cases/${code}`).expect(200);
    expect(portal.body.timeline.map((e: { message: string | null }) => e.message)).toContain(
      'Lubangnya makin lebar setelah hujan semalam.',
    );
    expect(await updatesOf(code)).toEqual([
      expect.objectContaining({
        update_id: created[0].update_id,
        status: 'open',
        description: 'Lubangnya makin lebar setelah hujan semalam.',
      }),
    ]);

    const xml = xmlOf(
      await postForm(t, 'servicerequestupdates.xml', {
        api_key: DEMO_KEY,
        service_request_id: code,
        description: 'Sudah dipasang tanda bahaya oleh warga.',
      }).expect(201),
    );
    expect(
      elementNames((xml.service_request_updates as { request_update: Json[] }).request_update[0]),
    ).toEqual(['update_id']);
  });

  it('refuses updates without a key, for an unknown request, or without a description', async () => {
    const code = await file();
    const noKey = jsonOf(
      await postForm(t, 'servicerequestupdates.json', {
        service_request_id: code,
        description: 'Masih ada',
      }).expect(403),
    );
    expectSchema(schemas.errors, noKey);
    xmlErrors(
      await postForm(t, 'servicerequestupdates.xml', {
        api_key: 'bukan-kunci',
        service_request_id: code,
        description: 'Masih ada',
      }).expect(403),
    );
    xmlErrors(
      await postForm(t, 'servicerequestupdates.xml', {
        api_key: DEMO_KEY,
        service_request_id: 'LRG-0000-0000',
        description: 'Masih ada',
      }).expect(404),
    );
    const bad = jsonOf(
      await postForm(t, 'servicerequestupdates.json', {
        api_key: DEMO_KEY,
        service_request_id: code,
        description: '',
        status: 'MAYBE',
      }).expect(400),
    ) as Json[];
    expect(bad.map((e) => e.description)).toEqual([
      expect.stringContaining('description'),
      expect.stringContaining('MAYBE'),
    ]);
  });

  it('bounds servicerequestupdates by start_date and end_date (≤ 90 days)', async () => {
    const code = await file();
    await act(t, pupr, code, { action: 'verify', message: 'Sudah kami cek' }).expect(204);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const inside = jsonOf(
      await get(t, 'servicerequestupdates.json', {
        start_date: iso(now - 60_000),
        end_date: iso(now + 60_000),
      }).expect(200),
    ) as Json[];
    expect(inside.map((u) => u.service_request_id)).toContain(code);
    const earlier = jsonOf(
      await get(t, 'servicerequestupdates.json', { end_date: '2026-01-01T00:00:00+07:00' }).expect(200),
    );
    expect(earlier).toEqual([]);
    xmlErrors(
      await get(t, 'servicerequestupdates.xml', {
        start_date: '2026-01-01T00:00:00Z',
        end_date: '2026-06-01T00:00:00Z',
      }).expect(400),
    );
    const paged = jsonOf(
      await get(t, 'servicerequestupdates.json', { page_size: '1' }).expect(200),
    ) as Json[];
    expect(paged).toHaveLength(1);
  });

  it('never lists nor shows a rahasia case, nor its updates', async () => {
    const siti = await registerResident(t, 40);
    const category = await categoryId(t, 'lorong', 'jalan_berlubang');
    const secret = await submit(
      t,
      siti.accessToken,
      pothole(category, { rahasia: true, title: 'Laporan rahasia di Tlanakan' }),
    ).expect(201);
    const code = secret.body.trackingCode as string;
    await act(t, pupr, code, { action: 'respond', message: 'Jawaban untuk laporan rahasia' }).expect(204);

    const listed = jsonOf(await get(t, 'requests.json').expect(200)) as Json[];
    expect(listed.map((r) => r.service_request_id)).not.toContain(code);
    const byId = jsonOf(await get(t, 'requests.json', { service_request_id: code }).expect(200));
    expect(byId).toEqual([]);
    xmlErrors(await get(t, `requests/${code}.xml`).expect(404));
    await get(t, `requests/${code}.json`).expect(404);
    await get(t, `tokens/${code}.json`).expect(404);
    const updates = JSON.stringify(jsonOf(await get(t, 'servicerequestupdates.json').expect(200)));
    expect(updates).not.toContain(code);
    expect(updates).not.toContain('Jawaban untuk laporan rahasia');
    await postForm(t, 'servicerequestupdates.json', {
      api_key: DEMO_KEY,
      service_request_id: code,
      description: 'Mencoba menulis ke laporan rahasia',
    }).expect(404);
  });

  it('lets no reporter identity out, and keeps none of the person an Open311 client names', async () => {
    // A resident's portal report (not anonim: her name is shown to the agency, never here).
    const resident = await registerResident(t, 41);
    const category = await categoryId(t, 'lorong', 'jalan_berlubang');
    const portal = await submit(
      t,
      resident.accessToken,
      pothole(category, { title: 'Lubang di depan rumah saya' }),
    )
      .expect(201)
      .then((r) => r.body.trackingCode as string);
    await act(t, pupr, portal, { action: 'respond', message: 'Segera kami tangani' }).expect(204);
    // A client's request naming its user.
    const person = {
      first_name: 'Rahmat',
      last_name: 'Hidayatullah',
      email: 'rahmat.hidayatullah@example.id',
      phone: '+6281399990000',
      device_id: 'perangkat-8f2c91',
      account_id: 'akun-mitra-4242',
    };
    const viaClient = await file(person);
    await postForm(t, 'servicerequestupdates.json', {
      api_key: DEMO_KEY,
      service_request_id: portal,
      description: 'Saya juga melihat lubang ini',
      ...person,
    }).expect(201);

    const client = await t.dataSource.getRepository(Open311Client).findOneByOrFail({ name: 'demo' });
    const secrets = [
      'Warga 41',
      testNik(41),
      '081234567890',
      '6281234567890',
      resident.user.id,
      client.accountId,
      client.id,
      'Klien Open311',
      ...Object.values(person),
    ];
    const outputs: string[] = [];
    for (const format of ['json', 'xml']) {
      for (const path of [
        `requests.${format}`,
        `requests/${portal}.${format}`,
        `requests/${viaClient}.${format}`,
        `tokens/${viaClient}.${format}`,
        `servicerequestupdates.${format}`,
        `services.${format}`,
      ]) {
        outputs.push((await get(t, path).expect(200)).text);
      }
      outputs.push((await postForm(t, `requests.${format}`, potholeForm(person)).expect(201)).text);
    }
    const everything = outputs.join('\n');
    expect(everything).toContain(portal);
    expect(everything).toContain(viaClient);
    for (const secret of secrets) expect(everything).not.toContain(secret);

    // And nothing of the client's person is stored anywhere, in clear or otherwise.
    const tables = t.dataSource.entityMetadatas.map((m) => m.tableName);
    const dump: string[] = [];
    for (const table of tables)
      dump.push(JSON.stringify(await t.dataSource.query(`SELECT * FROM "${table}"`)));
    const stored = dump.join('\n');
    expect(stored).toContain(viaClient);
    for (const value of Object.values(person)) expect(stored).not.toContain(value);
  });
});
