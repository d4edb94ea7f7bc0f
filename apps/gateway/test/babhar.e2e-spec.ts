import {
  MATERNAL_SUMMARY_READER,
  type MaternalSummaryReader,
} from '../src/common/maternal/maternal-summary.reader';
import {
  contactViewSchema,
  dangerSignAnswerSchema,
  kohortPageSchema,
  ksprCardSchema,
  ksprSavedSchema,
  motherLookupSchema,
  motherViewSchema,
  myPregnancySchema,
  pregnancyDetailSchema,
  pregnancyViewSchema,
  pwsReportSchema,
  worklistViewSchema,
} from '@layanan/domain';
import { BabharSweepService } from '../src/modules/babhar/babhar-sweep.service';
import { AncContactRow, Mother, Pregnancy } from '../src/modules/babhar/entities';
import { AuditLogEntry } from '../src/modules/identity/entities/audit-log.entity';
import {
  TLANAKAN_DESA,
  birthDateOf,
  as,
  daysFromToday,
  k1Body,
  motherBody,
  puskesmas,
  registerPregnancy,
} from './support/babhar';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

describe('e-Babhar: health staff and mothers', () => {
  let t: TestApp;
  let admin: string;
  let bidan: string;
  let bidanId: string;
  let bidanB: string;
  let officer: string;
  let tlanakan: string;
  let pademawu: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    const b = await login(t, 'bidan', 'Bidan12345');
    bidan = b.accessToken;
    bidanId = b.user.id;
    officer = (await login(t, 'pupr', 'Petugas12345')).accessToken;
    tlanakan = await puskesmas(t, 'PKM-TLANAKAN');
    pademawu = await puskesmas(t, 'PKM-PADEMAWU');
    await t
      .http()
      .post('/api/admin/staff')
      .set(as(admin))
      .send({
        username: 'bidan.pademawu',
        fullName: 'Bidan Pademawu',
        role: 'health_staff',
        password: 'bidanB12345',
        facilityId: pademawu,
      })
      .expect(201);
    bidanB = (await login(t, 'bidan.pademawu', 'bidanB12345')).accessToken;
  });
  afterAll(() => t.close());

  it('refuses anonymous callers, officers and residents on the staff routes', async () => {
    await t.http().get('/api/babhar/worklist').expect(401);
    await t.http().get('/api/babhar/worklist').set(as(officer)).expect(403);
    const resident = await registerResident(t, 90);
    await t.http().get('/api/babhar/kohort').set(as(resident.accessToken)).expect(403);
    await t
      .http()
      .post('/api/babhar/mothers/lookup')
      .set(as(resident.accessToken))
      .send({ nik: testNik(1) })
      .expect(403);
    await t.http().get('/api/babhar/me/pregnancy').set(as(officer)).expect(403);
  });

  it('finds a mother by NIK before registering, refuses bad input naming the field, then refuses a duplicate', async () => {
    const nik = testNik(1);
    await t.http().post('/api/babhar/mothers/lookup').set(as(bidan)).send({ nik }).expect(404);
    const bad = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .send(motherBody(nik, { fullName: '', villageCode: '99' }))
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['fullName', 'villageCode']));
    const male = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .send(motherBody('3528010101950001'))
      .expect(400);
    expect(male.body.fields.nik).toMatch(/laki-laki|man/);
    expect(await t.dataSource.getRepository(Mother).count()).toBe(0);

    const key = 'mother-create-0001';
    const created = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .set('Idempotency-Key', key)
      .send(motherBody(nik))
      .expect(201);
    expect(created.body).toMatchObject({
      fullName: 'Siti Aminah',
      nikMasked: '3528••••••••0001',
      villageCode: TLANAKAN_DESA,
    });
    expect(JSON.stringify(created.body)).not.toContain(nik);
    const replay = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .set('Idempotency-Key', key)
      .send(motherBody(nik))
      .expect(201);
    expect(replay.body.id).toBe(created.body.id);
    const duplicate = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .send(motherBody(nik))
      .expect(409);
    expect(duplicate.body.code).toBe('mother_exists');
    expect(duplicate.body.fields.nik).toMatch(/sudah terdaftar/);
    const found = await t.http().post('/api/babhar/mothers/lookup').set(as(bidan)).send({ nik }).expect(200);
    expect(found.body.mother.id).toBe(created.body.id);
    motherLookupSchema.parse(found.body);
    motherViewSchema.parse(created.body);

    // Encrypted at rest: no NIK, phone or height in clear.
    const row = await t.dataSource.getRepository(Mother).findOneByOrFail({ id: created.body.id });
    expect(row.nikEnc).not.toContain(nik);
    expect(row.healthEnc).not.toContain('150');
    expect(row.phoneEnc).not.toContain('81234567890');
  });

  it('registers a pregnancy with its HPL, records K1 with LILA 22 and returns the KEK flag, GA, trimester and code', async () => {
    const { pregnancyId } = await registerPregnancy(t, bidan, testNik(2), tlanakan);
    const detail = await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(bidan)).expect(200);
    expect(detail.body.pregnancy).toMatchObject({ status: 'active', verification: 'verified', bidanId });
    expect(detail.body.pregnancy.hpl).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.body.dates.gestationalAge.weeks).toBe(10);

    const before = await t.dataSource.getRepository(AncContactRow).count();
    const bad = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ systolic: 70, diastolic: 80 }))
      .expect(400);
    expect(bad.body.fields).toHaveProperty('systolic');
    const noHeight = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ heightCm: undefined }))
      .expect(400);
    expect(noHeight.body.fields).toHaveProperty('heightCm');
    expect(await t.dataSource.getRepository(AncContactRow).count()).toBe(before);

    const k1 = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .set('Idempotency-Key', 'k1-contact-0001')
      .send(k1Body())
      .expect(201);
    expect(k1.body).toMatchObject({ visitCode: 'K1M', trimester: 1, gestationalAge: { weeks: 10, days: 0 } });
    expect(k1.body.flags.map((f: { code: string }) => f.code)).toContain('kek');
    contactViewSchema.parse(k1.body);
    const again = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .set('Idempotency-Key', 'k1-contact-0001')
      .send(k1Body())
      .expect(201);
    expect(again.body.id).toBe(k1.body.id);
    expect(await t.dataSource.getRepository(AncContactRow).count()).toBe(before + 1);
    const stored = await t.dataSource.getRepository(AncContactRow).findOneByOrFail({ id: k1.body.id });
    expect(stored.dataEnc).not.toContain('kek');

    const after = await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(bidan)).expect(200);
    expect(after.body.contacts).toHaveLength(1);
    pregnancyDetailSchema.parse(after.body);
    expect(after.body.schedule.trimesters[0]).toMatchObject({ trimester: 1, done: 1, owed: 0 });
    expect(after.body.pregnancy.nextContactDate).toBe(daysFromToday(28));
  });

  it('prefills the KSPR card from the records and never lets the score go down', async () => {
    const mother = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .send(motherBody(testNik(3), { heightCm: 143 }))
      .expect(201);
    const pregnancy = await t
      .http()
      .post('/api/babhar/pregnancies')
      .set(as(bidan))
      .send({
        motherId: mother.body.id,
        hpht: daysFromToday(-100),
        gravida: 3,
        para: 1,
        abortus: 1,
        lastBirthDate: daysFromToday(-500),
        puskesmasId: tlanakan,
      })
      .expect(201);
    const id = pregnancy.body.id;
    const card = await t.http().get(`/api/babhar/pregnancies/${id}/kspr`).set(as(bidan)).expect(200);
    expect(card.body.items).toHaveLength(card.body.items.length);
    expect(card.body.prefill.items).toEqual(expect.arrayContaining(['3', '7', '8']));
    expect(card.body.startScore).toBe(2);
    ksprCardSchema.parse(card.body);

    const first = await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['3'] })
      .expect(201);
    expect(first.body).toMatchObject({ total: 6, category: 'KRT' });
    expect(first.body.guidance.placeOfBirth.id).toMatch(/puskesmas/i);
    ksprSavedSchema.parse(first.body);
    const second = await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: [] })
      .expect(201);
    expect(second.body).toMatchObject({ total: 6, category: 'KRT', carriedOver: ['3'] });
    const third = await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['10'] })
      .expect(201);
    expect(third.body).toMatchObject({ total: 14, category: 'KRST' });
    const bad = await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['99'] })
      .expect(400);
    expect(bad.body.fields).toHaveProperty(['items.0']);

    const plan = {
      attendant: { kind: 'bidan', name: 'Bidan Rina' },
      place: { kind: 'puskesmas', name: 'Puskesmas Tlanakan' },
      companion: { name: 'Ahmad', relationship: 'suami' },
      transport: { kind: 'desa_vehicle', driverName: 'Pak Slamet' },
      bloodDonors: [
        { name: 'Donor Satu', bloodType: { abo: 'O' } },
        { name: 'Donor Dua', bloodType: { abo: 'O', rhesus: 'positive' } },
      ],
      savings: { has: true, amountRupiah: 500000 },
      jkn: { has: true, number: '0001234567890' },
      postpartumFamilyPlanning: 'implant',
      stickerPosted: true,
    };
    const mismatched = await t
      .http()
      .put(`/api/babhar/pregnancies/${id}/birth-plan`)
      .set(as(bidan))
      .send({ ...plan, bloodDonors: [{ name: 'Donor A', bloodType: { abo: 'A' } }, plan.bloodDonors[0]] })
      .expect(400);
    expect(mismatched.body.fields).toHaveProperty('bloodDonors');
    await t.http().put(`/api/babhar/pregnancies/${id}/birth-plan`).set(as(bidan)).send(plan).expect(200);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/referrals`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), to: 'RSUD Pamekasan', reason: 'KSPR 14, bekas SC' })
      .expect(201);
    const detail = await t.http().get(`/api/babhar/pregnancies/${id}`).set(as(bidan)).expect(200);
    expect(detail.body.birthPlan.attendant.name).toBe('Bidan Rina');
    expect(detail.body.referrals).toHaveLength(1);
    expect(detail.body.kspr.current).toMatchObject({ total: 14, category: 'KRST', colour: 'red' });
    pregnancyDetailSchema.parse(detail.body);

    const worklist = await t.http().get('/api/babhar/worklist?reason=high_risk').set(as(bidan)).expect(200);
    expect(worklist.body.items.map((i: { pregnancyId: string }) => i.pregnancyId)).toContain(id);
    const highRisk = worklist.body.reasons.find((r: { reason: string }) => r.reason === 'high_risk');
    expect(highRisk.count).toBeGreaterThanOrEqual(1);
    worklistViewSchema.parse(worklist.body);
    const notYet = worklist.body.reasons.find((r: { reason: string }) => r.reason === 'not_yet_k1');
    expect(notYet.count).toBeGreaterThanOrEqual(1);
  });

  it('pages the worklist: the counts cover the whole list, the pages together hold it once', async () => {
    for (const n of [21, 22, 23]) await registerPregnancy(t, bidan, testNik(n), tlanakan);
    const whole = worklistViewSchema.parse(
      (await t.http().get('/api/babhar/worklist?pageSize=200').set(as(bidan)).expect(200)).body,
    );
    expect(whole.total).toBe(whole.items.length);
    expect(whole.total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    for (let page = 1; page <= whole.total; page++) {
      const one = worklistViewSchema.parse(
        (await t.http().get(`/api/babhar/worklist?pageSize=1&page=${page}`).set(as(bidan)).expect(200)).body,
      );
      expect(one).toMatchObject({ total: whole.total, page, pageSize: 1 });
      expect(one.reasons).toEqual(whole.reasons);
      expect(one.items).toHaveLength(1);
      seen.push(one.items[0].pregnancyId);
    }
    expect(seen).toEqual(whole.items.map((i) => i.pregnancyId));
    const past = await t
      .http()
      .get(`/api/babhar/worklist?pageSize=1&page=${whole.total + 1}`)
      .set(as(bidan))
      .expect(200);
    expect(past.body.items).toEqual([]);
    // A reason filter pages its own list; the counts stay those of the whole list.
    const notYet = whole.reasons.find((r) => r.reason === 'not_yet_k1')!;
    const filtered = await t.http().get('/api/babhar/worklist?reason=not_yet_k1&pageSize=1').set(as(bidan));
    expect(filtered.body.total).toBe(notYet.count);
    expect(filtered.body.reasons).toEqual(whole.reasons);
    for (const bad of ['pageSize=0', 'pageSize=201', 'page=0', 'page=x']) {
      const res = await t.http().get(`/api/babhar/worklist?${bad}`).set(as(bidan)).expect(400);
      expect(Object.keys(res.body.fields)).toEqual([bad.split('=')[0]]);
    }
  });

  it('keeps each puskesmas to its own mothers, and audits every staff read', async () => {
    const { pregnancyId, motherId } = await registerPregnancy(t, bidan, testNik(4), tlanakan);
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(bidanB)).expect(403);
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}/fhir`).set(as(bidanB)).expect(403);
    await t.http().get(`/api/babhar/mothers/${motherId}`).set(as(bidanB)).expect(403);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidanB))
      .send(k1Body())
      .expect(403);
    const listB = await t.http().get('/api/babhar/kohort').set(as(bidanB)).expect(200);
    expect(listB.body.total).toBe(0);
    const lookupB = await t
      .http()
      .post('/api/babhar/mothers/lookup')
      .set(as(bidanB))
      .send({ nik: testNik(4) })
      .expect(200);
    expect(lookupB.body).toMatchObject({ pregnancies: [], elsewhere: 1 });
    await t
      .http()
      .get('/api/babhar/pregnancies/00000000-0000-4000-8000-000000000000')
      .set(as(bidan))
      .expect(404);
    // Pademawu cannot register a pregnancy at Tlanakan.
    const m = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidanB))
      .send(motherBody(testNik(40)))
      .expect(201);
    await t
      .http()
      .post('/api/babhar/pregnancies')
      .set(as(bidanB))
      .send({
        motherId: m.body.id,
        hpht: daysFromToday(-30),
        gravida: 1,
        para: 0,
        abortus: 0,
        puskesmasId: tlanakan,
      })
      .expect(403);

    const audit = t.dataSource.getRepository(AuditLogEntry);
    const before = await audit.countBy({ subjectId: pregnancyId });
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(bidan)).expect(200);
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}/fhir`).set(as(bidan)).expect(200);
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(admin)).expect(200);
    const log = await t
      .http()
      .get('/api/admin/audit-log')
      .query({ subjectType: 'babhar.pregnancy', subjectId: pregnancyId })
      .set(as(admin))
      .expect(200);
    expect(log.body.total).toBe(before + 3);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['babhar.pregnancy.read', 'babhar.pregnancy.fhir']),
    );
    expect(log.body.items[0]).toMatchObject({ actorRole: 'regency_admin', subjectId: pregnancyId });
    await t.http().get('/api/admin/audit-log').set(as(bidan)).expect(403);
  });

  it('lets the mother claim her pregnancy, follow it, and report a danger sign that alerts her puskesmas at once', async () => {
    const nik = testNik(5);
    const { pregnancyId } = await registerPregnancy(t, bidan, nik, tlanakan);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body())
      .expect(201);
    const mother = await registerResident(t, 5);
    const other = await registerResident(t, 6);
    await t.http().get('/api/babhar/me/pregnancy').set(as(mother.accessToken)).expect(404);
    const wrong = await t
      .http()
      .post('/api/babhar/me/claim')
      .set(as(other.accessToken))
      .send({ nik })
      .expect(403);
    expect(wrong.body.code).toBe('nik_not_yours');
    const claimed = await t
      .http()
      .post('/api/babhar/me/claim')
      .set(as(mother.accessToken))
      .send({ nik })
      .expect(200);
    expect(claimed.body.pregnancy.id).toBe(pregnancyId);
    const mine = await t.http().get('/api/babhar/me/pregnancy').set(as(mother.accessToken)).expect(200);
    expect(mine.body.dates.gestationalAge.weeks).toBe(10);
    expect(mine.body.nextContact).toEqual({ date: daysFromToday(28), state: 'due' });
    expect(mine.body.dangerSigns).toHaveLength(6);
    expect(mine.body.kspr.notAssessed.id).toMatch(/KSPR/);
    expect(mine.body.puskesmas.id).toBe(tlanakan);
    myPregnancySchema.parse(mine.body);
    // Another resident sees nothing of it.
    await t.http().get('/api/babhar/me/pregnancy').set(as(other.accessToken)).expect(404);
    await t
      .http()
      .post('/api/babhar/me/danger-signs')
      .set(as(other.accessToken))
      .send({ pregnancyId, period: 'pregnancy', signs: ['bleeding'] })
      .expect(404);
    await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(mother.accessToken)).expect(403);

    const bad = await t
      .http()
      .post('/api/babhar/me/danger-signs')
      .set(as(mother.accessToken))
      .send({ pregnancyId, period: 'pregnancy', signs: [] })
      .expect(400);
    expect(bad.body.fields).toHaveProperty('signs');
    const report = { pregnancyId, period: 'pregnancy', signs: ['bleeding'], note: 'Keluar darah sejak pagi' };
    const first = await t
      .http()
      .post('/api/babhar/me/danger-signs')
      .set(as(mother.accessToken))
      .set('Idempotency-Key', 'danger-sign-0001')
      .send(report)
      .expect(201);
    expect(first.body.advice.now.id).toMatch(/puskesmas/);
    expect(first.body.transportLink).toBe('/sehat');
    expect(first.body.alerted).toBeGreaterThanOrEqual(1);
    dangerSignAnswerSchema.parse(first.body);
    const retry = await t
      .http()
      .post('/api/babhar/me/danger-signs')
      .set(as(mother.accessToken))
      .set('Idempotency-Key', 'danger-sign-0001')
      .send(report)
      .expect(201);
    expect(retry.body.report.id).toBe(first.body.report.id);

    const inbox = await t.http().get('/api/notifications').set(as(bidan)).expect(200);
    const alerts = (inbox.body.items ?? inbox.body).filter(
      (n: { kind: string }) => n.kind === 'danger_sign.alert',
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0].link).toBe(`/babhar/staf/kehamilan/${pregnancyId}`);

    const reader = t.app.get<MaternalSummaryReader>(MATERNAL_SUMMARY_READER);
    expect(await reader.forNik(nik)).toMatchObject({
      pregnancyId,
      openDangerSign: true,
      facilityId: tlanakan,
      gestationalWeeks: 10,
    });
    expect(await reader.forResident(mother.user.id)).toMatchObject({
      pregnancyId,
      ksprScore: 2,
      ksprCategory: 'KRR',
    });
    expect(await reader.forResident(other.user.id)).toBeNull();

    const list = await t.http().get('/api/babhar/worklist?reason=danger_sign').set(as(bidan)).expect(200);
    expect(list.body.items.map((i: { pregnancyId: string }) => i.pregnancyId)).toContain(pregnancyId);
    await t
      .http()
      .post(`/api/babhar/danger-signs/${first.body.report.id}/acknowledge`)
      .set(as(bidanB))
      .expect(403);
    await t
      .http()
      .post(`/api/babhar/danger-signs/${first.body.report.id}/acknowledge`)
      .set(as(bidan))
      .expect(200);
    await t
      .http()
      .post(`/api/babhar/danger-signs/${first.body.report.id}/acknowledge`)
      .set(as(bidan))
      .expect(409);
    const cleared = await t.http().get('/api/babhar/worklist?reason=danger_sign').set(as(bidan)).expect(200);
    expect(cleared.body.items.map((i: { pregnancyId: string }) => i.pregnancyId)).not.toContain(pregnancyId);
    expect((await reader.forNik(nik))?.openDangerSign).toBe(false);
  });

  it('takes a self-registered pregnancy as pending until the bidan verifies it', async () => {
    const resident = await registerResident(t, 7);
    const body = {
      mother: {
        fullName: 'Warga Tujuh',
        birthDate: birthDateOf(testNik(7)),
        villageCode: TLANAKAN_DESA,
        address: 'Dusun Barat RT 02',
      },
      pregnancy: { hpht: daysFromToday(-56), gravida: 2, para: 1, abortus: 0, puskesmasId: tlanakan },
    };
    const bad = await t
      .http()
      .post('/api/babhar/me/pregnancies')
      .set(as(resident.accessToken))
      .send({ ...body, pregnancy: { ...body.pregnancy, hpht: daysFromToday(5) } })
      .expect(400);
    expect(bad.body.fields).toHaveProperty(['pregnancy.hpht']);
    const notHerBirthDate = await t
      .http()
      .post('/api/babhar/me/pregnancies')
      .set(as(resident.accessToken))
      .send({ ...body, mother: { ...body.mother, birthDate: '1995-01-02' } })
      .expect(400);
    expect(notHerBirthDate.body.fields['mother.birthDate']).toMatch(/tanggal lahir pada NIK|one in the NIK/);
    const notPuskesmas = await t
      .http()
      .post('/api/babhar/me/pregnancies')
      .set(as(resident.accessToken))
      .send({
        ...body,
        pregnancy: { ...body.pregnancy, puskesmasId: '00000000-0000-4000-8000-000000000000' },
      })
      .expect(400);
    expect(notPuskesmas.body.fields).toHaveProperty(['pregnancy.puskesmasId']);
    expect(await t.dataSource.getRepository(Mother).countBy({ residentUserId: resident.user.id })).toBe(0);
    const created = await t
      .http()
      .post('/api/babhar/me/pregnancies')
      .set(as(resident.accessToken))
      .send(body)
      .expect(201);
    expect(created.body.pregnancy).toMatchObject({ verification: 'pending', status: 'active' });
    const id = created.body.pregnancy.id;
    const worklist = await t.http().get('/api/babhar/worklist').set(as(bidan)).expect(200);
    expect(worklist.body.pending.map((p: { pregnancyId: string }) => p.pregnancyId)).toContain(id);
    const blocked = await t
      .http()
      .post(`/api/babhar/pregnancies/${id}/contacts`)
      .set(as(bidan))
      .send(k1Body())
      .expect(409);
    expect(blocked.body.code).toBe('pregnancy_pending');
    await t.http().post(`/api/babhar/pregnancies/${id}/verify`).set(as(bidanB)).expect(403);
    const verified = await t.http().post(`/api/babhar/pregnancies/${id}/verify`).set(as(bidan)).expect(200);
    expect(verified.body).toMatchObject({ verification: 'verified', bidanId });
    pregnancyViewSchema.parse(verified.body);
    await t.http().post(`/api/babhar/pregnancies/${id}/verify`).set(as(bidan)).expect(409);
    await t.http().post('/api/babhar/me/pregnancies').set(as(resident.accessToken)).send(body).expect(409);
  });

  it('records the outcome and postpartum contacts, and reports PWS-KIA per desa with a CSV', async () => {
    const { pregnancyId } = await registerPregnancy(t, bidan, testNik(8), tlanakan, 270);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ date: daysFromToday(-10), nextContactDate: undefined }))
      .expect(201);
    const outcome = {
      kind: 'birth',
      date: daysFromToday(-2),
      place: 'puskesmas',
      attendant: 'bidan',
      mode: 'spontaneous',
      babies: [{ sex: 'female', bornAlive: true, weightGrams: 3100 }],
    };
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/postpartum-contacts`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), provider: 'bidan' })
      .expect(409);
    const bad = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/outcome`)
      .set(as(bidan))
      .send({ ...outcome, mode: undefined })
      .expect(400);
    expect(bad.body.fields).toHaveProperty('mode');
    const done = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/outcome`)
      .set(as(bidan))
      .send(outcome)
      .expect(201);
    expect(done.body).toMatchObject({ status: 'delivered', facilityBirthByHealthWorker: true });
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/outcome`)
      .set(as(bidan))
      .send(outcome)
      .expect(409);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body())
      .expect(409);
    // The portal sends a key: its scope (the route with the pregnancy's id) is 85 characters long.
    const postKf = () =>
      t
        .http()
        .post(`/api/babhar/pregnancies/${pregnancyId}/postpartum-contacts`)
        .set(as(bidan))
        .set('Idempotency-Key', 'bbh-kf1-retry-0001')
        .send({ date: daysFromToday(0), provider: 'bidan', vitaminA: true })
        .expect(201);
    const kf = await postKf();
    expect(kf.body.visitCode).toBe('KF1');
    expect((await postKf()).body.id).toBe(kf.body.id);
    const closed = await t.http().get(`/api/babhar/pregnancies/${pregnancyId}`).set(as(bidan)).expect(200);
    expect(closed.body.outcome).toMatchObject({ kind: 'birth', facilityBirthByHealthWorker: true });
    expect(closed.body.postpartum).toEqual([expect.objectContaining({ visitCode: 'KF1', vitaminA: true })]);
    pregnancyDetailSchema.parse(closed.body);

    const today = daysFromToday(0);
    const [year, month] = today.split('-').map(Number);
    const report = await t
      .http()
      .get(`/api/babhar/reports/pws-kia?year=${year}&month=${month}`)
      .set(as(bidan))
      .expect(200);
    const desa = report.body.rows.find((r: { villageCode: string }) => r.villageCode === TLANAKAN_DESA);
    expect(desa.indicators.k1.cumulative).toBeGreaterThanOrEqual(1);
    expect(desa.indicators.facilityBirths.cumulative).toBeGreaterThanOrEqual(1);
    expect(desa.target).toBeNull();
    pwsReportSchema.parse(report.body);
    const csv = await t
      .http()
      .get(`/api/babhar/reports/pws-kia.csv?year=${year}&month=${month}`)
      .set(as(bidan))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^kode_desa,desa,penduduk,sasaran_bumil,k1_bulan_ini/);
    expect(csv.text).toContain(TLANAKAN_DESA);
    await t.http().get(`/api/babhar/reports/pws-kia?year=${year}&month=13`).set(as(bidan)).expect(400);

    const kohort = await t.http().get('/api/babhar/kohort?pageSize=2').set(as(bidan)).expect(200);
    expect(kohort.body.items).toHaveLength(2);
    expect(kohort.body.total).toBeGreaterThan(2);
    expect(kohort.body.items[0].nikMasked).toMatch(/•/);
    kohortPageSchema.parse(kohort.body);
  });

  it('closes pregnancies at HPHT + 308 days and reminds mothers of a due contact once', async () => {
    const nik = testNik(9);
    const { pregnancyId } = await registerPregnancy(t, bidan, nik, tlanakan);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ nextContactDate: daysFromToday(2) }))
      .expect(201);
    const mother = await registerResident(t, 9);
    await t.http().post('/api/babhar/me/claim').set(as(mother.accessToken)).send({ nik }).expect(200);
    const sweep = t.app.get(BabharSweepService);
    const first = await sweep.runOnce();
    expect(first.reminded).toBe(1);
    expect((await sweep.runOnce()).reminded).toBe(0);
    const inbox = await t.http().get('/api/notifications').set(as(mother.accessToken)).expect(200);
    expect((inbox.body.items ?? inbox.body).some((n: { kind: string }) => n.kind === 'anc.due')).toBe(true);

    const later = new Date(Date.now() + 240 * 86_400_000);
    const closed = await sweep.runOnce(later);
    expect(closed.closed).toBeGreaterThanOrEqual(1);
    const row = await t.dataSource.getRepository(Pregnancy).findOneByOrFail({ id: pregnancyId });
    expect(row.status).toBe('lost_to_follow_up');
    expect(row.closedOn).toBe(daysFromToday(-70 + 308));
  });
});
