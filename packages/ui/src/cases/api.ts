import { type ApiClient, createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type {
  CaseDetail,
  CaseService,
  CaseStatus,
  CaseSummary,
  CreateCaseInput,
  OfficerAction,
  ReporterAction,
} from '@layanan/domain';

export type { CaseDetail, CaseSummary };

/** A case category as `GET /api/categories` answers it (extra questions still a JSON string). */
export interface RawCategory {
  id: string;
  service: string;
  code: string;
  nameId: string;
  nameEn: string;
  duplicateRadiusM: number;
  attributes: string;
}

export interface PublicConfig {
  regencyCode: string;
  mapTileUrl: string;
  mapCenter: { lat: number; lng: number; zoom: number };
}

export interface District {
  code: string;
  name: string;
}

export interface Village {
  code: string;
  districtCode: string;
  name: string;
  kind: 'kelurahan' | 'desa';
}

export interface Point {
  lat: number;
  lng: number;
}

/** A photo stored by `POST /api/files/photos`, re-encoded; `gps` is the EXIF position, if any. */
export interface StoredPhoto {
  id: string;
  width: number;
  height: number;
  gps: Point | null;
}

export type NearbyCase = CaseSummary & { distanceM: number };

export interface Page<T> {
  items: T[];
  total: number;
  /** The count stopped at its cap: more rows match (shown as "1000+"). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export type ResponseMark = 'reward' | 'neutral' | 'sanction' | 'pending';

export type StaffQueueItem = CaseSummary & {
  agencyId: string;
  assigneeId: string | null;
  overdue: boolean;
  dueAt: string | null;
  responseMark: ResponseMark;
  priority: number;
};

export interface Colleague {
  id: string;
  fullName: string;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
}

export interface ResponseTemplate {
  id: string;
  title: string;
  body: string;
}

export interface PublicCaseFilters {
  service?: CaseService;
  categoryId?: string;
  districtCode?: string;
  status?: CaseStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface StaffQueueFilters {
  /** Only this portal's cases (an agency may serve several portals). */
  service?: CaseService;
  status?: CaseStatus;
  categoryId?: string;
  overdue?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface MyCases {
  reported: CaseSummary[];
  supported: CaseSummary[];
}

/** Everything the case pages ask of the gateway. */
export interface CasesApi {
  publicConfig(): Promise<PublicConfig>;
  categories(service: CaseService): Promise<RawCategory[]>;
  districts(): Promise<District[]>;
  villages(districtCode: string): Promise<Village[]>;
  uploadPhoto(file: Blob): Promise<StoredPhoto>;
  nearby(categoryId: string, point: Point): Promise<NearbyCase[]>;
  /** The same key for a retry of the same form: the gateway files it once. */
  submit(input: CreateCaseInput, idempotencyKey: string): Promise<{ trackingCode: string }>;
  support(code: string): Promise<{ supporterCount: number }>;
  list(filters: PublicCaseFilters): Promise<Page<CaseSummary>>;
  detail(code: string): Promise<CaseDetail>;
  mine(): Promise<MyCases>;
  reporterAction(code: string, action: ReporterAction): Promise<void>;
  staffQueue(filters: StaffQueueFilters): Promise<Page<StaffQueueItem>>;
  officerAction(code: string, action: OfficerAction): Promise<void>;
  /** Ready answers of an agency (officers get their own whatever is asked; admins must name one). */
  responseTemplates(agencyId: string): Promise<ResponseTemplate[]>;
  agencies(): Promise<Agency[]>;
  /** Officers of the case's agency, to assign the case to. */
  colleagues(agencyId: string): Promise<Colleague[]>;
  /** Health facilities a complaint can concern (e-Sehat). */
  facilities(): Promise<{ id: string; name: string }[]>;
}

/** Drops empty filters so that they are not sent as `?q=`. */
function present<T extends object>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

/** The case calls over the typed client. */
export function casesApi(client: ApiClient): CasesApi {
  return {
    publicConfig: async () => unwrap(await client.GET('/api/public-config')),
    // The categories and agencies routes declare no answer schema (see the report in docs): typed here.
    categories: async (service) =>
      unwrap(
        await client.GET('/api/categories', { params: { query: { service } } }),
      ) as unknown as RawCategory[],
    districts: async () => unwrap(await client.GET('/api/regions/districts')),
    villages: async (code) =>
      unwrap(await client.GET('/api/regions/districts/{code}/villages', { params: { path: { code } } })),
    uploadPhoto: async (file) => {
      const form = new FormData();
      form.append('photo', file);
      return unwrap(await client.POST('/api/files/photos', { body: form as unknown as { photo: string } }));
    },
    nearby: async (categoryId, point) =>
      unwrap(
        await client.GET('/api/cases/nearby', {
          params: { query: { categoryId, lat: point.lat, lng: point.lng } },
        }),
      ),
    submit: async (body, key) =>
      unwrap(await client.POST('/api/cases', { body, params: { header: { 'Idempotency-Key': key } } })),
    support: async (code) =>
      unwrap(await client.POST('/api/cases/{code}/support', { params: { path: { code } } })),
    list: async (filters) => unwrap(await client.GET('/api/cases', { params: { query: present(filters) } })),
    detail: async (code) =>
      unwrap<CaseDetail>(await client.GET('/api/cases/{code}', { params: { path: { code } } })),
    mine: async () => unwrap(await client.GET('/api/cases/mine/all')),
    reporterAction: async (code, body) => {
      unwrap(await client.POST('/api/cases/{code}/reporter-actions', { params: { path: { code } }, body }));
    },
    staffQueue: async ({ overdue, ...filters }) =>
      unwrap(
        await client.GET('/api/staff/cases', {
          params: {
            query: present({ ...filters, overdue: overdue === undefined ? undefined : String(overdue) }) as {
              overdue?: 'true' | 'false';
            },
          },
        }),
      ),
    officerAction: async (code, body) => {
      unwrap(await client.POST('/api/staff/cases/{code}/actions', { params: { path: { code } }, body }));
    },
    responseTemplates: async (agencyId) =>
      unwrap(await client.GET('/api/staff/response-templates', { params: { query: { agencyId } } })),
    agencies: async () => unwrap(await client.GET('/api/agencies')) as unknown as Agency[],
    colleagues: async (agencyId) =>
      unwrap(await client.GET('/api/staff/colleagues', { params: { query: { agencyId } } })),
    facilities: async () =>
      unwrap(await client.GET('/api/sehat/facilities', { params: { query: {} } })).map((f) => ({
        id: f.id,
        name: f.name,
      })),
  };
}

let shared: CasesApi | null = null;

/** The portal's own gateway (`/api` on the same origin), with the session's token and the page's language. */
export function defaultCasesApi(): CasesApi {
  shared ??= casesApi(
    createApiClient({
      baseUrl: '',
      getAccessToken: accessToken.get,
      getLanguage: () => document.documentElement.lang || 'id',
    }),
  );
  return shared;
}
