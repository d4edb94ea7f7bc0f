import { type ApiClient, createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type {
  AncContactInput,
  BabharConfigInput,
  Bilingual,
  BirthPlanInput,
  DangerSignReportInput,
  KsprAssessmentInput,
  KsprCategory,
  KsprItemCode,
  MeasurementFlag,
  MotherRegistrationInput,
  PregnancyRegistrationInput,
  WorklistReason,
} from '@layanan/domain';

export interface MotherView {
  id: string;
  nikMasked: string;
  fullName: string;
  birthDate: string;
  phoneMasked: string | null;
  villageCode: string;
  address: string;
  bloodType: { abo: string; rhesus?: string } | null;
  heightCm: number | null;
  marriageDate: string | null;
  claimed: boolean;
}

export interface PregnancyView {
  id: string;
  motherId: string;
  hpht: string;
  hpl: string;
  hpl280: string;
  usgHpl: string | null;
  gravida: number;
  para: number;
  abortus: number;
  puskesmasId: string;
  bidanId: string | null;
  status: 'active' | 'delivered' | 'miscarriage' | 'lost_to_follow_up';
  verification: 'verified' | 'pending';
  ksprTotal: number | null;
  ksprCategory: KsprCategory | null;
  nextContactDate: string | null;
}

export interface PregnancyDates {
  hpht: string;
  hpl: string;
  hpl280: string;
  hplDiffers: boolean;
  usgHpl: string | null;
  schedulingHpl: string;
  gestationalAge: { days: number; weeks: number; remainderDays: number; basis: 'hpht' | 'usg' };
  trimester: 1 | 2 | 3;
}

export interface ScheduleView {
  schedule: string;
  requiredTotal: number;
  doneTotal: number;
  trimesters: {
    trimester: number;
    status: string;
    required: number;
    done: number;
    owed: number;
    daysLeft: number;
  }[];
  doctorUltrasound: { trimester: number; status: string; date: string | null }[];
  visits: { code: string; date: string; trimester: number; byDoctor: boolean }[];
}

export interface KsprSummary {
  total: number;
  category: KsprCategory;
  label: Bilingual;
  care: Bilingual;
  referral: Bilingual;
  placeOfBirth: Bilingual;
  attendant: Bilingual;
  colour: 'green' | 'yellow' | 'red';
}

export interface ContactView {
  id: string;
  date: string;
  provider: 'bidan' | 'doctor';
  visitCode: string | null;
  gestationalAge: { weeks: number; days: number };
  trimester: number;
  weightKg: number;
  systolic: number;
  diastolic: number;
  lilaCm?: number;
  flags: MeasurementFlag[];
  nextContactDate?: string;
}

export interface DangerSignReportView {
  id: string;
  period: string;
  signs: { code: string; label: Bilingual }[];
  note: string | null;
  reportedAt: string;
  acknowledgedAt: string | null;
}

export interface WorklistEntryView {
  reason: WorklistReason;
  tone: 'blue' | 'red';
  label: Bilingual;
  date: string | null;
  trimester: number | null;
  daysLeft: number | null;
}

export interface PregnancyDetail {
  pregnancy: PregnancyView;
  mother: MotherView;
  dates: PregnancyDates;
  schedule: ScheduleView;
  contacts: ContactView[];
  kspr: {
    current: KsprSummary | null;
    history: { id: string; date: string; total: number; category: KsprCategory }[];
  };
  birthPlan: BirthPlanInput | null;
  dangerSigns: DangerSignReportView[];
  worklist: { tone: 'blue' | 'red' | null; entries: WorklistEntryView[] };
}

export interface MyPregnancy {
  pregnancy: PregnancyView;
  mother: { fullName: string };
  dates: PregnancyDates;
  schedule: ScheduleView;
  nextContact: { date: string; state: 'due' | 'overdue' } | null;
  kspr: (KsprSummary & { plain: { meaning: Bilingual; guidance: Bilingual } }) | { notAssessed: Bilingual };
  birthPlan: BirthPlanInput | null;
  dangerSigns: { code: string; label: Bilingual }[];
  dangerSignPeriod: 'pregnancy' | 'postpartum';
  reports: DangerSignReportView[];
  puskesmas: { id: string; name: string; address: string | null } | null;
  bidan: { fullName: string } | null;
  transportLink: string;
}

export interface DangerSignAnswer {
  report: { id: string; signs: { code: string; label: Bilingual }[] };
  advice: { now: Bilingual; companion: Bilingual; alerted: Bilingual };
  alerted: number;
  puskesmas: { name: string; address: string | null } | null;
  transportLink: string;
}

export interface WorklistItem {
  pregnancyId: string;
  motherName: string;
  villageCode: string;
  gestationalWeeks: number;
  hpl: string;
  ksprCategory: KsprCategory | null;
  nextContactDate: string | null;
  tone: 'blue' | 'red';
  entries: WorklistEntryView[];
}

export interface Worklist {
  reasons: { reason: WorklistReason; label: Bilingual; count: number }[];
  items: WorklistItem[];
  pending: { pregnancyId: string; motherName: string; hpht: string }[];
}

export interface KohortRow {
  pregnancyId: string;
  motherName: string;
  nikMasked: string;
  villageCode: string;
  hpht: string;
  hpl: string;
  gestationalWeeks: number;
  visits: { code: string | null; date: string }[];
  ksprTotal: number | null;
  ksprCategory: KsprCategory | null;
  status: string;
  verification: string;
}

export interface PwsReport {
  year: number;
  month: number;
  puskesmasName: string | null;
  indicators: { code: string; label: Bilingual; coverage: boolean }[];
  rows: {
    villageCode: string;
    villageName: string;
    population: number | null;
    target: number | null;
    indicators: Record<
      string,
      { month: number; cumulative: number; monthPercent: number | null; cumulativePercent: number | null }
    >;
  }[];
}

export interface KsprCard {
  items: { code: KsprItemCode; number: number; group: string; score: number; label: Bilingual }[];
  prefill: { items: KsprItemCode[]; reasons: Partial<Record<KsprItemCode, Bilingual>> };
  carriedOver: KsprItemCode[];
  startScore: number;
  current: KsprSummary | null;
}

export interface KsprSaved {
  total: number;
  category: KsprCategory;
  guidance: KsprSummary;
}

export interface Facility {
  id: string;
  code: string;
  name: string;
  districtCode: string;
}

export interface Village {
  code: string;
  name: string;
}

export interface LookupResult {
  mother: MotherView;
  pregnancies: PregnancyView[];
  elsewhere: number;
}

export type SelfRegistration = {
  mother: Omit<MotherRegistrationInput, 'nik'>;
  pregnancy: Omit<PregnancyRegistrationInput, 'motherId' | 'bidanId'>;
};

/** Everything the e-Babhar pages ask of the gateway. */
export interface BabharApi {
  rules(): Promise<{ rules: BabharConfigInput }>;
  puskesmas(): Promise<Facility[]>;
  villages(districtCode: string): Promise<Village[]>;
  mine(): Promise<MyPregnancy>;
  claim(nik: string): Promise<MyPregnancy>;
  selfRegister(input: SelfRegistration, key: string): Promise<MyPregnancy>;
  reportDangerSign(input: DangerSignReportInput, key: string): Promise<DangerSignAnswer>;
  lookup(nik: string): Promise<LookupResult>;
  registerMother(input: MotherRegistrationInput, key: string): Promise<MotherView>;
  registerPregnancy(input: PregnancyRegistrationInput, key: string): Promise<PregnancyView>;
  pregnancy(id: string): Promise<PregnancyDetail>;
  verify(id: string): Promise<PregnancyView>;
  recordContact(id: string, input: AncContactInput, key: string): Promise<ContactView>;
  ksprCard(id: string): Promise<KsprCard>;
  saveKspr(id: string, input: KsprAssessmentInput, key: string): Promise<KsprSaved>;
  saveBirthPlan(id: string, input: BirthPlanInput): Promise<BirthPlanInput>;
  acknowledge(reportId: string): Promise<unknown>;
  worklist(reason?: WorklistReason): Promise<Worklist>;
  kohort(page: number): Promise<{ items: KohortRow[]; total: number; page: number; pageSize: number }>;
  pwsKia(year: number, month: number): Promise<PwsReport>;
}

const json = <T>(value: unknown) => value as T;

/** The e-Babhar calls over the typed client (the answers are typed here: the routes document requests only). */
export function babharApi(client: ApiClient): BabharApi {
  const key = (k: string) => ({ header: { 'Idempotency-Key': k } });
  return {
    rules: async () => json(unwrap(await client.GET('/api/babhar/rules'))),
    puskesmas: async () =>
      json(unwrap(await client.GET('/api/sehat/facilities', { params: { query: { kind: 'puskesmas' } } }))),
    villages: async (code) =>
      json(
        unwrap(await client.GET('/api/regions/districts/{code}/villages', { params: { path: { code } } })),
      ),
    mine: async () => json(unwrap(await client.GET('/api/babhar/me/pregnancy'))),
    claim: async (nik) => json(unwrap(await client.POST('/api/babhar/me/claim', { body: { nik } }))),
    selfRegister: async (body, k) =>
      json(unwrap(await client.POST('/api/babhar/me/pregnancies', { body: body as never, params: key(k) }))),
    reportDangerSign: async (body, k) =>
      json(unwrap(await client.POST('/api/babhar/me/danger-signs', { body: body as never, params: key(k) }))),
    lookup: async (nik) => json(unwrap(await client.POST('/api/babhar/mothers/lookup', { body: { nik } }))),
    registerMother: async (body, k) =>
      json(unwrap(await client.POST('/api/babhar/mothers', { body: body as never, params: key(k) }))),
    registerPregnancy: async (body, k) =>
      json(unwrap(await client.POST('/api/babhar/pregnancies', { body: body as never, params: key(k) }))),
    pregnancy: async (id) =>
      json(unwrap(await client.GET('/api/babhar/pregnancies/{id}', { params: { path: { id } } }))),
    verify: async (id) =>
      json(unwrap(await client.POST('/api/babhar/pregnancies/{id}/verify', { params: { path: { id } } }))),
    recordContact: async (id, body, k) =>
      json(
        unwrap(
          await client.POST('/api/babhar/pregnancies/{id}/contacts', {
            body: body as never,
            params: { path: { id }, ...key(k) },
          }),
        ),
      ),
    ksprCard: async (id) =>
      json(unwrap(await client.GET('/api/babhar/pregnancies/{id}/kspr', { params: { path: { id } } }))),
    saveKspr: async (id, body, k) =>
      json(
        unwrap(
          await client.POST('/api/babhar/pregnancies/{id}/kspr', {
            body: body as never,
            params: { path: { id }, ...key(k) },
          }),
        ),
      ),
    saveBirthPlan: async (id, body) =>
      json(
        unwrap(
          await client.PUT('/api/babhar/pregnancies/{id}/birth-plan', {
            body: body as never,
            params: { path: { id } },
          }),
        ),
      ),
    acknowledge: async (id) =>
      json(
        unwrap(await client.POST('/api/babhar/danger-signs/{id}/acknowledge', { params: { path: { id } } })),
      ),
    worklist: async (reason) =>
      json(unwrap(await client.GET('/api/babhar/worklist', { params: { query: reason ? { reason } : {} } }))),
    kohort: async (page) =>
      json(unwrap(await client.GET('/api/babhar/kohort', { params: { query: { page, pageSize: 50 } } }))),
    pwsKia: async (year, month) =>
      json(unwrap(await client.GET('/api/babhar/reports/pws-kia', { params: { query: { year, month } } }))),
  };
}

let shared: BabharApi | null = null;

/** The portal's gateway with the session's token; tests replace it with `provideBabharApi`. */
export function useBabharApi(): BabharApi {
  shared ??= babharApi(
    createApiClient({
      baseUrl: '',
      getAccessToken: accessToken.get,
      getLanguage: () => document.documentElement.lang || 'id',
    }),
  );
  return shared;
}

/** Tests: answer the pages' calls with a fake. */
export function provideBabharApi(api: BabharApi | null) {
  shared = api;
}

/** The CSV download URL of the PWS-KIA report (fetched with the token by the page). */
export const pwsCsvPath = (year: number, month: number) =>
  `/api/babhar/reports/pws-kia.csv?year=${year}&month=${month}`;

/** A fresh idempotency key for one form submission (kept across retries of the same submission). */
export function newKey(): string {
  return `bbh-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
