import type { MeasurementFlagCode } from '@layanan/domain';

/** Code systems of the SATUSEHAT-shaped export (DOMAIN §5.9). */
export const fhirSystems = {
  nik: 'https://fhir.kemkes.go.id/id/nik',
  episodeOfCareType: 'http://terminology.kemkes.go.id/CodeSystem/episodeofcare-type',
  ancVisit: 'http://terminology.kemkes.go.id/CodeSystem/episodeofcare/ANC',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  kfa: 'http://sys-ids.kemkes.go.id/kfa',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
} as const;

/** LOINC codes of the ANC observations, with their UCUM unit where they are quantities. */
export const loinc = {
  gestationalAge: { code: '18185-9', display: 'Gestational age', unit: 'wk' },
  trimester: { code: '32418-6', display: 'Trimester' },
  weight: { code: '29463-7', display: 'Body weight', unit: 'kg' },
  height: { code: '8302-2', display: 'Body height', unit: 'cm' },
  lila: { code: '56072-2', display: 'Circumference Mid upper arm', unit: 'cm' },
  fundalHeight: { code: '11881-0', display: 'Uterus Fundal height', unit: 'cm' },
  systolic: { code: '8480-6', display: 'Systolic blood pressure', unit: 'mm[Hg]' },
  diastolic: { code: '8462-4', display: 'Diastolic blood pressure', unit: 'mm[Hg]' },
  fetalHeartRate: { code: '55283-6', display: 'Fetal Heart rate', unit: '/min' },
  presentation: { code: '72155-5', display: 'Fetal presentation' },
  hpht: { code: '8665-2', display: 'Last menstrual period start date' },
  hpl: { code: '11778-8', display: 'Delivery date Estimated' },
  usgHpl: { code: '11781-2', display: 'Delivery date US composite estimate' },
  gravida: { code: '11996-6', display: '[#] Pregnancies' },
  para: { code: '11977-6', display: '[#] Parity' },
  abortus: { code: '69043-8', display: 'Other pregnancy outcomes #' },
} as const;

/** Td vaccine: KFA VG139 and CVX 28. */
export const tdVaccine = [
  { system: fhirSystems.kfa, code: 'VG139', display: 'Td' },
  { system: fhirSystems.cvx, code: '28', display: 'DT (pediatric)' },
] as const;

export const ultrasoundProcedure = {
  system: fhirSystems.icd9cm,
  code: '88.78',
  display: 'Diagnostic ultrasound of gravid uterus',
} as const;

/** Flags recorded as conditions, with their ICD-10 codes (WHO ICD-10 2019). */
export const flagConditions: Partial<Record<MeasurementFlagCode, { code: string; display: string }>> = {
  kek: { code: 'O25', display: 'Malnutrition in pregnancy' },
  anaemia: { code: 'O99.0', display: 'Anaemia complicating pregnancy, childbirth and the puerperium' },
  hypertension: { code: 'O13', display: 'Gestational [pregnancy-induced] hypertension' },
  suspect_preeclampsia: { code: 'O14.9', display: 'Pre-eclampsia, unspecified' },
  cpd_risk: { code: 'O33.9', display: 'Maternal care for disproportion, unspecified' },
};
