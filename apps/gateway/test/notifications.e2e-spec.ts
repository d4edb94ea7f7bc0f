import { setTimeout as sleep } from 'node:timers/promises';
import { In } from 'typeorm';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import { OutboxMessage } from '../src/modules/notifications/entities/outbox-message.entity';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { caseUpdate } from './support/notifications';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

describe('notifications: writing and the in-app inbox', () => {
  let t: TestApp;
  let service: NotificationsService;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const inboxOf = (userId: string) => t.dataSource.getRepository(Notification).findBy({ userId });
  const outboxOf = (userId: string) =>
    t.dataSource.getRepository(OutboxMessage).findBy({ recipientUserId: userId });

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    service = t.app.get(NotificationsService);
    siti = await registerResident(t, 41);
    budi = await registerResident(t, 42);
  });
  afterAll(() => t.close());

  describe('NotificationsService.notify', () => {
    it("writes the inbox rows and one outbox row per channel inside the caller's transaction", async () => {
      const [a, b] = [await registerResident(t, 43), await registerResident(t, 44)];
      await t.dataSource.transaction(async (tx) => {
        const result = await service.notify(
          caseUpdate([a.user.id, b.user.id, a.user.id], { channels: ['whatsapp', 'sms'] }),
          tx,
        );
        expect(result.notificationIds).toHaveLength(2);
        expect(result.outboxIds).toHaveLength(4);
        // Visible inside the caller's transaction already.
        expect(await tx.getRepository(OutboxMessage).countBy({ id: In(result.outboxIds) })).toBe(4);
        if (t.config.database.kind === 'postgres') {
          // …and to nobody else before it commits (SQLite in memory has a single connection).
          expect(await t.dataSource.getRepository(Notification).countBy({ userId: a.user.id })).toBe(0);
        }
      });
      const inbox = await inboxOf(a.user.id);
      expect(inbox).toHaveLength(1);
      expect(inbox[0]).toMatchObject({
        kind: 'case.updated',
        titleId: 'Laporan Anda diperbarui',
        titleEn: 'Your report was updated',
        link: '/lorong/kasus/LRG-7K2Q-9M4X',
        readAt: null,
      });
      const outbox = await outboxOf(a.user.id);
      expect(outbox.map((m) => m.channel).sort()).toEqual(['sms', 'whatsapp']);
      for (const message of outbox) {
        expect(message).toMatchObject({ status: 'pending', attempts: 0, notificationId: inbox[0].id });
        expect(JSON.parse(message.payload)).toEqual({
          kind: 'case.updated',
          title: { id: 'Laporan Anda diperbarui', en: 'Your report was updated' },
          body: { id: 'Status: sedang dikerjakan', en: 'Status: in progress' },
          link: '/lorong/kasus/LRG-7K2Q-9M4X',
        });
        // The address is resolved when sending, never stored.
        expect(message.payload).not.toMatch(/81234567890/);
      }
      expect(await outboxOf(b.user.id)).toHaveLength(2);
    });

    it('leaves neither inbox nor outbox rows when the caller rolls back', async () => {
      const c = await registerResident(t, 45);
      await expect(
        t.dataSource.transaction(async (tx) => {
          await service.notify(caseUpdate([c.user.id]), tx);
          throw new Error('the case update failed');
        }),
      ).rejects.toThrow('the case update failed');
      expect(await inboxOf(c.user.id)).toEqual([]);
      expect(await outboxOf(c.user.id)).toEqual([]);
    });

    it('uses NOTIFY_CHANNELS by default (whatsapp), and only the inbox with channels: []', async () => {
      const d = await registerResident(t, 46);
      await service.notify(caseUpdate([d.user.id]));
      expect((await outboxOf(d.user.id)).map((m) => m.channel)).toEqual(['whatsapp']);
      await service.notify(caseUpdate([d.user.id], { kind: 'anc.due', channels: [] }));
      expect(await inboxOf(d.user.id)).toHaveLength(2);
      expect(await outboxOf(d.user.id)).toHaveLength(1);
    });

    it('refuses a link that leads out of the portals and writes nothing', async () => {
      const e = await registerResident(t, 47);
      await expect(
        service.notify(caseUpdate([e.user.id], { link: 'https://evil.example/login' })),
      ).rejects.toThrow();
      expect(await inboxOf(e.user.id)).toEqual([]);
      expect(await outboxOf(e.user.id)).toEqual([]);
    });
  });

  describe('/api/notifications', () => {
    let sitiIds: string[];
    let budiId: string;

    beforeAll(async () => {
      sitiIds = [];
      for (const kind of ['case.updated', 'anc.due', 'booking.called'] as const) {
        const title = { id: `Judul ${kind}`, en: `Title ${kind}` };
        const body = { id: `Isi ${kind}`, en: `Body ${kind}` };
        sitiIds.push(
          ...(await service.notify({ userIds: [siti.user.id], kind, title, body, channels: [] }))
            .notificationIds,
        );
        await sleep(5); // distinct created_at, so that "newest first" is well defined
      }
      [budiId] = (await service.notify(caseUpdate([budi.user.id], { channels: [] }))).notificationIds;
    });

    it('refuses anonymous callers', async () => {
      await t.http().get('/api/notifications').expect(401);
      await t.http().post(`/api/notifications/${sitiIds[0]}/read`).expect(401);
      await t.http().post('/api/notifications/read-all').expect(401);
    });

    it('lists only my notifications, newest first, in my language, with both texts and the unread count', async () => {
      const res = await t.http().get('/api/notifications').set(as(siti.accessToken)).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20, unreadCount: 3 });
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([...sitiIds].reverse());
      expect(res.body.items[0]).toMatchObject({
        kind: 'booking.called',
        lang: 'id',
        title: 'Judul booking.called',
        body: 'Isi booking.called',
        titleId: 'Judul booking.called',
        titleEn: 'Title booking.called',
        bodyId: 'Isi booking.called',
        bodyEn: 'Body booking.called',
        link: null,
        readAt: null,
      });
      expect(JSON.stringify(res.body)).not.toContain(budiId);
      const en = await t
        .http()
        .get('/api/notifications')
        .set(as(siti.accessToken))
        .set('Accept-Language', 'en-US,en;q=0.9')
        .expect(200);
      expect(en.body.items[0]).toMatchObject({
        lang: 'en',
        title: 'Title booking.called',
        body: 'Body booking.called',
      });
    });

    it('pages the list', async () => {
      const res = await t
        .http()
        .get('/api/notifications?page=2&pageSize=2')
        .set(as(siti.accessToken))
        .expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 2, pageSize: 2, unreadCount: 3 });
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([sitiIds[0]]);
      const bad = await t.http().get('/api/notifications?pageSize=500').set(as(siti.accessToken)).expect(400);
      expect(bad.body.fields).toHaveProperty('pageSize');
    });

    it("marks one of mine read, once; another user's notification is not found", async () => {
      const read = await t
        .http()
        .post(`/api/notifications/${sitiIds[0]}/read`)
        .set(as(siti.accessToken))
        .expect(200);
      expect(read.body).toMatchObject({ id: sitiIds[0], readAt: expect.any(String) });
      const again = await t
        .http()
        .post(`/api/notifications/${sitiIds[0]}/read`)
        .set(as(siti.accessToken))
        .expect(200);
      expect(again.body.readAt).toBe(read.body.readAt);
      const list = await t.http().get('/api/notifications').set(as(siti.accessToken)).expect(200);
      expect(list.body.unreadCount).toBe(2);

      const foreign = await t
        .http()
        .post(`/api/notifications/${budiId}/read`)
        .set(as(siti.accessToken))
        .expect(404);
      expect(foreign.body.code).toBe('not_found');
      const budiRow = await t.dataSource.getRepository(Notification).findOneByOrFail({ id: budiId });
      expect(budiRow.readAt).toBeNull();
      await t
        .http()
        .post('/api/notifications/6f1d3b0e-2a4c-4d8e-9b7a-1c2d3e4f5a6b/read')
        .set(as(siti.accessToken))
        .expect(404);
      await t.http().post('/api/notifications/not-a-uuid/read').set(as(siti.accessToken)).expect(400);
    });

    it('marks all of mine read and leaves the others alone', async () => {
      const res = await t.http().post('/api/notifications/read-all').set(as(siti.accessToken)).expect(200);
      expect(res.body).toEqual({ updated: 2, unreadCount: 0 });
      const list = await t.http().get('/api/notifications').set(as(siti.accessToken)).expect(200);
      expect(list.body.items.every((n: { readAt: string | null }) => n.readAt)).toBe(true);
      const theirs = await t.http().get('/api/notifications').set(as(budi.accessToken)).expect(200);
      expect(theirs.body).toMatchObject({ total: 1, unreadCount: 1 });
      expect((await t.http().post('/api/notifications/read-all').set(as(siti.accessToken))).body).toEqual({
        updated: 0,
        unreadCount: 0,
      });
    });

    it('serves staff their own inbox too', async () => {
      const officer = await login(t, 'pupr', 'Petugas12345');
      await service.notify(caseUpdate([officer.user.id], { kind: 'danger_sign.alert', channels: [] }));
      const res = await t.http().get('/api/notifications').set(as(officer.accessToken)).expect(200);
      expect(res.body).toMatchObject({ total: 1, unreadCount: 1 });
      expect(res.body.items[0].kind).toBe('danger_sign.alert');
    });
  });
});
