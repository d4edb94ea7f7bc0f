import type { MaternalSummary } from '@layanan/domain';
import type { MaternalSummaryReader } from '../src/common/maternal/maternal-summary.reader';
import { TransportService } from '../src/modules/sehat/transport.service';
import { bearer, facilityId } from './support/sehat';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

/** Stands in for e-Babhar's reader: the mothers it knows, by resident account and by NIK. */
class InTestMaternalReader implements MaternalSummaryReader {
  readonly byResident = new Map<string, MaternalSummary>();
  readonly byNik = new Map<string, MaternalSummary>();
  forNik(nik: string) {
    return Promise.resolve(this.byNik.get(nik) ?? null);
  }
  forResident(id: string) {
    return Promise.resolve(this.byResident.get(id) ?? null);
  }
}

const krst = (over: Partial<MaternalSummary> = {}): MaternalSummary => ({
  pregnancyId: '00000000-0000-4000-8000-000000000001',
  hpl: '2026-12-20',
  gestationalWeeks: 37,
  ksprScore: 14,
  ksprCategory: 'KRST',
  openDangerSign: false,
  facilityId: 'x',
  ...over,
});

describe('e-Sehat: health transport (Pamekasan Call Care)', () => {
  let t: TestApp;
  let reader: InTestMaternalReader;
  let siti: { accessToken: string; user: { id: string } };
  let budi: { accessToken: string; user: { id: string } };
  let ani: { accessToken: string; user: { id: string } };
  let dispatcher: string;
  let admin: string;
  let bidan: string;
  let rsud: string;
  let near: { id: string };
  let far: { id: string };

  const pickup = { lat: -7.1566, lng: 113.4746 };
  const ask = (token: string, body: Record<string, unknown>, key?: string) => {
    const req = t.http().post('/api/sehat/transport').set(bearer(token));
    if (key) req.set('Idempotency-Key', key);
    return req.send({
      patientName: 'Pasien',
      phone: '081234567890',
      pickup,
      destinationFacilityId: rsud,
      urgency: 'biasa',
      ...body,
    });
  };
  const queue = async () =>
    (await t.http().get('/api/sehat/dispatch/requests').set(bearer(dispatcher)).expect(200)).body as {
      id: string;
      rank: number;
      ksprCategory: string | null;
      suggestedVehicleId: string | null;
    }[];

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    reader = new InTestMaternalReader();
    // The e-Babhar module provides MATERNAL_SUMMARY_READER; this test stands in for it.
    Object.assign(t.app.get(TransportService), { maternal: reader });
    siti = await registerResident(t, 1);
    budi = await registerResident(t, 2);
    ani = await registerResident(t, 3);
    dispatcher = (await login(t, 'callcare', 'CallCare12345')).accessToken;
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    rsud = await facilityId(t, 'RSUD-SMART');
    const village = (await t.http().get('/api/regions/districts/35.28.04/villages').expect(200)).body[0].code;
    near = (
      await t
        .http()
        .post('/api/sehat/dispatch/vehicles')
        .set(bearer(dispatcher))
        .send({
          plate: 'M 1234 AB',
          label: 'Mobil SIGAP Desa A',
          villageCode: village,
          lat: -7.16,
          lng: 113.48,
        })
        .expect(201)
    ).body;
    far = (
      await t
        .http()
        .post('/api/sehat/dispatch/vehicles')
        .set(bearer(admin))
        .send({ plate: 'M 99 XY', label: 'Mobil SIGAP Desa B', villageCode: village, lat: -7.0, lng: 113.6 })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('dispatching is for the Call Care centre and the regency admin; other health staff and residents are refused', async () => {
    // A bidan holds transport:dispatch through her role but has no dispatch desk in her scope: 404.
    await t.http().get('/api/sehat/dispatch/requests').set(bearer(bidan)).expect(404);
    await t.http().get('/api/sehat/dispatch/vehicles').set(bearer(bidan)).expect(404);
    await t.http().get('/api/sehat/dispatch/requests').set(bearer(siti.accessToken)).expect(403);
    await t.http().get('/api/sehat/dispatch/requests').expect(401);
    await t.http().get('/api/sehat/dispatch/requests').set(bearer(admin)).expect(200);
    const refused = await t
      .http()
      .get('/api/sehat/dispatch/vehicles')
      .set(bearer(bidan))
      .set('Accept-Language', 'en')
      .expect(404);
    expect(refused.body).toMatchObject({ code: 'not_dispatcher' });
    expect(refused.body.message).toMatch(/Call Care/);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ pickup: undefined }, 'pickup'],
      [{ phone: '12345' }, 'phone'],
      [{ urgency: 'kapan-kapan' }, 'urgency'],
      [{ pickup: { lat: 50, lng: 113 } }, 'pickup.lat'],
      [{ destinationFacilityId: '' }, 'destinationFacilityId'],
    ];
    for (const [body, field] of cases) {
      const res = await ask(siti.accessToken, body).expect(400);
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    const unknownDest = await ask(siti.accessToken, {
      destinationFacilityId: '00000000-0000-4000-8000-000000000009',
    }).expect(400);
    expect(Object.keys(unknownDest.body.fields)).toEqual(['destinationFacilityId']);
    const badPlate = await t
      .http()
      .post('/api/sehat/dispatch/vehicles')
      .set(bearer(dispatcher))
      .send({ plate: '!!', label: 'X', villageCode: '35.28.04.2001', lat: -7, lng: 113 })
      .expect(400);
    expect(Object.keys(badPlate.body.fields)).toEqual(expect.arrayContaining(['plate', 'label']));
    const mine = await t.http().get('/api/sehat/transport/mine').set(bearer(siti.accessToken)).expect(200);
    expect(mine.body).toHaveLength(0);
  });

  it('a pregnant KRST mother (consenting) goes first; the dispatcher assigns the nearest free vehicle; the ride is timed', async () => {
    reader.byResident.set(ani.user.id, krst());
    const urgent = await ask(siti.accessToken, { urgency: 'darurat', patientName: 'Pak Hasan' }).expect(201);
    const plain = await ask(budi.accessToken, { urgency: 'segera', patientName: 'Bu Rahma' }).expect(201);
    const mother = await ask(ani.accessToken, {
      patientName: 'Ani',
      pregnant: true,
      maternalConsent: true,
    }).expect(201);
    expect(mother.body).toMatchObject({ hpl: '2026-12-20', ksprCategory: 'KRST', maternalSummary: true });
    // Without her consent nothing is read from e-Babhar.
    const noConsent = await ask(
      ani.accessToken,
      { patientName: 'Ani', pregnant: true },
      'no-consent-1',
    ).expect(201);
    expect(noConsent.body).toMatchObject({ ksprCategory: null, hpl: null, maternalSummary: false });
    // Someone else asks for a mother, giving her NIK.
    reader.byNik.set(testNik(77), krst({ ksprCategory: 'KRT', ksprScore: 6 }));
    const forNeighbour = await ask(budi.accessToken, {
      patientName: 'Tetangga',
      pregnant: true,
      maternalConsent: true,
      motherNik: testNik(77),
    }).expect(201);
    expect(forNeighbour.body.ksprCategory).toBe('KRT');

    const order = (await queue()).map((e) => e.id);
    // KRST first, then by urgency (darurat, segera, biasa), a KRT mother ahead of others of her urgency.
    expect(order).toEqual([
      mother.body.id,
      urgent.body.id,
      plain.body.id,
      forNeighbour.body.id,
      noConsent.body.id,
    ]);
    const first = (await queue())[0];
    expect(first.suggestedVehicleId).toBe(near.id);

    const assigned = await t
      .http()
      .post(`/api/sehat/dispatch/requests/${mother.body.id}/assign`)
      .set(bearer(dispatcher))
      .send({})
      .expect(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', vehicleId: near.id });
    expect(assigned.body.secondsToAssign).toBeGreaterThanOrEqual(0);
    // The near vehicle is on duty: it cannot be given to another request; the next suggestion is the far one.
    const busy = await t
      .http()
      .post(`/api/sehat/dispatch/requests/${urgent.body.id}/assign`)
      .set(bearer(dispatcher))
      .send({ vehicleId: near.id })
      .expect(409);
    expect(busy.body.code).toBe('vehicle_busy');
    expect((await queue()).find((e) => e.id === urgent.body.id)!.suggestedVehicleId).toBe(far.id);

    for (const status of ['on_the_way', 'picked_up', 'arrived']) {
      await t
        .http()
        .post(`/api/sehat/dispatch/requests/${mother.body.id}/status`)
        .set(bearer(dispatcher))
        .send({ status })
        .expect(200);
    }
    const back = await t
      .http()
      .post(`/api/sehat/dispatch/requests/${mother.body.id}/status`)
      .set(bearer(dispatcher))
      .send({ status: 'on_the_way' })
      .expect(409);
    expect(back.body.code).toBe('transition_not_allowed');
    // The mother follows it: arrived, with the times stored; the vehicle is free again, at the hospital.
    const seen = await t
      .http()
      .get(`/api/sehat/transport/${mother.body.id}`)
      .set(bearer(ani.accessToken))
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'arrived', vehicleLabel: 'Mobil SIGAP Desa A (M 1234 AB)' });
    expect(seen.body.secondsToPickup).toBeGreaterThanOrEqual(seen.body.secondsToAssign);
    const vehicles = await t.http().get('/api/sehat/dispatch/vehicles').set(bearer(dispatcher)).expect(200);
    expect(vehicles.body.find((v: { id: string }) => v.id === near.id)).toMatchObject({
      state: 'available',
      lat: -7.1614,
      lng: 113.4826,
    });
    const stats = await t.http().get('/api/sehat/dispatch/stats').set(bearer(dispatcher)).expect(200);
    expect(stats.body).toMatchObject({ requests: 5, arrived: 1 });
    expect(stats.body.medianSecondsToAssign).not.toBeNull();
  });

  it('a resident sees only her own requests; prank calls are marked invalid with a reason; she can cancel before pickup', async () => {
    const mine = await ask(siti.accessToken, { patientName: 'Mbah Sumi' }, 'transport-siti-1').expect(201);
    const retry = await ask(siti.accessToken, { patientName: 'Mbah Sumi' }, 'transport-siti-1').expect(201);
    expect(retry.body.id).toBe(mine.body.id);
    await t.http().get(`/api/sehat/transport/${mine.body.id}`).set(bearer(budi.accessToken)).expect(404);
    await t
      .http()
      .post(`/api/sehat/transport/${mine.body.id}/cancel`)
      .set(bearer(budi.accessToken))
      .expect(404);
    const budiMine = await t
      .http()
      .get('/api/sehat/transport/mine')
      .set(bearer(budi.accessToken))
      .expect(200);
    expect(budiMine.body.map((r: { id: string }) => r.id)).not.toContain(mine.body.id);
    expect(budiMine.body.every((r: { requesterId: string }) => r.requesterId === budi.user.id)).toBe(true);

    const prank = await ask(budi.accessToken, { patientName: 'Iseng' }).expect(201);
    const noReason = await t
      .http()
      .post(`/api/sehat/dispatch/requests/${prank.body.id}/status`)
      .set(bearer(dispatcher))
      .send({ status: 'invalid' })
      .expect(400);
    expect(Object.keys(noReason.body.fields)).toEqual(['reason']);
    const invalid = await t
      .http()
      .post(`/api/sehat/dispatch/requests/${prank.body.id}/status`)
      .set(bearer(dispatcher))
      .send({ status: 'invalid', reason: 'Telepon iseng, alamat fiktif' })
      .expect(200);
    expect(invalid.body).toMatchObject({ status: 'invalid', statusReason: 'Telepon iseng, alamat fiktif' });
    // picked up is not reachable from requested.
    await t
      .http()
      .post(`/api/sehat/dispatch/requests/${mine.body.id}/status`)
      .set(bearer(dispatcher))
      .send({ status: 'picked_up' })
      .expect(409);

    const cancelled = await t
      .http()
      .post(`/api/sehat/transport/${mine.body.id}/cancel`)
      .set(bearer(siti.accessToken))
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await queue()).map((e) => e.id)).not.toContain(mine.body.id);
  });

  it('two dispatchers assigning at once never give one vehicle to two requests', async () => {
    const village = (await t.http().get('/api/regions/districts/35.28.04/villages').expect(200)).body[1].code;
    const only = await t
      .http()
      .post('/api/sehat/dispatch/vehicles')
      .set(bearer(admin))
      .send({ plate: 'M 7 ZZ', label: 'Mobil SIGAP Desa C', villageCode: village, lat: -7.15, lng: 113.47 })
      .expect(201);
    const reqs = await Promise.all(
      [1, 2, 3, 4].map((i) => ask(siti.accessToken, { patientName: `Pasien ${i}` }).expect(201)),
    );
    const results = await Promise.all(
      reqs.map((r, i) =>
        t
          .http()
          .post(`/api/sehat/dispatch/requests/${r.body.id}/assign`)
          .set(bearer(i % 2 ? admin : dispatcher))
          .send({ vehicleId: only.body.id }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('vehicles can be set off duty (never suggested) and back; one on duty cannot be set available by hand', async () => {
    const village = (await t.http().get('/api/regions/districts/35.28.04/villages').expect(200)).body[2].code;
    const v = await t
      .http()
      .post('/api/sehat/dispatch/vehicles')
      .set(bearer(dispatcher))
      .send({
        plate: 'M 5 OF',
        label: 'Mobil SIGAP Desa D',
        villageCode: village,
        lat: -7.1566,
        lng: 113.4746,
      })
      .expect(201);
    await t
      .http()
      .patch(`/api/sehat/dispatch/vehicles/${v.body.id}`)
      .set(bearer(dispatcher))
      .send({})
      .expect(200);
    await t
      .http()
      .patch(`/api/sehat/dispatch/vehicles/${v.body.id}`)
      .set(bearer(dispatcher))
      .send({ state: 'off' })
      .expect(200);
    const r = await ask(budi.accessToken, { patientName: 'Pak Darmo' }).expect(201);
    const entry = (await queue()).find((e) => e.id === r.body.id)!;
    expect(entry.suggestedVehicleId).not.toBe(v.body.id);
    await t
      .http()
      .patch(`/api/sehat/dispatch/vehicles/${v.body.id}`)
      .set(bearer(dispatcher))
      .send({ state: 'available' })
      .expect(200);
    expect((await queue()).find((e) => e.id === r.body.id)!.suggestedVehicleId).toBe(v.body.id);
    await t
      .http()
      .post(`/api/sehat/dispatch/requests/${r.body.id}/assign`)
      .set(bearer(dispatcher))
      .send({ vehicleId: v.body.id })
      .expect(200);
    const byHand = await t
      .http()
      .patch(`/api/sehat/dispatch/vehicles/${v.body.id}`)
      .set(bearer(dispatcher))
      .send({ state: 'available' })
      .expect(409);
    expect(byHand.body.code).toBe('vehicle_busy');
    await t.http().patch(`/api/sehat/dispatch/vehicles/${v.body.id}`).set(bearer(bidan)).send({}).expect(404);
  });
});
