import { type ApiClient, createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type {
  AncContactInput,
  BabharConfigInput,
  BirthPlanInput,
  ContactView,
  DangerSignAnswer,
  DangerSignReportInput,
  KohortPage,
  KsprAssessmentInput,
  KsprCard,
  KsprSaved,
  KsprView,
  MotherLookup,
  MotherRegistrationInput,
  MotherView,
  MyPregnancy,
  OutcomeInput,
  PostpartumContactInput,
  PostpartumVisitCode,
  PregnancyDatesView,
  PregnancyDetail,
  PregnancyRegistrationInput,
  PregnancyView,
  PwsReport,
  ReferralInput,
  WorklistReason,
  WorklistView,
} from '@layanan/domain';

export type {
  ContactView,
  DangerSignAnswer,
  DangerSignReportView,
  KsprCard,
  KsprSaved,
  MotherView,
  MyPregnancy,
  PregnancyDetail,
  PwsReport,
  ScheduleView,
  WorklistEntryView,
} from '@layanan/domain';
export type KsprSummary = KsprView;
export type PregnancyDates = PregnancyDatesView;
export type Worklist = WorklistView;
export type WorklistItem = WorklistView['items'][number];
export type KohortRow = KohortPage['items'][number];
export type LookupResult = MotherLookup;

/** Mothers per page of the worklist (a phone lists this many before "next"). */
export const WORKLIST_PAGE_SIZE = 50;

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
  lookup(nik: string): Promise<MotherLookup>;
  registerMother(input: MotherRegistrationInput, key: string): Promise<MotherView>;
  registerPregnancy(input: PregnancyRegistrationInput, key: string): Promise<PregnancyView>;
  pregnancy(id: string): Promise<PregnancyDetail>;
  verify(id: string): Promise<PregnancyView>;
  recordContact(id: string, input: AncContactInput, key: string): Promise<ContactView>;
  ksprCard(id: string): Promise<KsprCard>;
  saveKspr(id: string, input: KsprAssessmentInput, key: string): Promise<KsprSaved>;
  saveBirthPlan(id: string, input: BirthPlanInput): Promise<BirthPlanInput>;
  refer(id: string, input: ReferralInput, key: string): Promise<{ id: string; date: string; to: string }>;
  recordOutcome(id: string, input: OutcomeInput, key: string): Promise<{ id: string; status: string }>;
  recordPostpartum(
    id: string,
    input: PostpartumContactInput,
    key: string,
  ): Promise<{ id: string; visitCode: PostpartumVisitCode }>;
  acknowledge(reportId: string): Promise<unknown>;
  worklist(reason: WorklistReason | undefined, page: number): Promise<WorklistView>;
  kohort(page: number): Promise<KohortPage>;
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
    refer: async (id, body, k) =>
      json(
        unwrap(
          await client.POST('/api/babhar/pregnancies/{id}/referrals', {
            body: body as never,
            params: { path: { id }, ...key(k) },
          }),
        ),
      ),
    recordOutcome: async (id, body, k) =>
      json(
        unwrap(
          await client.POST('/api/babhar/pregnancies/{id}/outcome', {
            body: body as never,
            params: { path: { id }, ...key(k) },
          }),
        ),
      ),
    recordPostpartum: async (id, body, k) =>
      json(
        unwrap(
          await client.POST('/api/babhar/pregnancies/{id}/postpartum-contacts', {
            body: body as never,
            params: { path: { id }, ...key(k) },
          }),
        ),
      ),
    acknowledge: async (id) =>
      json(
        unwrap(await client.POST('/api/babhar/danger-signs/{id}/acknowledge', { params: { path: { id } } })),
      ),
    worklist: async (reason, page) =>
      json(
        unwrap(
          await client.GET('/api/babhar/worklist', {
            params: { query: { ...(reason ? { reason } : {}), page, pageSize: WORKLIST_PAGE_SIZE } },
          }),
        ),
      ),
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
