import {
  BASE,
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
import { categoryId } from './support/cases';
import { type TestApp, bootTestApp, login } from './support/test-app';

type Json = Record<string, unknown>;

/** GeoReport v2 contract: every method in XML and JSON, and every documented error. */
describe('Open311 GeoReport v2: contract', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = (await login(t, 'admin', 'Admin12345')).accessToken;
    // Street lights ask three questions: a required pole number, a multi-choice lamp type and a count.
    const lights = await categoryId(t, 'lorong', 'lampu_jalan');
    await t
      .http()
      .patch(`/api/admin/categories/${lights}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        attributes: [
          {
            code: 'nomor_tiang',
            datatype: 'string',
            required: true,
            description: { id: 'Nomor tiang lampu', en: 'Pole number' },
          },
          {
            code: 'jenis',
            datatype: 'multivaluelist',
            required: false,
            description: { id: 'Jenis lampu', en: 'Lamp type' },
            values: [
              { key: 'led', name: 'LED' },
              { key: 'sodium', name: 'Sodium' },
            ],
          },
          {
            code: 'jumlah',
            datatype: 'number',
            required: false,
            description: { id: 'Jumlah lampu mati', en: 'Lamps out' },
          },
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  describe('discovery', () => {
    it('answers in XML with the declaration, no namespace and text/xml', async () => {
      const res = await get(t, 'discovery.xml').expect(200);
      const tree = xmlOf(res);
      expect(Object.keys(tree)).toEqual(['discovery']);
      const discovery = tree.discovery as Json;
      expect(elementNames(discovery)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
      expect(discovery.contact).toContain('Kabupaten Pamekasan (pamekasankab.go.id)');
      const endpoint = (discovery.endpoints as { endpoint: Json[] }).endpoint[0];
      expect(endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2');
      expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open311\/v2$/);
      expect((endpoint.formats as { format: string[] }).format).toEqual(['text/xml', 'application/json']);
    });

    it('answers in JSON matching the spec', async () => {
      const res = await get(t, 'discovery.json').expect(200);
      expectSchema(schemas.discovery, jsonOf(res));
    });
  });

  describe('services', () => {
    it('lists the categories of e-Lorong, e-Madul and e-Sehat; metadata says which ask questions', async () => {
      const json = jsonOf(await get(t, 'services.json').expect(200)) as Json[];
      expectSchema(schemas.services, json);
      const pothole = json.find((s) => s.service_code === 'lorong-jalan_berlubang');
      expect(pothole).toMatchObject({
        service_name: 'Jalan berlubang',
        metadata: true,
        type: 'realtime',
        group: 'e-Lorong',
      });
      expect(json.find((s) => s.service_code === 'madul-air_bersih')).toMatchObject({
        metadata: false,
        group: 'e-Madul',
      });

      const tree = xmlOf(await get(t, 'services.xml').expect(200));
      const services = (tree.services as { service: Json[] }).service;
      expect(services).toHaveLength(json.length);
      expect(elementNames(services[0])).toEqual([
        'service_code',
        'service_name',
        'description',
        'metadata',
        'type',
        'keywords',
        'group',
      ]);
      expect(services.find((s) => s.service_code === 'lorong-jalan_berlubang')?.metadata).toBe('true');
    });

    it('names follow Accept-Language (Indonesian by default)', async () => {
      const json = jsonOf(await get(t, 'services.json').set('Accept-Language', 'en').expect(200)) as Json[];
      expect(json.find((s) => s.service_code === 'lorong-jalan_berlubang')?.service_name).toBe('Pothole');
    });

    it('defines a service by its extra questions (attributes), in both formats', async () => {
      const json = jsonOf(await get(t, 'services/lorong-lampu_jalan.json').expect(200)) as Json;
      expectSchema(schemas.serviceDefinition, json);
      expect(json.service_code).toBe('lorong-lampu_jalan');
      expect(json.attributes).toEqual([
        expect.objectContaining({ code: 'nomor_tiang', datatype: 'string', required: true, order: 1 }),
        expect.objectContaining({
          code: 'jenis',
          datatype: 'multivaluelist',
          required: false,
          order: 2,
          values: [
            { key: 'led', name: 'LED' },
            { key: 'sodium', name: 'Sodium' },
          ],
        }),
        expect.objectContaining({ code: 'jumlah', datatype: 'number', order: 3 }),
      ]);

      const tree = xmlOf(await get(t, 'services/lorong-jalan_berlubang.xml').expect(200));
      const definition = tree.service_definition as Json;
      expect(elementNames(definition)).toEqual(['service_code', 'attributes']);
      const attribute = (definition.attributes as { attribute: Json[] }).attribute[0];
      expect(elementNames(attribute)).toEqual([
        'variable',
        'code',
        'datatype',
        'required',
        'datatype_description',
        'order',
        'description',
        'values',
      ]);
      expect(attribute).toMatchObject({ variable: 'true', code: 'ukuran', datatype: 'singlevaluelist' });
      expect((attribute.values as { value: Json[] }).value.map((v) => v.key)).toEqual([
        'kecil',
        'sedang',
        'besar',
      ]);
      // A service without questions has an empty list.
      const plain = jsonOf(await get(t, 'services/madul-air_bersih.json').expect(200)) as Json;
      expect(plain.attributes).toEqual([]);
    });

    it('404s an unknown service_code, in the format asked for', async () => {
      const json = jsonOf(await get(t, 'services/lorong-tidak_ada.json').expect(404));
      expectSchema(schemas.errors, json);
      expect(json).toEqual([{ code: 404, description: expect.stringContaining('lorong-tidak_ada') }]);
      const errors = xmlErrors(await get(t, 'services/bukan-kode.xml').expect(404));
      expect(errors).toEqual([{ code: '404', description: expect.stringContaining('bukan-kode') }]);
    });
  });

  describe('jurisdiction_id', () => {
    it('accepts this regency’s, treats an empty one as absent, and 404s another', async () => {
      await get(t, 'services.json', { jurisdiction_id: 'pamekasankab.go.id' }).expect(200);
      await get(t, 'services.json', { jurisdiction_id: '' }).expect(200);
      const json = jsonOf(await get(t, 'services.json', { jurisdiction_id: 'sfgov.org' }).expect(404));
      expect(json).toEqual([{ code: 404, description: expect.stringContaining('sfgov.org') }]);
      xmlErrors(await get(t, 'requests.xml', { jurisdiction_id: 'sfgov.org' }).expect(404));
    });
  });

  describe('POST requests', () => {
    it('files a request from a form (XML answer): service_request_id as a string, with a service notice', async () => {
      const res = await postForm(t, 'requests.xml', potholeForm()).expect(201);
      const tree = xmlOf(res);
      const request = (tree.service_requests as { request: Json[] }).request;
      expect(request).toHaveLength(1);
      expect(elementNames(request[0])).toEqual(['service_request_id', 'service_notice', 'account_id']);
      expect(request[0].service_request_id).toMatch(/^LRG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(request[0].service_notice).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    });

    it('files a request (JSON answer) with attribute[code] and attribute[code][] answers', async () => {
      const res = await postForm(t, 'requests.json', {
        api_key: DEMO_KEY,
        service_code: 'lorong-lampu_jalan',
        lat: '-7.1566',
        long: '113.4746',
        description: 'Tiga lampu jalan mati di depan pasar',
        'attribute[nomor_tiang]': 'PJU-0412',
        'attribute[jenis][]': ['led', 'sodium'],
        'attribute[jumlah]': '3',
        'attribute[fixmystreet_id]': '123', // not a question of this service: left out
      }).expect(201);
      const json = jsonOf(res) as Json[];
      expectSchema(schemas.created, json);
      expect(json[0]).not.toHaveProperty('token');
      const code = json[0].service_request_id as string;
      const detail = await t.http().get(`/api/cases/${code}`).expect(200);
      expect(detail.body.attributes).toEqual({
        nomor_tiang: 'PJU-0412',
        jenis: ['led', 'sodium'],
        jumlah: 3,
      });
      expect(detail.body.agency.code).toBe('DISHUB');
    });

    it('takes address_string alone as the place, and address_id as a desa code', async () => {
      const byText = jsonOf(
        await postForm(
          t,
          'requests.json',
          potholeForm({ lat: '', long: '', address_string: 'Jl. Raya Tlanakan km 3, Tlanakan' }),
        ).expect(201),
      ) as Json[];
      const one = jsonOf(await get(t, `requests/${byText[0].service_request_id as string}.json`).expect(200));
      expect(one).toEqual([
        expect.objectContaining({ address: 'Jl. Raya Tlanakan km 3, Tlanakan', lat: null, long: null }),
      ]);

      const village = (
        (await t.http().get('/api/regions/districts/35.28.01/villages').expect(200)).body as {
          code: string;
          name: string;
        }[]
      )[0];
      const byDesa = jsonOf(
        await postForm(
          t,
          'requests.json',
          potholeForm({ lat: '', long: '', address_id: village.code }),
        ).expect(201),
      ) as Json[];
      const desa = jsonOf(
        await get(t, `requests/${byDesa[0].service_request_id as string}.json`).expect(200),
      ) as Json[];
      expect(desa[0]).toMatchObject({ address_id: village.code, lat: null });
      expect(desa[0].address).toContain(village.name);
      expect(desa[0].address).toContain('Kec. Tlanakan');
    });

    it('403s a missing or invalid api_key, in both formats', async () => {
      const { api_key: _key, ...noKey } = potholeForm();
      const missing = jsonOf(await postForm(t, 'requests.json', noKey).expect(403));
      expectSchema(schemas.errors, missing);
      expect(missing).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
      const errors = xmlErrors(
        await postForm(t, 'requests.xml', potholeForm({ api_key: 'salah' })).expect(403),
      );
      expect(errors).toEqual([{ code: '403', description: expect.stringContaining('api_key') }]);
      // An empty api_key is a missing one.
      await postForm(t, 'requests.json', potholeForm({ api_key: '' })).expect(403);
    });

    it('404s an unknown service_code and 400s a missing one', async () => {
      const unknown = jsonOf(
        await postForm(t, 'requests.json', potholeForm({ service_code: 'lorong-tidak_ada' })).expect(404),
      );
      expectSchema(schemas.errors, unknown);
      xmlErrors(
        await postForm(t, 'requests.xml', potholeForm({ service_code: 'lorong-tidak_ada' })).expect(404),
      );
      const missing = jsonOf(
        await postForm(t, 'requests.json', potholeForm({ service_code: '' })).expect(400),
      );
      expect(missing).toEqual([{ code: 400, description: expect.stringContaining('service_code') }]);
    });

    it('400s no location, two locations, half a point and a point outside Indonesia', async () => {
      const none = jsonOf(
        await postForm(t, 'requests.json', potholeForm({ lat: '', long: '' })).expect(400),
      ) as Json[];
      expectSchema(schemas.errors, none);
      expect(none[0].description).toMatch(/lat.*address_string.*address_id/);
      const two = xmlErrors(
        await postForm(t, 'requests.xml', potholeForm({ address_string: 'Jl. Raya Tlanakan' })).expect(400),
      );
      expect(two).toEqual([{ code: '400', description: expect.stringMatching(/satu lokasi/i) }]);
      await postForm(t, 'requests.json', potholeForm({ address_id: '35.28.01.2001' })).expect(400);
      await postForm(t, 'requests.json', potholeForm({ long: '' })).expect(400);
      await postForm(t, 'requests.json', potholeForm({ lat: '48.85', long: '2.35' })).expect(400);
      await postForm(t, 'requests.json', potholeForm({ lat: 'abc' })).expect(400);
      const desa = jsonOf(
        await postForm(
          t,
          'requests.json',
          potholeForm({ lat: '', long: '', address_id: '35.29.01.2001' }),
        ).expect(400),
      );
      expect(desa).toEqual([{ code: 400, description: expect.stringContaining('address_id') }]);
    });

    it('400s a description over 4,000 characters (4,000 is fine)', async () => {
      const long = jsonOf(
        await postForm(t, 'requests.json', potholeForm({ description: 'x'.repeat(4001) })).expect(400),
      );
      expect(long).toEqual([{ code: 400, description: expect.stringContaining('4000') }]);
      xmlErrors(
        await postForm(t, 'requests.xml', potholeForm({ description: 'x'.repeat(4001) })).expect(400),
      );
      await postForm(t, 'requests.json', potholeForm({ description: 'y'.repeat(4000) })).expect(201);
    });

    it('400s a missing required attribute, and answers that do not fit the question', async () => {
      const form = {
        api_key: DEMO_KEY,
        service_code: 'lorong-lampu_jalan',
        lat: '-7.1566',
        long: '113.4746',
        description: 'Lampu mati',
      };
      const missing = jsonOf(await postForm(t, 'requests.json', form).expect(400));
      expectSchema(schemas.errors, missing);
      expect(missing).toEqual([
        { code: 400, description: expect.stringContaining('attribute[nomor_tiang]') },
      ]);
      xmlErrors(await postForm(t, 'requests.xml', { ...form, 'attribute[nomor_tiang]': '' }).expect(400));
      const wrongKey = jsonOf(
        await postForm(t, 'requests.json', {
          ...form,
          'attribute[nomor_tiang]': 'PJU-1',
          'attribute[jenis][]': 'neon',
        }).expect(400),
      );
      expect(wrongKey).toEqual([{ code: 400, description: expect.stringContaining('attribute[jenis]') }]);
      await postForm(t, 'requests.json', {
        ...form,
        'attribute[nomor_tiang]': 'PJU-1',
        'attribute[jumlah]': 'tiga',
      }).expect(400);
    });

    it('names every problem at once, and says it in English when asked', async () => {
      const res = await postForm(
        t,
        'requests.json',
        potholeForm({ lat: '', long: '', description: 'z'.repeat(4001) }),
      )
        .set('Accept-Language', 'en')
        .expect(400);
      expect(jsonOf(res)).toEqual([
        { code: 400, description: 'A location is required: lat and long, or address_string, or address_id' },
        { code: 400, description: expect.stringContaining('description may be at most 4000 characters') },
      ]);
    });
  });

  describe('tokens', () => {
    it('finds a realtime request by its token (its service_request_id), in both formats', async () => {
      const created = jsonOf(await postForm(t, 'requests.json', potholeForm()).expect(201)) as Json[];
      const code = created[0].service_request_id as string;
      const json = jsonOf(await get(t, `tokens/${code}.json`).expect(200));
      expectSchema(schemas.token, json);
      expect(json).toEqual([{ service_request_id: code, token: code }]);
      const tree = xmlOf(await get(t, `tokens/${code}.xml`).expect(200));
      const request = (tree.service_requests as { request: Json[] }).request[0];
      expect(elementNames(request)).toEqual(['service_request_id', 'token']);
    });

    it('404s an unknown token', async () => {
      expectSchema(schemas.errors, jsonOf(await get(t, 'tokens/LRG-0000-0000.json').expect(404)));
      xmlErrors(await get(t, 'tokens/tidak-ada.xml').expect(404));
    });
  });

  describe('GET requests', () => {
    let open: string;
    let closedOne: string;
    beforeAll(async () => {
      open = (jsonOf(await postForm(t, 'requests.json', potholeForm()).expect(201)) as Json[])[0]
        .service_request_id as string;
      closedOne = (
        jsonOf(
          await postForm(t, 'requests.json', {
            api_key: DEMO_KEY,
            service_code: 'madul-air_bersih',
            address_string: 'Jl. Jokotole 12, Pamekasan',
            description: 'Air PDAM tidak mengalir tiga hari',
          }).expect(201),
        ) as Json[]
      )[0].service_request_id as string;
      await t
        .http()
        .post(`/api/staff/cases/${closedOne}/actions`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ action: 'reject', reason: 'Laporan ganda dari warga yang sama' })
        .expect(204);
    });

    it('lists the last 90 days by default, newest first, in both formats', async () => {
      const json = jsonOf(await get(t, 'requests.json').expect(200)) as Json[];
      expectSchema(schemas.requests, json);
      const codes = json.map((r) => r.service_request_id);
      expect(codes).toEqual(expect.arrayContaining([open, closedOne]));
      const dates = json.map((r) => r.requested_datetime as string);
      expect([...dates].sort().reverse()).toEqual(dates);

      const tree = xmlOf(await get(t, 'requests.xml').expect(200));
      const requests = (tree.service_requests as { request: Json[] }).request;
      expect(requests).toHaveLength(json.length);
      expect(elementNames(requests[0])).toEqual([
        'service_request_id',
        'status',
        'status_notes',
        'service_name',
        'service_code',
        'description',
        'agency_responsible',
        'service_notice',
        'requested_datetime',
        'updated_datetime',
        'expected_datetime',
        'address',
        'address_id',
        'zipcode',
        'lat',
        'long',
        'media_url',
      ]);
    });

    it('maps statuses to open and closed, with the detail in status_notes', async () => {
      const json = jsonOf(await get(t, 'requests.json').expect(200)) as Json[];
      expect(json.find((r) => r.service_request_id === open)).toMatchObject({
        status: 'open',
        status_notes: 'Diterima',
        agency_responsible: 'Dinas Pekerjaan Umum dan Penataan Ruang',
        service_code: 'lorong-jalan_berlubang',
        lat: -7.2231,
        long: 113.4362,
        zipcode: null,
      });
      expect(json.find((r) => r.service_request_id === closedOne)).toMatchObject({
        status: 'closed',
        status_notes: 'Ditolak: Laporan ganda dari warga yang sama',
        expected_datetime: null,
      });
      const onlyClosed = jsonOf(await get(t, 'requests.json', { status: 'closed' }).expect(200)) as Json[];
      expect(onlyClosed.map((r) => r.status)).toEqual(onlyClosed.map(() => 'closed'));
      expect(onlyClosed.map((r) => r.service_request_id)).toContain(closedOne);
      const both = jsonOf(await get(t, 'requests.json', { status: 'open,closed' }).expect(200)) as Json[];
      expect(both.length).toBeGreaterThan(onlyClosed.length);
    });

    it('filters by service_code (comma-delimited), and an empty parameter is an absent one', async () => {
      const water = jsonOf(
        await get(t, 'requests.json', { service_code: 'madul-air_bersih' }).expect(200),
      ) as Json[];
      expect(water.map((r) => r.service_request_id)).toEqual([closedOne]);
      const two = jsonOf(
        await get(t, 'requests.json', { service_code: 'madul-air_bersih,lorong-jalan_berlubang' }).expect(
          200,
        ),
      ) as Json[];
      expect(two.map((r) => r.service_request_id)).toEqual(expect.arrayContaining([open, closedOne]));
      const all = jsonOf(await get(t, 'requests.json').expect(200)) as Json[];
      const empty = jsonOf(
        await get(t, 'requests.json', { service_code: '', status: '', start_date: '', end_date: '' }).expect(
          200,
        ),
      ) as Json[];
      expect(empty).toEqual(all);
    });

    it('lets service_request_id (comma-delimited) override every other argument', async () => {
      const json = jsonOf(
        await get(t, 'requests.json', {
          service_request_id: `${open},${closedOne},LRG-0000-0000`,
          status: 'closed',
          service_code: 'sehat-layanan_puskesmas',
          start_date: 'not-a-date',
        }).expect(200),
      ) as Json[];
      expect(json.map((r) => r.service_request_id).sort()).toEqual([open, closedOne].sort());
    });

    it('takes start_date and end_date (W3C) up to 90 days apart', async () => {
      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const inWindow = jsonOf(
        await get(t, 'requests.json', {
          start_date: iso(now - 3_600_000),
          end_date: iso(now + 3_600_000),
        }).expect(200),
      ) as Json[];
      expect(inWindow.map((r) => r.service_request_id)).toContain(open);
      const before = jsonOf(
        await get(t, 'requests.json', {
          start_date: '2020-01-01T00:00:00+07:00',
          end_date: '2020-03-01T00:00:00+07:00',
        }).expect(200),
      );
      expect(before).toEqual([]);
      // A plain date is a WIB day.
      await get(t, 'requests.json', { start_date: '2026-01-01', end_date: '2026-03-31' }).expect(200);
      const onlyEnd = jsonOf(
        await get(t, 'requests.json', { end_date: iso(now + 60_000) }).expect(200),
      ) as Json[];
      expect(onlyEnd.map((r) => r.service_request_id)).toContain(open);
    });

    it('400s bad dates, a window over 90 days and an end before the start', async () => {
      const bad = jsonOf(await get(t, 'requests.json', { start_date: '2026-02-30T00:00:00Z' }).expect(400));
      expectSchema(schemas.errors, bad);
      expect(bad).toEqual([{ code: 400, description: expect.stringContaining('start_date') }]);
      xmlErrors(await get(t, 'requests.xml', { end_date: 'kemarin' }).expect(400));
      const wide = jsonOf(
        await get(t, 'requests.json', {
          start_date: '2026-01-01T00:00:00Z',
          end_date: '2026-04-02T00:00:00Z',
        }).expect(400),
      );
      expect(wide).toEqual([{ code: 400, description: expect.stringContaining('90') }]);
      xmlErrors(
        await get(t, 'requests.xml', {
          start_date: '2026-01-01T00:00:00Z',
          end_date: '2026-04-02T00:00:00Z',
        }).expect(400),
      );
      await get(t, 'requests.json', {
        start_date: '2026-01-01T00:00:00Z',
        end_date: '2026-04-01T00:00:00Z',
      }).expect(200);
      await get(t, 'requests.json', {
        start_date: '2026-03-01T00:00:00Z',
        end_date: '2026-02-01T00:00:00Z',
      }).expect(400);
      await get(t, 'requests.json', { status: 'pending' }).expect(400);
    });

    it('pages with page and page_size (at most 1,000)', async () => {
      const all = jsonOf(await get(t, 'requests.json').expect(200)) as Json[];
      expect(all.length).toBeGreaterThanOrEqual(3);
      const first = jsonOf(await get(t, 'requests.json', { page_size: '2' }).expect(200)) as Json[];
      const second = jsonOf(
        await get(t, 'requests.json', { page_size: '2', page: '2' }).expect(200),
      ) as Json[];
      expect(first.map((r) => r.service_request_id)).toEqual(
        all.slice(0, 2).map((r) => r.service_request_id),
      );
      expect(second.map((r) => r.service_request_id)).toEqual(
        all.slice(2, 4).map((r) => r.service_request_id),
      );
      await get(t, 'requests.json', { page_size: '1001' }).expect(400);
      await get(t, 'requests.json', { page_size: '0' }).expect(400);
      xmlErrors(await get(t, 'requests.xml', { page: '-1' }).expect(400));
    });
  });

  describe('GET requests/{id}', () => {
    it('answers one request in both formats, and 404s an unknown one', async () => {
      const created = jsonOf(await postForm(t, 'requests.json', potholeForm()).expect(201)) as Json[];
      const code = created[0].service_request_id as string;
      const json = jsonOf(await get(t, `requests/${code}.json`).expect(200)) as Json[];
      expectSchema(schemas.requests, json);
      expect(json).toHaveLength(1);
      expect(json[0]).toMatchObject({
        service_request_id: code,
        status: 'open',
        description:
          'Lubang besar di Jalan Raya Tlanakan\nSedalam 20 cm di lajur kiri, dua motor jatuh minggu ini.',
      });
      const tree = xmlOf(await get(t, `requests/${code.toLowerCase()}.xml`).expect(200));
      expect((tree.service_requests as { request: Json[] }).request[0].service_request_id).toBe(code);

      const missing = jsonOf(await get(t, 'requests/LRG-0000-0000.json').expect(404));
      expectSchema(schemas.errors, missing);
      xmlErrors(await get(t, 'requests/12345.xml').expect(404));
    });
  });

  describe('anything else', () => {
    it('404s an unknown format or resource in Open311’s format, not the API’s', async () => {
      const html = await t.http().get(`${BASE}/services.html`).expect(404);
      expect(xmlErrors(html)[0].code).toBe('404');
      const nothing = await t.http().get(`${BASE}/nothing-here.json`).expect(404);
      expectSchema(schemas.errors, jsonOf(nothing));
      await t.http().delete(`${BASE}/requests.json`).expect(404);
    });

    it('answers a body the parser refuses (too large, not JSON) in Open311’s format as a 400', async () => {
      const big = await t
        .http()
        .post(`${BASE}/requests.xml`)
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(`api_key=${DEMO_KEY}&description=${'x'.repeat(1_100_000)}`)
        .expect(400);
      expect(xmlErrors(big)).toEqual([{ code: '400', description: expect.any(String) }]);
      const notJson = await t
        .http()
        .post(`${BASE}/servicerequestupdates.json`)
        .set('Content-Type', 'application/json')
        .send('{"api_key": ')
        .expect(400);
      expectSchema(schemas.errors, jsonOf(notJson));
      // Elsewhere the API keeps its own error shape.
      const api = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{')
        .expect(400);
      expect(api.body.code).toBe('invalid_json');
    });
  });
});
