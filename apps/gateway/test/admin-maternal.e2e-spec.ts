import {
  type MaternalRow,
  type MaternalView,
  babharSettingsViewSchema,
  maternalMotherListSchema,
  maternalViewSchema,
  populationViewSchema,
  sehatAdminViewSchema,
} from '@layanan/domain';
import { AncContactRow, Pregnancy } from '../src/modules/babhar/entities';
import { as, daysFromToday, k1Body, puskesmas, registerPregnancy, TLANAKAN_DESA } from './support/babhar';
import { book } from './support/sehat';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

/**
 * The back office's "Maternal and health" section and the stored e-Babhar settings, with fixtures built
 * through the API and figures computed by hand (docs/ADMIN.md defines them).
 */
describe('admin: maternal and health, regency settings', () => {
  let t: TestApp;
  let admin: string;
  let bidan: string;
  let tlanakan: string;
  let overdueId: string;

  const row = (body: MaternalView, key: string): MaternalRow => {
    const found = body.rows.find((r) => r.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };
  const overview = async (query = '') =>
    maternalViewSchema.parse(
      (await t.http().get(`/api/admin/maternal${query}`).set(as(admin)).expect(200)).body,
    );

  beforeAll(async () => {
    t = await bootTestApp({
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      BABHAR_POPULATION: `{"${TLANAKAN_DESA}": 10000}`,
      BABHAR_CRUDE_BIRTH_RATE: '20',
    });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    tlanakan = await puskesmas(t, 'PKM-TLANAKAN');

    // 1: K1 today, KSPR item 3 → total 6 → KRT.
    const a = await registerPregnancy(t, bidan, testNik(41), tlanakan);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${a.pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body())
      .expect(201);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${a.pregnancyId}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['3'] })
      .expect(201);
    // 2: K1 twenty days ago, next contact five days ago → overdue.
    const b = await registerPregnancy(t, bidan, testNik(42), tlanakan);
    overdueId = b.pregnancyId;
    await t
      .http()
      .post(`/api/babhar/pregnancies/${b.pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ date: daysFromToday(-20), nextContactDate: daysFromToday(-5) }))
      .expect(201);
    // 3: K1 today; the mother reports two danger signs, the bidan answers the first.
    const c = await registerPregnancy(t, bidan, testNik(43), tlanakan);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${c.pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body())
      .expect(201);
    const mother = await registerResident(t, 43);
    await t
      .http()
      .post('/api/babhar/me/claim')
      .set(as(mother.accessToken))
      .send({ nik: testNik(43) })
      .expect(200);
    const report = { pregnancyId: c.pregnancyId, period: 'pregnancy', signs: ['bleeding'] };
    const first = await t
      .http()
      .post('/api/babhar/me/danger-signs')
      .set(as(mother.accessToken))
      .send(report)
      .expect(201);
    await t.http().post('/api/babhar/me/danger-signs').set(as(mother.accessToken)).send(report).expect(201);
    await t
      .http()
      .post(`/api/babhar/danger-signs/${first.body.report.id}/acknowledge`)
      .set(as(bidan))
      .expect((res) => expect(res.status).toBeLessThan(300));
  });
  afterAll(() => t.close());

  it('per puskesmas: K1 against the target, high risk, overdue, danger signs and answer times', async () => {
    const view = await overview();
    expect(view.level).toBe('puskesmas');
    const pkm = row(view, tlanakan);
    // Target: ceil(1.10 × 20/1000 × 10,000) = 220 (the only desa of Tlanakan with a population).
    // K1: 3 mothers reached in the last 30 days → 3 / 220 × 100 = 1.36… → 1.4 %.
    expect(pkm).toMatchObject({
      population: 10000,
      target: 220,
      k1: { count: 3, percent: 1.4 },
      krt: 1,
      krst: 0,
      overdue: 1,
      dangerAlerts: 2,
      dangerAnswered: 1,
      dangerUnanswered: 1,
    });
    expect(pkm.medianAnswerMinutes).toBeGreaterThanOrEqual(0);
    expect(pkm.medianAnswerMinutes).toBeLessThan(5);
    expect(pkm.p90AnswerMinutes).toBe(pkm.medianAnswerMinutes);
    expect(view.total.k1.count).toBe(3);
    // Another kecamatan filter leaves Tlanakan out.
    const other = await overview('?districtCode=35.28.04');
    expect(other.rows.some((r) => r.key === tlanakan)).toBe(false);
    // A period before the contacts: nothing reached.
    const before = await overview(`?from=${daysFromToday(-60)}&to=${daysFromToday(-40)}`);
    expect(row(before, tlanakan).k1.count).toBe(0);
  });

  it('per desa of one puskesmas, and the list behind a number (audited)', async () => {
    const view = await overview(`?puskesmasId=${tlanakan}`);
    expect(view.level).toBe('village');
    expect(row(view, TLANAKAN_DESA)).toMatchObject({
      target: 220,
      k1: { count: 3, percent: 1.4 },
      overdue: 1,
    });
    const list = maternalMotherListSchema.parse(
      (
        await t
          .http()
          .get(`/api/admin/maternal/mothers?puskesmasId=${tlanakan}&figure=overdue`)
          .set(as(admin))
          .expect(200)
      ).body,
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ pregnancyId: overdueId, date: daysFromToday(-5) });
    expect(list.items[0].nikMasked).toMatch(/•/);
    const audit = await t
      .http()
      .get(
        `/api/admin/audit-log?subjectType=babhar.pregnancy&subjectId=${overdueId}&action=babhar.admin.list`,
      )
      .set(as(admin))
      .expect(200);
    expect(audit.body.total).toBe(1);
    const danger = await t
      .http()
      .get(`/api/admin/maternal/mothers?puskesmasId=${tlanakan}&figure=danger_unanswered`)
      .set(as(admin))
      .expect(200);
    expect(danger.body.total).toBe(1);
    const csv = await t
      .http()
      .get(`/api/admin/exports/maternal.csv?table=villages&puskesmasId=${tlanakan}`)
      .set(as(admin))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const line = csv.text.split('\r\n').find((l) => l.startsWith(TLANAKAN_DESA))!;
    expect(line.split(',').slice(3, 7)).toEqual(['10000', '220', '3', '1.4']);
    const mothersCsv = await t
      .http()
      .get(`/api/admin/exports/maternal.csv?table=mothers&figure=k1&puskesmasId=${tlanakan}`)
      .set(as(admin))
      .expect(200);
    expect(mothersCsv.text.trim().split('\r\n')).toHaveLength(4);
    await t.http().get('/api/admin/exports/maternal.csv?table=villages').set(as(admin)).expect(400);
  });

  it('e-Sehat: bookings against quota, no-shows, transport requests', async () => {
    const siti = await registerResident(t, 51);
    const budi = await registerResident(t, 52);
    // The demo puskesmas close on Sundays: open Tlanakan every day, so that "today" can be booked.
    await t
      .http()
      .patch(`/api/sehat/facilities/${tlanakan}`)
      .set(as(admin))
      .send({ openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '07:30', closes: '14:00' }] })
      .expect(200);
    const today = daysFromToday(0);
    for (const who of [siti, budi])
      await book(t, who.accessToken, { facilityId: tlanakan, polyclinic: 'gigi', date: today }).expect(201);
    const called = await t
      .http()
      .post(`/api/sehat/staff/facilities/${tlanakan}/queue/call-next`)
      .set(as(bidan))
      .send({ polyclinic: 'gigi' })
      .expect(200);
    await t
      .http()
      .post(`/api/sehat/staff/bookings/${called.body.id}/outcome`)
      .set(as(bidan))
      .send({ status: 'no_show' })
      .expect(200);
    await t
      .http()
      .post('/api/sehat/transport')
      .set(as(siti.accessToken))
      .send({
        patientName: 'Pasien',
        phone: '081234567890',
        pickup: { lat: -7.1566, lng: 113.4746 },
        destinationFacilityId: tlanakan,
        urgency: 'biasa',
      })
      .expect(201);
    const view = sehatAdminViewSchema.parse(
      (await t.http().get('/api/admin/sehat').set(as(admin)).expect(200)).body,
    );
    const gigi = view.bookings.find((r) => r.facilityId === tlanakan && r.polyclinic === 'gigi')!;
    expect(gigi).toMatchObject({ booked: 2, noShow: 1, served: 0 });
    expect(gigi.quota).toBeGreaterThan(0);
    expect(view.transport.find((r) => r.facilityId === tlanakan)).toMatchObject({
      requests: 1,
      assigned: 0,
      open: 1,
      medianMinutesToAssign: null,
    });
    const elsewhere = (
      await t.http().get('/api/admin/sehat?districtCode=35.28.04').set(as(admin)).expect(200)
    ).body as { bookings: { facilityId: string }[] };
    expect(elsewhere.bookings.some((r) => r.facilityId === tlanakan)).toBe(false);
    const csv = await t
      .http()
      .get('/api/admin/exports/maternal.csv?table=bookings')
      .set(as(admin))
      .expect(200);
    expect(csv.text).toContain('gigi,');
  });

  it('a saved crude birth rate and population change the PWS-KIA target; null goes back to the default', async () => {
    const initial = babharSettingsViewSchema.parse(
      (await t.http().get('/api/admin/settings/babhar').set(as(admin)).expect(200)).body,
    );
    expect(initial).toMatchObject({
      crudeBirthRatePerMille: 20,
      crudeBirthRateDefault: 20,
      crudeBirthRateSaved: false,
    });
    const put = (body: unknown, key?: string) => {
      const req = t.http().put('/api/admin/settings/babhar').set(as(admin));
      if (key) req.set('Idempotency-Key', key);
      return req.send(body as object);
    };
    await put({ crudeBirthRatePerMille: 25 }, 'settings-cbr-0001').expect(200);
    // A retry with the same key changes nothing more (one audit entry).
    await put({ crudeBirthRatePerMille: 25 }, 'settings-cbr-0001').expect(200);
    // ceil(1.10 × 25/1000 × 10,000) = 275; 3 / 275 = 1.09… → 1.1 %
    expect(row(await overview(), tlanakan)).toMatchObject({ target: 275, k1: { count: 3, percent: 1.1 } });
    const [year, month] = daysFromToday(0).split('-').map(Number);
    const pws = await t
      .http()
      .get(`/api/babhar/reports/pws-kia?year=${year}&month=${month}`)
      .set(as(bidan))
      .expect(200);
    expect(pws.body.rows.find((r: { villageCode: string }) => r.villageCode === TLANAKAN_DESA).target).toBe(
      275,
    );

    const population = await t
      .http()
      .put('/api/admin/settings/babhar/population')
      .set(as(admin))
      .send({ populations: { [TLANAKAN_DESA]: 20000 } })
      .expect(200);
    const desa = populationViewSchema
      .parse(population.body)
      .rows.find((r) => r.villageCode === TLANAKAN_DESA);
    expect(desa).toMatchObject({ population: 20000, defaultPopulation: 10000, saved: true });
    const all = populationViewSchema.parse(
      (await t.http().get('/api/admin/settings/babhar/population').set(as(admin)).expect(200)).body,
    );
    expect(all.rows).toHaveLength(189);
    // ceil(1.10 × 25/1000 × 20,000) = 550
    expect(row(await overview(), tlanakan)).toMatchObject({ population: 20000, target: 550 });

    await put({ crudeBirthRatePerMille: null }).expect(200);
    // Back to the environment's 20: ceil(1.10 × 20/1000 × 20,000) = 440
    expect(row(await overview(), tlanakan).target).toBe(440);

    const audit = await t
      .http()
      .get('/api/admin/audit-log?subjectType=babhar.settings')
      .set(as(admin))
      .expect(200);
    const reasons = (audit.body.items as { action: string; reason: string; actorId: string }[]).map(
      (e) => `${e.action} ${e.reason}`,
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        'babhar.settings.crude_birth_rate 20 → 25',
        'babhar.settings.crude_birth_rate 25 → 20 (default)',
        'babhar.settings.population 10000 → 20000',
      ]),
    );
    expect(reasons.filter((r) => r === 'babhar.settings.crude_birth_rate 20 → 25')).toHaveLength(1);
  });

  it('a saved clinical threshold changes the flags at once', async () => {
    const { pregnancyId } = await registerPregnancy(t, bidan, testNik(44), tlanakan);
    const hb = (value: number) =>
      t
        .http()
        .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
        .set(as(bidan))
        .send(k1Body({ lab: { hbGdl: value } }));
    const codes = (res: { body: { flags: { code: string }[] } }) => res.body.flags.map((f) => f.code);
    expect(codes(await hb(11.5).expect(201))).not.toContain('anaemia');
    const current = (await t.http().get('/api/admin/settings/babhar').set(as(admin)).expect(200)).body;
    const rules = { ...current.rules, flags: { ...current.rules.flags, hbGdl: { op: '<', value: 12 } } };
    const saved = await t.http().put('/api/admin/settings/babhar').set(as(admin)).send({ rules }).expect(200);
    expect(saved.body).toMatchObject({ rulesSaved: true, rules: { flags: { hbGdl: { value: 12 } } } });
    const { pregnancyId: second } = await registerPregnancy(t, bidan, testNik(45), tlanakan);
    const flagged = await t
      .http()
      .post(`/api/babhar/pregnancies/${second}/contacts`)
      .set(as(bidan))
      .send(k1Body({ lab: { hbGdl: 11.5 } }))
      .expect(201);
    expect(codes(flagged)).toContain('anaemia');
    expect((await t.http().get('/api/babhar/rules').expect(200)).body.rules.flags.hbGdl.value).toBe(12);
    const audit = await t
      .http()
      .get('/api/admin/audit-log?subjectType=babhar.settings&action=babhar.settings.rules')
      .set(as(admin))
      .expect(200);
    expect(audit.body.items[0].reason).toBe('flags.hbGdl.value: 11 → 12');
  });

  it('refuses bad settings with 400 naming the field (Indonesian and English), changing nothing', async () => {
    const before = (await t.http().get('/api/admin/settings/babhar').set(as(admin)).expect(200)).body;
    const bad = async (path: string, body: unknown, field: string) => {
      for (const lang of ['id', 'en']) {
        const res = await t
          .http()
          .put(path)
          .set(as(admin))
          .set('Accept-Language', lang)
          .send(body as object)
          .expect(400);
        expect(Object.keys(res.body.fields)).toContain(field);
        expect(typeof res.body.message).toBe('string');
      }
    };
    await bad('/api/admin/settings/babhar', { crudeBirthRatePerMille: -1 }, 'crudeBirthRatePerMille');
    await bad('/api/admin/settings/babhar', { crudeBirthRatePerMille: 'banyak' }, 'crudeBirthRatePerMille');
    await bad(
      '/api/admin/settings/babhar',
      { rules: { flags: { hbGdl: { op: '=', value: 11 } } } },
      'rules.flags.hbGdl.op',
    );
    await bad('/api/admin/settings/babhar', {}, 'crudeBirthRatePerMille');
    await bad(
      '/api/admin/settings/babhar/population',
      { populations: { '35.28.99.2001': 100 } },
      'populations.35.28.99.2001',
    );
    await bad(
      '/api/admin/settings/babhar/population',
      { populations: { [TLANAKAN_DESA]: -5 } },
      `populations.${TLANAKAN_DESA}`,
    );
    const unknown = await t
      .http()
      .put('/api/admin/settings/babhar/population')
      .set(as(admin))
      .set('Accept-Language', 'id')
      .send({ populations: { '35.28.99.2001': 100 } })
      .expect(400);
    expect(unknown.body.fields['populations.35.28.99.2001']).toMatch(/desa/i);
    expect((await t.http().get('/api/admin/settings/babhar').set(as(admin)).expect(200)).body).toEqual(
      before,
    );
    await t.http().get('/api/admin/maternal?from=2026-02-30').set(as(admin)).expect(400);
    await t.http().get('/api/admin/maternal/mothers?figure=k9').set(as(admin)).expect(400);
  });

  it('refuses every other role (403) and anonymous callers (401)', async () => {
    const officer = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    const resident = (await registerResident(t, 60)).accessToken;
    const dispatcher = (await login(t, 'callcare', 'CallCare12345')).accessToken;
    const routes: [string, string][] = [
      ['get', '/api/admin/maternal'],
      ['get', '/api/admin/maternal/mothers?figure=k1'],
      ['get', '/api/admin/sehat'],
      ['get', '/api/admin/exports/maternal.csv?table=puskesmas'],
      ['get', '/api/admin/settings/babhar'],
      ['put', '/api/admin/settings/babhar'],
      ['get', '/api/admin/settings/babhar/population'],
      ['put', '/api/admin/settings/babhar/population'],
    ];
    for (const [method, path] of routes) {
      const call = () =>
        method === 'get' ? t.http().get(path) : t.http().put(path).send({ crudeBirthRatePerMille: 1 });
      await call().expect(401);
      for (const token of [bidan, officer, resident, dispatcher]) await call().set(as(token)).expect(403);
    }
  });
  it('reads the pregnancies of the period only, and still counts every one that has a record in it', async () => {
    const pws = async (date: string) => {
      const [year, month] = date.split('-').map(Number);
      const body = (
        await t
          .http()
          .get(`/api/babhar/reports/pws-kia?year=${year}&month=${month}`)
          .set(as(bidan))
          .expect(200)
      ).body as { rows: { villageCode: string; indicators: { k1: { cumulative: number } } }[] };
      return body.rows.find((r) => r.villageCode === TLANAKAN_DESA)!.indicators.k1.cumulative;
    };
    const withK1 = async (n: number) => {
      const { pregnancyId } = await registerPregnancy(t, bidan, testNik(n), tlanakan);
      await t
        .http()
        .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
        .set(as(bidan))
        .send(k1Body())
        .expect(201);
      return pregnancyId;
    };
    const today = daysFromToday(0);
    const twoYearsAgo = daysFromToday(-731);
    const before = await pws(today);
    const beforeOld = await pws(twoYearsAgo);
    const view = await overview();

    // A pregnancy recorded two years ago (moved back in the database: the API takes current ones only).
    const old = await withK1(47);
    await t.dataSource.getRepository(Pregnancy).update(old, { hpht: daysFromToday(-731 - 70) });
    await t.dataSource.getRepository(AncContactRow).update({ pregnancyId: old }, { date: twoYearsAgo });
    expect(await pws(today)).toBe(before);
    expect(await pws(twoYearsAgo)).toBe(beforeOld + 1);
    expect(row(await overview(), tlanakan).k1.count).toBe(row(view, tlanakan).k1.count);

    // Dated by ultrasound: the HPHT she remembered is far back, the ultrasound HPL is in months; her
    // K1 today counts today (read through the ultrasound HPL).
    const usg = await withK1(48);
    await t.dataSource
      .getRepository(Pregnancy)
      .update(usg, { hpht: daysFromToday(-731), usgHpl: daysFromToday(200) });
    expect(await pws(today)).toBe(before + 1);
    expect(row(await overview(), tlanakan).k1.count).toBe(row(view, tlanakan).k1.count + 1);
  });
});
