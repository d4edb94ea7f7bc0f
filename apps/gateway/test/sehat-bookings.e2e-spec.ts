import { AuditLogEntry } from '../src/modules/identity/entities/audit-log.entity';
import { Notification } from '../src/modules/notifications/entities/notification.entity';
import { bearer, book, dayFromToday, facilityId } from './support/sehat';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

describe('e-Sehat: facilities, puskesmas bookings and the queue', () => {
  let t: TestApp;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  let admin: string;
  let bidan: string;
  let bidan2: string;
  let tlanakan: string;
  let pademawu: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    siti = await registerResident(t, 1);
    budi = await registerResident(t, 2);
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    bidan2 = (await login(t, 'bidan2', 'Bidan12345')).accessToken;
    tlanakan = await facilityId(t, 'PKM-TLANAKAN');
    pademawu = await facilityId(t, 'PKM-PADEMAWU');
    // The demo puskesmas close on Sundays; these tests book on any day of the coming week.
    const everyDay = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '07:30', closes: '14:00' }];
    for (const id of [tlanakan, pademawu])
      await t
        .http()
        .patch(`/api/sehat/facilities/${id}`)
        .set(bearer(admin))
        .send({ openingHours: everyDay })
        .expect(200);
  });
  afterAll(() => t.close());

  describe('facility directory', () => {
    it('is public: search by words, kind, kecamatan and polyclinic', async () => {
      const byWord = await t.http().get('/api/sehat/facilities').query({ q: 'tlanakan' }).expect(200);
      expect(byWord.body.map((f: { code: string }) => f.code)).toEqual(['PKM-TLANAKAN']);
      const hospitals = await t
        .http()
        .get('/api/sehat/facilities')
        .query({ kind: 'rumah_sakit' })
        .expect(200);
      expect(hospitals.body.map((f: { code: string }) => f.code)).toEqual(['RSUD-SMART']);
      const kowel = await t.http().get('/api/sehat/facilities').query({ district: '35.28.04' }).expect(200);
      expect(kowel.body).toHaveLength(2);
      const gigi = await t.http().get('/api/sehat/facilities').query({ polyclinic: 'gigi' }).expect(200);
      expect(gigi.body.every((f: { polyclinics: string[] }) => f.polyclinics.includes('gigi'))).toBe(true);
      const one = await t.http().get(`/api/sehat/facilities/${tlanakan}`).expect(200);
      expect(one.body).toMatchObject({ name: 'Puskesmas Tlanakan', bookable: true, lat: -7.2228 });
    });

    it('is managed by the regency admin only; changes are audited; bad input names the field', async () => {
      const body = {
        code: 'PUSTU-BUDDAGAN',
        kind: 'pustu',
        name: 'Pustu Buddagan',
        districtCode: '35.28.02',
        lat: -7.2,
        lng: 113.5,
        services: ['Rawat jalan'],
        openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '12:00' }],
      };
      await t.http().post('/api/sehat/facilities').set(bearer(bidan)).send(body).expect(403);
      await t.http().post('/api/sehat/facilities').set(bearer(siti.accessToken)).send(body).expect(403);
      await t.http().post('/api/sehat/facilities').send(body).expect(401);
      const bad = await t
        .http()
        .post('/api/sehat/facilities')
        .set(bearer(admin))
        .send({ ...body, openingHours: [{ days: [1], opens: '12:00', closes: '08:00' }] })
        .expect(400);
      expect(Object.keys(bad.body.fields)).toEqual(['openingHours.0.closes']);
      const created = await t.http().post('/api/sehat/facilities').set(bearer(admin)).send(body).expect(201);
      expect(created.body).toMatchObject({
        code: 'PUSTU-BUDDAGAN',
        kind: 'pustu',
        active: true,
        bookable: false,
      });
      const again = await t.http().post('/api/sehat/facilities').set(bearer(admin)).send(body).expect(409);
      expect(again.body.fields).toEqual({ code: expect.any(String) });
      const changed = await t
        .http()
        .patch(`/api/sehat/facilities/${created.body.id}`)
        .set(bearer(admin))
        .send({ phone: '0324 123456', polyclinics: ['umum'] })
        .expect(200);
      expect(changed.body).toMatchObject({ phone: '0324 123456', polyclinics: ['umum'] });
      await t
        .http()
        .patch(`/api/sehat/facilities/${created.body.id}`)
        .set(bearer(admin))
        .send({ districtCode: '99.99.99' })
        .expect(400);
      const audit = await t.dataSource
        .getRepository(AuditLogEntry)
        .findBy({ subjectType: 'facility', subjectId: created.body.id });
      expect(audit.map((a) => a.action).sort()).toEqual(['facility.create', 'facility.update']);
    });
  });

  describe('bookings', () => {
    it('a resident books a visit and gets a queue number and estimated time; one active booking per polyclinic and day', async () => {
      const date = dayFromToday(1);
      const first = await book(t, siti.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'umum',
        date,
      }).expect(201);
      expect(first.body).toMatchObject({ queueNumber: 1, estimatedTime: '07:30', status: 'booked', date });
      const second = await book(t, budi.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'umum',
        date,
      }).expect(201);
      expect(second.body).toMatchObject({ queueNumber: 2, estimatedTime: '07:40' });
      const twice = await book(t, siti.accessToken, { facilityId: tlanakan, polyclinic: 'umum', date })
        .set('Accept-Language', 'en')
        .expect(409);
      expect(twice.body).toMatchObject({
        code: 'booking_exists',
        fields: { polyclinic: expect.any(String) },
      });
      expect(twice.body.message).toMatch(/already have an active booking/);
      const twiceId = await book(t, siti.accessToken, { facilityId: tlanakan, polyclinic: 'umum', date })
        .set('Accept-Language', 'id')
        .expect(409);
      expect(twiceId.body.message).toMatch(/sudah punya antrean aktif/);
      // Another polyclinic the same day is fine.
      await book(t, siti.accessToken, { facilityId: tlanakan, polyclinic: 'gigi', date }).expect(201);
    });

    it('refuses bad input with 400 naming the field, and changes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ facilityId: tlanakan, polyclinic: 'umum', date: '2026-02-30' }, 'date'],
        [{ facilityId: tlanakan, polyclinic: 'bedah', date: dayFromToday(1) }, 'polyclinic'],
        [{ facilityId: tlanakan, polyclinic: 'umum', date: dayFromToday(-1) }, 'date'],
        [{ facilityId: tlanakan, polyclinic: 'umum', date: dayFromToday(400) }, 'date'],
        [{ facilityId: tlanakan, polyclinic: 'umum' }, 'date'],
      ];
      for (const [body, field] of cases) {
        const res = await book(t, budi.accessToken, body).expect(400);
        expect(Object.keys(res.body.fields)).toContain(field);
      }
      const hospital = await facilityId(t, 'RSUD-SMART');
      const notBookable = await book(t, budi.accessToken, {
        facilityId: hospital,
        polyclinic: 'umum',
        date: dayFromToday(1),
      }).expect(400);
      expect(notBookable.body).toMatchObject({
        code: 'not_bookable',
        fields: { facilityId: expect.any(String) },
      });
      // A day the puskesmas is closed (by its opening hours) cannot be booked.
      const kowel = await facilityId(t, 'PKM-KOWEL');
      const tomorrow = new Date(`${dayFromToday(1)}T00:00:00Z`).getUTCDay() || 7;
      await t
        .http()
        .patch(`/api/sehat/facilities/${kowel}`)
        .set(bearer(admin))
        .send({
          openingHours: [
            { days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== tomorrow), opens: '08:00', closes: '12:00' },
          ],
        })
        .expect(200);
      const closed = await book(t, budi.accessToken, {
        facilityId: kowel,
        polyclinic: 'umum',
        date: dayFromToday(1),
      }).expect(400);
      expect(closed.body).toMatchObject({ code: 'booking_closed_day', fields: { date: expect.any(String) } });
      await book(t, budi.accessToken, {
        facilityId: kowel,
        polyclinic: 'umum',
        date: dayFromToday(2),
      }).expect(201);
      const mine = await t.http().get('/api/sehat/bookings/mine').set(bearer(budi.accessToken)).expect(200);
      expect(mine.body).toHaveLength(2);
    });

    it('honours Idempotency-Key: a retry returns the same booking', async () => {
      const body = { facilityId: tlanakan, polyclinic: 'lansia', date: dayFromToday(2) };
      const a = await book(t, budi.accessToken, body, 'retry-lansia-0001').expect(201);
      const b = await book(t, budi.accessToken, body, 'retry-lansia-0001').expect(201);
      expect(b.body.id).toBe(a.body.id);
      await book(t, budi.accessToken, { ...body, polyclinic: 'anak' }, 'retry-lansia-0001').expect(409);
    });

    it('a resident sees and cancels only her own bookings; cancelling frees the place', async () => {
      const date = dayFromToday(3);
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${tlanakan}/quotas`)
        .set(bearer(bidan))
        .send({ polyclinic: 'kia_kb', date, quota: 1 })
        .expect(200);
      const mineA = await book(t, siti.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'kia_kb',
        date,
      }).expect(201);
      const full = await book(t, budi.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'kia_kb',
        date,
      }).expect(409);
      expect(full.body.code).toBe('quota_full');
      await t
        .http()
        .post(`/api/sehat/bookings/${mineA.body.id}/cancel`)
        .set(bearer(budi.accessToken))
        .expect(404);
      const budiSees = await t
        .http()
        .get('/api/sehat/bookings/mine')
        .set(bearer(budi.accessToken))
        .expect(200);
      expect(budiSees.body.map((b: { id: string }) => b.id)).not.toContain(mineA.body.id);
      const cancelled = await t
        .http()
        .post(`/api/sehat/bookings/${mineA.body.id}/cancel`)
        .set(bearer(siti.accessToken))
        .expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      await t
        .http()
        .post(`/api/sehat/bookings/${mineA.body.id}/cancel`)
        .set(bearer(siti.accessToken))
        .expect(409);
      const freed = await book(t, budi.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'kia_kb',
        date,
      }).expect(201);
      expect(freed.body.queueNumber).toBe(2);
      // She may book again after cancelling (her old booking no longer holds the key), but the day is full.
      const again = await book(t, siti.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'kia_kb',
        date,
      }).expect(409);
      expect(again.body.code).toBe('quota_full');
      const avail = await t
        .http()
        .get(`/api/sehat/facilities/${tlanakan}/availability`)
        .query({ date })
        .expect(200);
      expect(avail.body.find((q: { polyclinic: string }) => q.polyclinic === 'kia_kb')).toMatchObject({
        quota: 1,
        held: 1,
        remaining: 0,
      });
      // A quota of 0 closes the day; a quota under the places held is refused.
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${tlanakan}/quotas`)
        .set(bearer(bidan))
        .send({ polyclinic: 'kia_kb', date, quota: 0 })
        .expect(409);
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${tlanakan}/quotas`)
        .set(bearer(bidan))
        .send({ polyclinic: 'gizi', quota: 5 })
        .expect(400);
    });
  });

  describe('the queue at the puskesmas', () => {
    it('staff call the next number, mark served or no-show; the display shows numbers only', async () => {
      const today = dayFromToday(0);
      const a = await book(t, siti.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'anak',
        date: today,
      }).expect(201);
      const b = await book(t, budi.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'anak',
        date: today,
      }).expect(201);
      const queue = await t
        .http()
        .get(`/api/sehat/staff/facilities/${tlanakan}/queue`)
        .query({ polyclinic: 'anak' })
        .set(bearer(bidan))
        .expect(200);
      expect(
        queue.body.map((e: { patientName: string; queueNumber: number }) => [e.queueNumber, e.patientName]),
      ).toEqual([
        [1, 'Warga 1'],
        [2, 'Warga 2'],
      ]);
      const called = await t
        .http()
        .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
        .set(bearer(bidan))
        .send({ polyclinic: 'anak' })
        .expect(200);
      expect(called.body).toMatchObject({ id: a.body.id, status: 'called', queueNumber: 1 });
      const told = await t.dataSource
        .getRepository(Notification)
        .findBy({ userId: siti.user.id, kind: 'booking.called' });
      expect(told).toHaveLength(1);
      const display = await t.http().get(`/api/sehat/facilities/${tlanakan}/display`).expect(200);
      expect(JSON.stringify(display.body)).not.toContain('Warga');
      expect(display.body.polyclinics.find((p: { polyclinic: string }) => p.polyclinic === 'anak')).toEqual({
        polyclinic: 'anak',
        nowServing: 1,
        waiting: 1,
        next: [2],
      });
      const served = await t
        .http()
        .post(`/api/sehat/staff/bookings/${a.body.id}/outcome`)
        .set(bearer(bidan))
        .send({ status: 'served' })
        .expect(200);
      expect(served.body.status).toBe('served');
      await t
        .http()
        .post(`/api/sehat/staff/bookings/${a.body.id}/outcome`)
        .set(bearer(bidan))
        .send({ status: 'no_show' })
        .expect(409);
      await t
        .http()
        .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
        .set(bearer(bidan))
        .send({ polyclinic: 'anak' })
        .expect(200);
      const noShow = await t
        .http()
        .post(`/api/sehat/staff/bookings/${b.body.id}/outcome`)
        .set(bearer(bidan))
        .send({ status: 'no_show' })
        .expect(200);
      expect(noShow.body.status).toBe('no_show');
      const empty = await t
        .http()
        .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
        .set(bearer(bidan))
        .send({ polyclinic: 'anak' })
        .expect(409);
      expect(empty.body.code).toBe('queue_empty');
      const mine = await t.http().get('/api/sehat/bookings/mine').set(bearer(siti.accessToken)).expect(200);
      expect(mine.body.find((m: { id: string }) => m.id === a.body.id).status).toBe('served');
    });

    it('counts bookings served vs quota and no-shows for the dashboard: staff their own puskesmas, the admin all', async () => {
      const today = dayFromToday(0);
      const mine = await t
        .http()
        .get('/api/sehat/staff/booking-stats')
        .query({ from: today, to: today })
        .set(bearer(bidan))
        .expect(200);
      expect(mine.body.find((r: { polyclinic: string }) => r.polyclinic === 'anak')).toMatchObject({
        facilityName: 'Puskesmas Tlanakan',
        quota: 30,
        booked: 2,
        served: 1,
        noShow: 1,
        cancelled: 0,
      });
      const other = await t
        .http()
        .get('/api/sehat/staff/booking-stats')
        .query({ from: today, to: today })
        .set(bearer(bidan2))
        .expect(200);
      expect(other.body.every((r: { facilityId: string }) => r.facilityId === pademawu)).toBe(true);
      const all = await t
        .http()
        .get('/api/sehat/staff/booking-stats')
        .query({ from: today, to: dayFromToday(6) })
        .set(bearer(admin))
        .expect(200);
      // Tlanakan's and Kowel's bookings (booked in the tests above), every facility for the admin.
      const kowel = await facilityId(t, 'PKM-KOWEL');
      expect(new Set(all.body.map((r: { facilityId: string }) => r.facilityId))).toEqual(
        new Set([tlanakan, kowel]),
      );
      const bad = await t
        .http()
        .get('/api/sehat/staff/booking-stats')
        .query({ from: today, to: dayFromToday(-1) })
        .set(bearer(admin))
        .expect(400);
      expect(Object.keys(bad.body.fields)).toEqual(['to']);
    });

    it("staff of puskesmas A cannot run puskesmas B's queue (outside their scope: 404); residents cannot run any (403)", async () => {
      const today = dayFromToday(0);
      const a = await book(t, siti.accessToken, {
        facilityId: tlanakan,
        polyclinic: 'lansia',
        date: today,
      }).expect(201);
      await t.http().get(`/api/sehat/staff/facilities/${tlanakan}/queue`).set(bearer(bidan2)).expect(404);
      await t
        .http()
        .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
        .set(bearer(bidan2))
        .send({ polyclinic: 'lansia' })
        .expect(404);
      await t
        .http()
        .post(`/api/sehat/staff/bookings/${a.body.id}/outcome`)
        .set(bearer(bidan2))
        .send({ status: 'no_show' })
        .expect(404);
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${tlanakan}/quotas`)
        .set(bearer(bidan2))
        .send({ polyclinic: 'umum', quota: 1 })
        .expect(404);
      await t.http().get(`/api/sehat/staff/facilities/${pademawu}/queue`).set(bearer(bidan2)).expect(200);
      await t
        .http()
        .get(`/api/sehat/staff/facilities/${tlanakan}/queue`)
        .set(bearer(siti.accessToken))
        .expect(403);
      await t.http().get(`/api/sehat/staff/facilities/${tlanakan}/queue`).set(bearer(admin)).expect(200);
      const bad = await t
        .http()
        .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
        .set(bearer(bidan))
        .send({ polyclinic: 'jantung' })
        .expect(400);
      expect(Object.keys(bad.body.fields)).toEqual(['polyclinic']);
    });

    it('the usual daily quota applies to new days and to open days not set on their own', async () => {
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${pademawu}/quotas`)
        .set(bearer(bidan2))
        .send({ polyclinic: 'gigi', quota: 2 })
        .expect(200);
      const q = await t
        .http()
        .get(`/api/sehat/staff/facilities/${pademawu}/quotas`)
        .query({ date: dayFromToday(5) })
        .set(bearer(bidan2))
        .expect(200);
      expect(q.body.find((x: { polyclinic: string }) => x.polyclinic === 'gigi')).toMatchObject({
        dailyQuota: 2,
        quota: 2,
        remaining: 2,
      });
    });
  });

  describe('under simultaneous requests', () => {
    it('100 residents booking 10 places at once: exactly 10 succeed, the rest get 409, never a 5xx', async () => {
      const date = dayFromToday(4);
      await t
        .http()
        .put(`/api/sehat/staff/facilities/${pademawu}/quotas`)
        .set(bearer(bidan2))
        .send({ polyclinic: 'umum', date, quota: 10 })
        .expect(200);
      const tokens: string[] = [];
      for (let batch = 0; batch < 10; batch++) {
        const made = await Promise.all(
          Array.from({ length: 10 }, (_, i) => registerResident(t, 100 + batch * 10 + i)),
        );
        tokens.push(...made.map((m) => m.accessToken));
      }
      const results = await Promise.all(
        tokens.map((token) => book(t, token, { facilityId: pademawu, polyclinic: 'umum', date })),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(90);
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.code).toBe('quota_full');
        expect(r.body.message).toMatch(/penuh/);
      }
      const numbers = results.filter((r) => r.status === 201).map((r) => r.body.queueNumber as number);
      expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const avail = await t
        .http()
        .get(`/api/sehat/facilities/${pademawu}/availability`)
        .query({ date })
        .expect(200);
      expect(avail.body.find((x: { polyclinic: string }) => x.polyclinic === 'umum')).toMatchObject({
        quota: 10,
        held: 10,
        remaining: 0,
      });
    }, 120_000);

    it('one resident firing the same booking 20 times at once gets one booking', async () => {
      const date = dayFromToday(6);
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          book(t, budi.accessToken, { facilityId: pademawu, polyclinic: 'kia_kb', date }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'booking_exists')).toBe(
        true,
      );
    });
  });
});
