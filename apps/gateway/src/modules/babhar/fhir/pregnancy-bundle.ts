import { createHash } from 'node:crypto';
import type {
  BundleEntry,
  Bundle,
  CodeableConcept,
  Condition,
  Encounter,
  EpisodeOfCare,
  FhirResource,
  Immunization,
  Observation,
  Patient,
  Procedure,
  Reference,
} from 'fhir/r4';
import {
  type AncVisitCode,
  type BabharConfig,
  gestationalAgeDays,
  presentationLabels,
  tdDoses,
  trimesterOf,
} from '@layanan/domain';
import type { PregnancyFile } from '../babhar-records.service';
import { codesOf, dating, day } from '../pregnancy-views';
import { fhirSystems, flagConditions, loinc, tdVaccine, ultrasoundProcedure } from './fhir-codes';

/** A stable UUID for a derived resource (same pregnancy and key → same id on every export). */
function uuidOf(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const ref = (id: string): Reference => ({ reference: `urn:uuid:${id}` });
const loincCode = (c: { code: string; display: string }): CodeableConcept => ({
  coding: [{ system: fhirSystems.loinc, code: c.code, display: c.display }],
});
const category = (code: 'vital-signs' | 'exam' | 'survey'): CodeableConcept[] => [
  { coding: [{ system: fhirSystems.observationCategory, code }] },
];

export interface BundleOptions {
  config: BabharConfig;
  /** Base of the local code system of the KSPR score (the regency's domain). */
  localSystemBase: string;
  /** The instant the bundle is made. */
  now: Date;
}

/**
 * The pregnancy as a FHIR R4 `collection` Bundle shaped as SATUSEHAT does
 * (DOMAIN §5.9): Patient, EpisodeOfCare (ANC), an Encounter per contact with
 * its K-code, Observations (LOINC/UCUM), Td Immunizations, ultrasound
 * Procedures, Conditions for flagged findings, and the KSPR total.
 */
export function pregnancyBundle(file: PregnancyFile, options: BundleOptions): Bundle {
  const { config } = options;
  const p = file.pregnancy;
  const patientId = uuidOf(p.id, 'patient', file.mother.id);
  const episodeId = uuidOf(p.id, 'episode');
  const resources: FhirResource[] = [];
  const subject = ref(patientId);

  const patient: Patient = {
    resourceType: 'Patient',
    id: patientId,
    identifier: [{ use: 'official', system: fhirSystems.nik, value: file.nik }],
    active: true,
    name: [{ use: 'official', text: file.mother.fullName }],
    gender: 'female',
    birthDate: file.mother.birthDate,
    ...(file.phone ? { telecom: [{ system: 'phone', value: file.phone, use: 'mobile' }] } : {}),
    address: [{ use: 'home', text: file.mother.address }],
  };
  resources.push(patient);

  const closed = p.status !== 'active';
  const episode: EpisodeOfCare = {
    resourceType: 'EpisodeOfCare',
    id: episodeId,
    status: closed ? 'finished' : 'active',
    type: [{ coding: [{ system: fhirSystems.episodeOfCareType, code: 'ANC', display: 'Antenatal Care' }] }],
    patient: subject,
    period: { start: p.hpht, ...(p.closedOn ? { end: p.closedOn } : {}) },
  };
  resources.push(episode);

  const observation = (
    key: string,
    code: { code: string; display: string },
    value: Partial<Observation>,
    effective: string,
    encounterId?: string,
    cat: 'vital-signs' | 'exam' | 'survey' = 'exam',
  ): Observation => ({
    resourceType: 'Observation',
    id: uuidOf(p.id, 'obs', key),
    status: 'final',
    category: category(cat),
    code: loincCode(code),
    subject,
    ...(encounterId ? { encounter: ref(encounterId) } : {}),
    effectiveDateTime: effective,
    ...value,
  });
  const quantity = (v: number, unit: string): Partial<Observation> => ({
    valueQuantity: { value: v, unit, system: fhirSystems.ucum, code: unit },
  });

  // Pregnancy-level facts.
  const registered = p.createdAt.toISOString();
  resources.push(observation('hpht', loinc.hpht, { valueDateTime: p.hpht }, registered, undefined, 'survey'));
  resources.push(observation('hpl', loinc.hpl, { valueDateTime: p.hpl }, registered, undefined, 'survey'));
  if (p.usgHpl)
    resources.push(
      observation('usg-hpl', loinc.usgHpl, { valueDateTime: p.usgHpl }, registered, undefined, 'survey'),
    );
  resources.push(
    observation('gravida', loinc.gravida, { valueInteger: p.gravida }, registered, undefined, 'survey'),
  );
  resources.push(observation('para', loinc.para, { valueInteger: p.para }, registered, undefined, 'survey'));
  resources.push(
    observation('abortus', loinc.abortus, { valueInteger: p.abortus }, registered, undefined, 'survey'),
  );

  const codes = codesOf(p, file.contacts, config, file.outcome?.date);
  file.contacts.forEach((contact, index) => {
    const c = contact.data;
    const code: AncVisitCode | null = codes[index] ?? null;
    const encounterId = uuidOf(p.id, 'encounter', contact.row.id);
    const encounter: Encounter = {
      resourceType: 'Encounter',
      id: encounterId,
      ...(code ? { identifier: [{ system: fhirSystems.ancVisit, value: code }] } : {}),
      status: 'finished',
      class: { system: fhirSystems.actCode, code: 'AMB', display: 'ambulatory' },
      subject,
      episodeOfCare: [ref(episodeId)],
      period: { start: c.date, end: c.date },
    };
    resources.push(encounter);
    const key = (k: string) => `${contact.row.id}:${k}`;
    const ga = gestationalAgeDays(dating(p), day(c.date));
    resources.push(
      observation(key('ga'), loinc.gestationalAge, quantity(Math.floor(ga / 7), 'wk'), c.date, encounterId),
    );
    resources.push(
      observation(
        key('trimester'),
        loinc.trimester,
        { valueInteger: trimesterOf(Math.max(ga, 0), config) },
        c.date,
        encounterId,
      ),
    );
    resources.push(
      observation(
        key('weight'),
        loinc.weight,
        quantity(c.weightKg, 'kg'),
        c.date,
        encounterId,
        'vital-signs',
      ),
    );
    if (c.heightCm !== undefined)
      resources.push(
        observation(
          key('height'),
          loinc.height,
          quantity(c.heightCm, 'cm'),
          c.date,
          encounterId,
          'vital-signs',
        ),
      );
    if (c.lilaCm !== undefined)
      resources.push(observation(key('lila'), loinc.lila, quantity(c.lilaCm, 'cm'), c.date, encounterId));
    if (c.fundalHeightCm !== undefined)
      resources.push(
        observation(key('tfu'), loinc.fundalHeight, quantity(c.fundalHeightCm, 'cm'), c.date, encounterId),
      );
    resources.push(
      observation(
        key('sys'),
        loinc.systolic,
        quantity(c.systolic, 'mm[Hg]'),
        c.date,
        encounterId,
        'vital-signs',
      ),
    );
    resources.push(
      observation(
        key('dia'),
        loinc.diastolic,
        quantity(c.diastolic, 'mm[Hg]'),
        c.date,
        encounterId,
        'vital-signs',
      ),
    );
    if (c.fetalHeartRate !== undefined)
      resources.push(
        observation(
          key('djj'),
          loinc.fetalHeartRate,
          quantity(c.fetalHeartRate, '/min'),
          c.date,
          encounterId,
        ),
      );
    if (c.presentation)
      resources.push(
        observation(
          key('presentation'),
          loinc.presentation,
          { valueCodeableConcept: { text: presentationLabels[c.presentation].en } },
          c.date,
          encounterId,
        ),
      );
    if (c.tdDoseGiven) {
      const immunization: Immunization = {
        resourceType: 'Immunization',
        id: uuidOf(p.id, 'td', contact.row.id),
        status: 'completed',
        vaccineCode: { coding: tdVaccine.map((v) => ({ ...v })) },
        patient: subject,
        encounter: ref(encounterId),
        occurrenceDateTime: c.date,
        primarySource: true,
        protocolApplied: [{ doseNumberPositiveInt: tdDoses.indexOf(c.tdDoseGiven) + 1 }],
      };
      resources.push(immunization);
    }
    if (c.ultrasound) {
      const procedure: Procedure = {
        resourceType: 'Procedure',
        id: uuidOf(p.id, 'usg', contact.row.id),
        status: 'completed',
        code: { coding: [{ ...ultrasoundProcedure }] },
        subject,
        encounter: ref(encounterId),
        performedDateTime: c.date,
      };
      resources.push(procedure);
    }
    for (const flag of c.flags) {
      const icd = flagConditions[flag.code];
      if (!icd) continue;
      const condition: Condition = {
        resourceType: 'Condition',
        id: uuidOf(p.id, 'condition', contact.row.id, flag.code),
        clinicalStatus: { coding: [{ system: fhirSystems.conditionClinical, code: 'active' }] },
        verificationStatus: {
          coding: [
            {
              system: fhirSystems.conditionVerification,
              code: flag.code === 'suspect_preeclampsia' ? 'provisional' : 'confirmed',
            },
          ],
        },
        category: [{ coding: [{ system: fhirSystems.conditionCategory, code: 'encounter-diagnosis' }] }],
        code: {
          coding: [{ system: fhirSystems.icd10, code: icd.code, display: icd.display }],
          text: flag.label.en,
        },
        subject,
        encounter: ref(encounterId),
        recordedDate: c.date,
      };
      resources.push(condition);
    }
  });

  // KSPR total: a local-code Observation per assessment (the score is not a LOINC concept).
  const ksprSystem = `${options.localSystemBase}/CodeSystem/kspr`;
  for (const a of file.assessments) {
    resources.push({
      resourceType: 'Observation',
      id: uuidOf(p.id, 'kspr', a.row.id),
      status: 'final',
      category: category('survey'),
      code: { coding: [{ system: ksprSystem, code: 'kspr-total', display: 'Skor Poedji Rochjati (KSPR)' }] },
      subject,
      effectiveDateTime: a.row.date,
      valueInteger: a.row.total,
      interpretation: [{ coding: [{ system: `${ksprSystem}-category`, code: a.row.category }] }],
    });
  }

  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `urn:uuid:${resource.id}`,
    resource,
  }));
  return {
    resourceType: 'Bundle',
    id: uuidOf(p.id, 'bundle', options.now.toISOString()),
    type: 'collection',
    timestamp: options.now.toISOString(),
    entry,
  };
}
