import { as, daysFromToday, motherBody, puskesmas } from './support/babhar';
import { facilityId } from './support/sehat';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

/** e-Sehat transport with the real e-Babhar module behind MATERNAL_SUMMARY_READER. */
describe('e-Sehat transport × e-Babhar: a consenting KRST mother is prioritised', () => {
  let t: TestApp;
  let bidan: string;
  let dispatcher: string;
  let rsud: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    dispatcher = (await login(t, 'callcare', 'CallCare12345')).accessToken;
    rsud = await facilityId(t, 'RSUD-SMART');
  });
  afterAll(() => t.close());

  async function krstPregnancy(nik: string) {
    const tlanakan = await puskesmas(t, 'PKM-TLANAKAN');
    const mother = await t
      .http()
      .post('/api/babhar/mothers')
      .set(as(bidan))
      .send(motherBody(nik, { heightCm: 143 }))
      .expect(201);
    const pregnancy = await t
      .http()
      .post('/api/babhar/pregnancies')
      .set(as(bidan))
      .send({
        motherId: mother.body.id,
        hpht: daysFromToday(-200),
        gravida: 3,
        para: 1,
        abortus: 1,
        lastBirthDate: daysFromToday(-700),
        puskesmasId: tlanakan,
      })
      .expect(201);
    const kspr = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancy.body.id}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['3', '10'] })
      .expect(201);
    expect(kspr.body.category).toBe('KRST');
    return pregnancy.body.id as string;
  }

  const ask = (token: string, body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/sehat/transport')
      .set(as(token))
      .send({
        patientName: 'Pasien',
        phone: '081234567890',
        pickup: { lat: -7.2, lng: 113.44 },
        destinationFacilityId: rsud,
        urgency: 'biasa',
        ...body,
      });

  it('reads her HPL and KSPR category from e-Babhar (with consent only) and puts her first', async () => {
    const nik = testNik(21);
    await krstPregnancy(nik);
    const mother = await registerResident(t, 21);
    await t.http().post('/api/babhar/me/claim').set(as(mother.accessToken)).send({ nik }).expect(200);
    const neighbour = await registerResident(t, 22);

    const emergency = await ask(neighbour.accessToken, {
      urgency: 'darurat',
      patientName: 'Pak Hasan',
    }).expect(201);
    const withoutConsent = await ask(mother.accessToken, { patientName: 'Ibu', pregnant: true }).expect(201);
    expect(withoutConsent.body).toMatchObject({ maternalSummary: false, ksprCategory: null, hpl: null });
    const withConsent = await ask(mother.accessToken, {
      patientName: 'Ibu',
      pregnant: true,
      maternalConsent: true,
    }).expect(201);
    expect(withConsent.body).toMatchObject({ maternalSummary: true, ksprCategory: 'KRST' });
    expect(withConsent.body.hpl).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A neighbour asks for her, giving her NIK, with her consent.
    const forHer = await ask(neighbour.accessToken, {
      patientName: 'Ibu (tetangga)',
      pregnant: true,
      maternalConsent: true,
      motherNik: nik,
    }).expect(201);
    expect(forHer.body.ksprCategory).toBe('KRST');

    const queue = await t.http().get('/api/sehat/dispatch/requests').set(as(dispatcher)).expect(200);
    const order = (queue.body as { id: string }[]).map((e) => e.id);
    expect(order.slice(0, 2).sort()).toEqual([withConsent.body.id, forHer.body.id].sort());
    expect(order.indexOf(emergency.body.id)).toBe(2);
    expect(order.indexOf(withoutConsent.body.id)).toBe(3);
  });
});
