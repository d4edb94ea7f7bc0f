import { categoryId, submit } from './support/cases';
import { bearer, facilityId } from './support/sehat';
import { type TestApp, bootTestApp, login, registerResident } from './support/test-app';

describe('e-Sehat: consultations and health-service complaints', () => {
  let t: TestApp;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  let bidan: string;
  let bidan2: string;
  let admin: string;
  let tlanakan: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    siti = await registerResident(t, 1);
    budi = await registerResident(t, 2);
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    bidan2 = (await login(t, 'bidan2', 'Bidan12345')).accessToken;
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    tlanakan = await facilityId(t, 'PKM-TLANAKAN');
  });
  afterAll(() => t.close());

  const ask = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/sehat/consultations').set(bearer(token)).send(body);

  describe('consultations', () => {
    it('a resident asks the Tlanakan puskesmas; its health worker answers in the timeline; time to first answer is measured', async () => {
      const asked = await ask(siti.accessToken, {
        facilityId: tlanakan,
        subject: 'Anak demam tiga hari',
        question: 'Anak saya umur 2 tahun demam tiga hari, apakah perlu dibawa ke puskesmas?',
      }).expect(201);
      expect(asked.body).toMatchObject({
        status: 'open',
        facilityName: 'Puskesmas Tlanakan',
        firstAnswerAt: null,
      });
      expect(asked.body.timeline).toHaveLength(1);
      const id = asked.body.id as string;

      // Pademawu's staff do not see it; Tlanakan's do.
      const other = await t.http().get('/api/sehat/consultations/inbox').set(bearer(bidan2)).expect(200);
      expect(other.body.map((c: { id: string }) => c.id)).not.toContain(id);
      await t.http().get(`/api/sehat/consultations/${id}`).set(bearer(bidan2)).expect(404);
      await t
        .http()
        .post(`/api/sehat/consultations/${id}/messages`)
        .set(bearer(bidan2))
        .send({ body: 'Jawaban' })
        .expect(404);
      const inbox = await t
        .http()
        .get('/api/sehat/consultations/inbox')
        .query({ status: 'open' })
        .set(bearer(bidan))
        .expect(200);
      expect(inbox.body.map((c: { id: string }) => c.id)).toContain(id);

      const answered = await t
        .http()
        .post(`/api/sehat/consultations/${id}/messages`)
        .set(bearer(bidan))
        .send({ body: 'Demam lebih dari dua hari sebaiknya diperiksa. Silakan datang ke Poli Anak.' })
        .expect(201);
      expect(answered.body).toMatchObject({ status: 'answered' });
      expect(answered.body.secondsToFirstAnswer).toBeGreaterThanOrEqual(0);
      expect(answered.body.timeline.map((e: { authorRole: string }) => e.authorRole)).toEqual([
        'resident',
        'health_staff',
      ]);
      const reply = await t
        .http()
        .post(`/api/sehat/consultations/${id}/messages`)
        .set(bearer(siti.accessToken))
        .send({ body: 'Terima kasih, besok kami datang.', close: true })
        .expect(201);
      expect(reply.body.status).toBe('closed');
      const closed = await t
        .http()
        .post(`/api/sehat/consultations/${id}/messages`)
        .set(bearer(bidan))
        .send({ body: 'x' })
        .expect(409);
      expect(closed.body.code).toBe('consultation_closed');
    });

    it('residents see only their own; without a puskesmas any health worker may answer; bad input names the field', async () => {
      const open = await ask(budi.accessToken, {
        subject: 'Jadwal imunisasi',
        question: 'Kapan jadwal imunisasi campak untuk bayi 9 bulan?',
      }).expect(201);
      await t
        .http()
        .get(`/api/sehat/consultations/${open.body.id}`)
        .set(bearer(siti.accessToken))
        .expect(404);
      await t
        .http()
        .post(`/api/sehat/consultations/${open.body.id}/messages`)
        .set(bearer(siti.accessToken))
        .send({ body: 'Saya ikut bertanya' })
        .expect(404);
      const mine = await t
        .http()
        .get('/api/sehat/consultations/mine')
        .set(bearer(siti.accessToken))
        .expect(200);
      expect(mine.body.map((c: { id: string }) => c.id)).not.toContain(open.body.id);
      await t.http().get(`/api/sehat/consultations/${open.body.id}`).set(bearer(bidan2)).expect(200);
      await t.http().get(`/api/sehat/consultations/${open.body.id}`).set(bearer(admin)).expect(200);
      await t.http().get('/api/sehat/consultations/inbox').set(bearer(siti.accessToken)).expect(403);

      const bad = await ask(budi.accessToken, { subject: 'Hi', question: 'pendek' }).expect(400);
      expect(Object.keys(bad.body.fields).sort()).toEqual(['question', 'subject']);
      const unknown = await ask(budi.accessToken, {
        facilityId: '00000000-0000-4000-8000-000000000009',
        subject: 'Pertanyaan umum',
        question: 'Apakah puskesmas buka hari Minggu?',
      }).expect(400);
      expect(Object.keys(unknown.body.fields)).toEqual(['facilityId']);
    });
  });

  describe('health-service complaints', () => {
    it('are cases with the SHT- prefix routed to Dinas Kesehatan, recording the facility concerned', async () => {
      const category = await categoryId(t, 'sehat', 'layanan_puskesmas');
      const created = await submit(t, siti.accessToken, {
        service: 'sehat',
        categoryId: category,
        title: 'Antrean poli umum sangat lama',
        description: 'Saya menunggu empat jam di poli umum padahal sudah daftar online pagi hari.',
        location: { point: { lat: -7.2228, lng: 113.4365 } },
        facilityId: tlanakan,
      }).expect(201);
      expect(created.body.trackingCode).toMatch(/^SHT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const detail = await t
        .http()
        .get(`/api/cases/${created.body.trackingCode}`)
        .set(bearer(siti.accessToken))
        .expect(200);
      expect(detail.body).toMatchObject({
        service: 'sehat',
        facility: { id: tlanakan, name: 'Puskesmas Tlanakan' },
        agency: { code: 'DINKES' },
      });
      const wrong = await submit(t, siti.accessToken, {
        service: 'lorong',
        categoryId: await categoryId(t, 'lorong', 'jalan_berlubang'),
        title: 'Jalan berlubang di depan puskesmas',
        description: 'Lubang besar tepat di depan pintu masuk puskesmas.',
        location: { point: { lat: -7.2228, lng: 113.4365 } },
        facilityId: tlanakan,
      }).expect(400);
      expect(Object.keys(wrong.body.fields)).toEqual(['facilityId']);
    });
  });
});
