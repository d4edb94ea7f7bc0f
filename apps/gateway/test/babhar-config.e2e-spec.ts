import { as, daysFromToday, k1Body, puskesmas, registerPregnancy } from './support/babhar';
import { type TestApp, bootTestApp, login, testNik } from './support/test-app';

describe('e-Babhar rules come from the configuration', () => {
  let t: TestApp;
  let bidan: string;

  beforeAll(async () => {
    t = await bootTestApp({
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      // An older card: KEK below 21 cm, KRT only from 10 (not the defaults 23.5 and 6).
      BABHAR_RULES: '{"flags":{"lilaCm":{"op":"<","value":21}},"kspr":{"highRisk":{"op":">=","value":10}}}',
      BABHAR_POPULATION: '{"35.28.01.2001": 10000}',
      BABHAR_CRUDE_BIRTH_RATE: '20',
    });
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
  });
  afterAll(() => t.close());

  it('flags, KSPR thresholds and PWS-KIA targets follow BABHAR_*', async () => {
    const { pregnancyId } = await registerPregnancy(
      t,
      bidan,
      testNik(31),
      await puskesmas(t, 'PKM-TLANAKAN'),
    );
    const contact = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ lilaCm: 22 }))
      .expect(201);
    expect(contact.body.flags.map((f: { code: string }) => f.code)).not.toContain('kek');
    const kspr = await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['3'] })
      .expect(201);
    expect(kspr.body).toMatchObject({ total: 6, category: 'KRR' });
    const rules = await t.http().get('/api/babhar/rules').expect(200);
    expect(rules.body.rules.flags.lilaCm).toEqual({ op: '<', value: 21 });

    const [year, month] = daysFromToday(0).split('-').map(Number);
    const report = await t
      .http()
      .get(`/api/babhar/reports/pws-kia?year=${year}&month=${month}`)
      .set(as(bidan))
      .expect(200);
    const desa = report.body.rows.find((r: { villageCode: string }) => r.villageCode === '35.28.01.2001');
    // ceil(1.1 × 20/1000 × 10,000) = 220
    expect(desa).toMatchObject({ population: 10000, target: 220 });
    expect(desa.indicators.k1).toMatchObject({ month: 1, cumulative: 1, cumulativePercent: 0.5 });
  });
});
