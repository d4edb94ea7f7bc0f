import { randomUUID } from 'node:crypto';
import { Like } from 'typeorm';
import { IdempotencyKey } from '../src/common/idempotency/idempotency-key.entity';
import { CaseSubmissionService } from '../src/modules/cases/case-submission.service';
import { Case } from '../src/modules/cases/entities/case.entity';
import { CaseEvent } from '../src/modules/cases/entities/case-event.entity';
import { CasePhoto } from '../src/modules/cases/entities/case-photo.entity';
import { Upload } from '../src/modules/files/entities/upload.entity';
import { User } from '../src/modules/identity/entities/user.entity';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import { OutboxMessage } from '../src/modules/notifications/entities/outbox-message.entity';
import { agencyId, categoryId, pothole, submit, uploadPhoto } from './support/cases';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

/**
 * A new case is written in one statement (PostgreSQL) or one synchronous transaction (SQLite):
 * every row that goes with it is there exactly once, or none is.
 */
describe('a new case and everything written with it', () => {
  let t: TestApp;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  let category: string;
  let pupr: string;
  let officers: string[];

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000', NOTIFY_CHANNELS: 'whatsapp' });
    siti = await registerResident(t, 1);
    budi = await registerResident(t, 2);
    category = await categoryId(t, 'lorong', 'jalan_berlubang');
    pupr = await agencyId(t, 'PUPR');
    // A second active officer of the agency, and a disabled one who must hear nothing.
    const users = t.dataSource.getRepository(User);
    const template = await users.findOneByOrFail({ role: 'officer', agencyId: pupr });
    // (One insert each: a multi-row insert() lets TypeORM write the rows' generated values back into
    // the wrong objects on SQLite, ids included.)
    const secondId = randomUUID();
    await users.insert({ ...template, id: secondId, username: 'pupr_kedua', fullName: 'Petugas Kedua' });
    await users.insert({ ...template, id: randomUUID(), username: 'pupr_lama', disabledAt: new Date() });
    officers = [template.id, secondId].sort();
  });
  afterAll(() => t.close());

  afterEach(() => jest.restoreAllMocks());

  /** The rows that went with the case of this tracking code. */
  async function rowsOf(code: string) {
    const c = await t.dataSource.getRepository(Case).findOneByOrFail({ trackingCode: code });
    const received = await t.dataSource
      .getRepository(Notification)
      .findBy({ kind: 'case.received', titleId: `Laporan ${code} diterima` });
    const assigned = await t.dataSource
      .getRepository(Notification)
      .findBy({ kind: 'case.assigned', titleId: `Kasus baru ${code}` });
    const outbox = await t.dataSource.getRepository(OutboxMessage).findBy({ payload: Like(`%${code}%`) });
    return {
      c,
      events: await t.dataSource
        .getRepository(CaseEvent)
        .find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
      received,
      assigned: assigned.map((n) => n.userId).sort(),
      outbox,
    };
  }

  it('tells the reporter (inbox and WhatsApp) and every active officer of the agency (inbox only)', async () => {
    const res = await submit(
      t,
      siti.accessToken,
      pothole(category, { title: 'Lubang untuk semua petugas' }),
    ).expect(201);
    const rows = await rowsOf(res.body.trackingCode);
    expect(rows.c.agencyId).toBe(pupr);
    expect(rows.events.map((e) => [e.kind, e.toStatus, e.actorId])).toEqual([
      ['submitted', 'diterima', siti.user.id],
    ]);
    expect(rows.received.map((n) => n.userId)).toEqual([siti.user.id]);
    expect(rows.received[0].link).toBe(`/lorong/kasus/${res.body.trackingCode}`);
    expect(rows.assigned).toEqual(officers);
    expect(rows.outbox.map((m) => [m.recipientUserId, m.channel, m.status, m.notificationId])).toEqual([
      [siti.user.id, 'whatsapp', 'pending', rows.received[0].id],
    ]);
    expect(rows.c.dueAt).not.toBeNull();
  });

  it('draws another tracking code when the drawn one is taken, and leaves no row of the failed draw', async () => {
    const first = await submit(t, siti.accessToken, pothole(category, { title: 'Kode pertama' })).expect(201);
    const taken = first.body.trackingCode as string;
    const service = t.app.get(CaseSubmissionService);
    const draw = jest.spyOn(service, 'drawCode').mockReturnValueOnce(taken);
    const body = pothole(category, { title: 'Kode kedua' });
    const second = await submit(t, budi.accessToken, body, 'collision-key-0001').expect(201);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(second.body.trackingCode).not.toBe(taken);
    // The first case keeps its code and its rows; nothing of the second was written under it.
    const firstRows = await rowsOf(taken);
    expect(firstRows.c.title).toBe('Kode pertama');
    expect(firstRows.received.map((n) => n.userId)).toEqual([siti.user.id]);
    expect(firstRows.assigned).toEqual(officers);
    expect(firstRows.outbox).toHaveLength(1);
    const secondRows = await rowsOf(second.body.trackingCode);
    expect(secondRows.c.reporterId).toBe(budi.user.id);
    expect(secondRows.events).toHaveLength(1);
    expect(secondRows.received.map((n) => n.userId)).toEqual([budi.user.id]);
    expect(secondRows.assigned).toEqual(officers);
    expect(secondRows.outbox).toHaveLength(1);
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Kode kedua' })).toBe(1);
    // The key stored the answer with the code finally used.
    const again = await submit(t, budi.accessToken, body, 'collision-key-0001').expect(201);
    expect(again.body).toEqual(second.body);
  });

  it('answers 500 and stores nothing when every draw is taken', async () => {
    const first = await submit(t, siti.accessToken, pothole(category, { title: 'Kode tetap' })).expect(201);
    jest
      .spyOn(t.app.get(CaseSubmissionService), 'drawCode')
      .mockReturnValue(first.body.trackingCode as string);
    const before = await t.dataSource.getRepository(Notification).count();
    await submit(
      t,
      budi.accessToken,
      pothole(category, { title: 'Tidak pernah tersimpan' }),
      'all-taken-0001',
    ).expect(500);
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Tidak pernah tersimpan' })).toBe(0);
    expect(await t.dataSource.getRepository(Notification).count()).toBe(before);
    expect(await t.dataSource.getRepository(IdempotencyKey).countBy({ key: 'all-taken-0001' })).toBe(0);
  });

  it('answers concurrent retries with one key once: one case and each of its rows once', async () => {
    const body = pothole(category, { title: 'Dikirim delapan kali sekaligus' });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => submit(t, siti.accessToken, body, 'concurrent-key-0001')),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0].body);
    }
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Dikirim delapan kali sekaligus' })).toBe(
      1,
    );
    const rows = await rowsOf(answers[0].body.trackingCode);
    expect(rows.events).toHaveLength(1);
    expect(rows.received).toHaveLength(1);
    expect(rows.assigned).toEqual(officers);
    expect(rows.outbox).toHaveLength(1);
    expect(await t.dataSource.getRepository(IdempotencyKey).countBy({ key: 'concurrent-key-0001' })).toBe(1);
  });

  it('claims the reporter’s photos with the case, and stores nothing when one is not hers', async () => {
    const mine = (await uploadPhoto(t, siti.accessToken)).body.id as string;
    const his = (await uploadPhoto(t, budi.accessToken)).body.id as string;
    const notifications = await t.dataSource.getRepository(Notification).count();
    const refused = await submit(
      t,
      siti.accessToken,
      pothole(category, { title: 'Foto orang lain', photoIds: [mine, his] }),
      'photo-key-0001',
    ).expect(400);
    expect(refused.body.code).toBe('photo_unknown');
    expect(Object.keys(refused.body.fields as object)).toEqual(['photoIds']);
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Foto orang lain' })).toBe(0);
    expect(await t.dataSource.getRepository(Notification).count()).toBe(notifications);
    expect(await t.dataSource.getRepository(IdempotencyKey).countBy({ key: 'photo-key-0001' })).toBe(0);
    const uploads = t.dataSource.getRepository(Upload);
    expect((await uploads.findOneByOrFail({ id: mine })).claimedBy).toBeNull();
    expect((await uploads.findOneByOrFail({ id: his })).claimedBy).toBeNull();
    // With her own photo only, the same key files the case and the photo hangs on its first entry.
    const ok = await submit(
      t,
      siti.accessToken,
      pothole(category, { title: 'Foto orang lain', photoIds: [mine], rahasia: true }),
      'photo-key-0001',
    ).expect(201);
    const rows = await rowsOf(ok.body.trackingCode);
    const photos = await t.dataSource.getRepository(CasePhoto).findBy({ caseId: rows.c.id });
    expect(photos.map((p) => [p.uploadId, p.eventId, p.role])).toEqual([[mine, rows.events[0].id, 'report']]);
    const upload = await uploads.findOneByOrFail({ id: mine });
    expect(upload.claimedBy).toBe(`case:${rows.c.id}`);
    expect(upload.isPublic).toBe(false);
    // A photo already claimed cannot be claimed again.
    await submit(
      t,
      siti.accessToken,
      pothole(category, { title: 'Foto dipakai lagi', photoIds: [mine] }),
    ).expect(400);
    expect(await t.dataSource.getRepository(Case).countBy({ title: 'Foto dipakai lagi' })).toBe(0);
  });
});

// The PostgreSQL statement is prepared per row layout (how many outbox rows the reporter's channels
// make among them): each layout writes exactly its rows.
describe.each([
  ['whatsapp,sms', ['sms', 'whatsapp']],
  ['none', []],
])('a new case with NOTIFY_CHANNELS=%s', (channels, expected) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ NOTIFY_CHANNELS: channels });
  });
  afterAll(() => t.close());

  it('writes one outbox row per channel for the reporter, the inbox rows, and the key', async () => {
    const siti = await registerResident(t, 1);
    const category = await categoryId(t, 'lorong', 'jalan_berlubang');
    const res = await submit(
      t,
      siti.accessToken,
      pothole(category, { title: `Kanal ${channels}` }),
      `channels-${expected.length}-key`,
    ).expect(201);
    const code = res.body.trackingCode as string;
    const received = await t.dataSource
      .getRepository(Notification)
      .findBy({ kind: 'case.received', titleId: `Laporan ${code} diterima` });
    expect(received.map((n) => n.userId)).toEqual([siti.user.id]);
    const assigned = await t.dataSource
      .getRepository(Notification)
      .countBy({ kind: 'case.assigned', titleId: `Kasus baru ${code}` });
    expect(assigned).toBeGreaterThan(0);
    const outbox = await t.dataSource.getRepository(OutboxMessage).findBy({ payload: Like(`%${code}%`) });
    expect(outbox.map((m) => [m.channel, m.recipientUserId, m.notificationId]).sort()).toEqual(
      expected.map((channel) => [channel, siti.user.id, received[0].id]),
    );
    const key = await t.dataSource
      .getRepository(IdempotencyKey)
      .findOneByOrFail({ userId: siti.user.id, key: `channels-${expected.length}-key` });
    expect(JSON.parse(key.responseBody)).toEqual(res.body);
  });
});
