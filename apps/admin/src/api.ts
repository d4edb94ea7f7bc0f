import { createContext, useContext } from 'react';
import { type ApiClient, createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type {
  AdminCaseList,
  AgencyLeague,
  BabharSettingsView,
  DashboardView,
  MaternalFigure,
  MaternalMotherList,
  MaternalView,
  OfficerLeague,
  PopulationView,
  SehatAdminView,
} from '@layanan/domain';

/** The period and filters shared by every back office page (WIB dates, both included). */
export interface PeriodFilters {
  from?: string;
  to?: string;
  districtCode?: string;
  service?: 'lorong' | 'madul' | 'sehat';
}

/** The maternal and health section: the period, kecamatan and (per desa) one puskesmas. */
export interface MaternalFilters {
  from?: string;
  to?: string;
  districtCode?: string;
  puskesmasId?: string;
}

/** The list behind a number. */
export interface CaseListFilters extends PeriodFilters {
  agencyId?: string;
  assigneeId?: string;
  categoryId?: string;
  status?: string;
  week?: string;
  mix?: string;
  open?: string;
  figure?: string;
  page?: number;
  pageSize?: number;
}

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  headUserId: string | null;
  active: boolean;
}

export interface StaffRow {
  id: string;
  role: string;
  fullName: string;
  username: string | null;
  agencyId: string | null;
  facilityId: string | null;
  disabled?: boolean;
}

export interface HolidayRow {
  date: string;
  kind: string;
  name: string;
}

export interface RoutingRuleRow {
  id: string;
  categoryId: string;
  districtCode: string;
  agencyId: string;
}

export interface CategoryRow {
  id: string;
  service: string;
  code: string;
  nameId: string;
  nameEn: string;
  defaultAgencyId?: string;
  sla?: string;
  mix?: string | null;
}

export interface Open311ClientRow {
  id: string;
  name: string;
  revokedAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A CSV export: its path and query; the portal streams it and counts the rows as they come. */
export interface CsvRequest {
  path:
    | '/api/admin/exports/cases.csv'
    | '/api/admin/exports/league.csv'
    | '/api/admin/exports/officers.csv'
    | '/api/admin/exports/dashboard.csv'
    | '/api/admin/exports/maternal.csv';
  query: Record<string, string | number | undefined>;
}

/** Everything the back office pages ask of the gateway. */
export interface AdminApi {
  dashboard(filters: PeriodFilters): Promise<DashboardView>;
  league(filters: PeriodFilters): Promise<AgencyLeague>;
  officers(filters: PeriodFilters & { agencyId: string }): Promise<OfficerLeague>;
  cases(filters: CaseListFilters): Promise<AdminCaseList>;
  districts(): Promise<{ code: string; name: string }[]>;
  agencies(): Promise<AgencyRow[]>;
  createAgency(input: { code: string; name: string }, idempotencyKey: string): Promise<AgencyRow>;
  updateAgency(
    id: string,
    patch: { name?: string; active?: boolean; headUserId?: string | null },
  ): Promise<AgencyRow>;
  staff(): Promise<StaffRow[]>;
  createStaff(input: {
    username: string;
    fullName: string;
    role: string;
    password: string;
    agencyId?: string;
    facilityId?: string;
  }): Promise<StaffRow>;
  updateStaff(id: string, patch: { disabled?: boolean; password?: string }): Promise<StaffRow>;
  holidays(year?: number): Promise<HolidayRow[]>;
  putHoliday(input: { date: string; kind: 'libur_nasional' | 'cuti_bersama'; name: string }): Promise<void>;
  deleteHoliday(date: string): Promise<void>;
  routingRules(): Promise<RoutingRuleRow[]>;
  putRoutingRule(input: { categoryId: string; districtCode: string | null; agencyId: string }): Promise<void>;
  deleteRoutingRule(id: string): Promise<void>;
  categories(): Promise<CategoryRow[]>;
  updateCategory(
    id: string,
    patch: { mix?: 'infrastructure' | 'service' | 'other' | null; sla?: Record<string, number> },
  ): Promise<void>;
  open311Clients(): Promise<Open311ClientRow[]>;
  createOpen311Client(name: string): Promise<{ apiKey: string }>;
  revokeOpen311Client(id: string): Promise<void>;
  auditLog(query: { page: number; action?: string }): Promise<Page<AuditEntry>>;
  maternal(filters: MaternalFilters): Promise<MaternalView>;
  maternalMothers(
    filters: MaternalFilters & {
      figure: MaternalFigure;
      villageCode?: string;
      page?: number;
      pageSize?: number;
    },
  ): Promise<MaternalMotherList>;
  sehatFigures(filters: MaternalFilters): Promise<SehatAdminView>;
  babharSettings(): Promise<BabharSettingsView>;
  saveBabharSettings(
    input: { crudeBirthRatePerMille?: number | null; rules?: BabharSettingsView['rules'] | null },
    idempotencyKey: string,
  ): Promise<BabharSettingsView>;
  population(): Promise<PopulationView>;
  savePopulation(populations: Record<string, number | null>, idempotencyKey: string): Promise<PopulationView>;
  /** Streams a CSV, calling `onRows` with the number of data rows received so far. */
  downloadCsv(request: CsvRequest, onRows: (rows: number) => void): Promise<Blob>;
}

function present<T extends object>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

/** Counts the row ends of CSV text arriving in pieces (a line break inside quotes is not one). */
export function csvRowCounter() {
  let quoted = false;
  let rows = 0;
  return (text: string): number => {
    for (const ch of text) {
      if (ch === '"') quoted = !quoted;
      else if (ch === '\n' && !quoted) rows++;
    }
    return rows;
  };
}

export function adminApi(client: ApiClient, fetchImpl: typeof fetch = fetch): AdminApi {
  const query = <T extends object>(q: T) => present(q) as never;
  return {
    dashboard: async (f) => unwrap(await client.GET('/api/admin/dashboard', { params: { query: query(f) } })),
    league: async (f) => unwrap(await client.GET('/api/admin/league', { params: { query: query(f) } })),
    officers: async (f) =>
      unwrap(await client.GET('/api/admin/league/officers', { params: { query: query(f) } })),
    cases: async (f) => unwrap(await client.GET('/api/admin/cases', { params: { query: query(f) } })),
    districts: async () => unwrap(await client.GET('/api/regions/districts')),
    agencies: async () => unwrap(await client.GET('/api/admin/agencies')),
    createAgency: async (body, key) =>
      unwrap(
        await client.POST('/api/admin/agencies', { body, params: { header: { 'Idempotency-Key': key } } }),
      ),
    updateAgency: async (id, body) =>
      unwrap(await client.PATCH('/api/admin/agencies/{id}', { params: { path: { id } }, body })),
    staff: async () => unwrap(await client.GET('/api/admin/staff')),
    createStaff: async (body) => unwrap(await client.POST('/api/admin/staff', { body: body as never })),
    updateStaff: async (id, body) =>
      unwrap(await client.PATCH('/api/admin/staff/{id}', { params: { path: { id } }, body })),
    holidays: async (year) =>
      unwrap(await client.GET('/api/admin/holidays', { params: { query: present({ year }) } })),
    putHoliday: async (body) => {
      unwrap(await client.PUT('/api/admin/holidays', { body }));
    },
    deleteHoliday: async (date) => {
      unwrap(await client.DELETE('/api/admin/holidays/{date}', { params: { path: { date } } }));
    },
    routingRules: async () => unwrap(await client.GET('/api/admin/routing-rules')),
    putRoutingRule: async (body) => {
      unwrap(await client.PUT('/api/admin/routing-rules', { body }));
    },
    deleteRoutingRule: async (id) => {
      unwrap(await client.DELETE('/api/admin/routing-rules/{id}', { params: { path: { id } } }));
    },
    categories: async () => unwrap(await client.GET('/api/categories', {})) as unknown as CategoryRow[],
    updateCategory: async (id, body) => {
      unwrap(await client.PATCH('/api/admin/categories/{id}', { params: { path: { id } }, body }));
    },
    open311Clients: async () => unwrap(await client.GET('/api/admin/open311-clients')),
    createOpen311Client: async (name) =>
      unwrap(await client.POST('/api/admin/open311-clients', { body: { name } })),
    revokeOpen311Client: async (id) => {
      unwrap(await client.POST('/api/admin/open311-clients/{id}/revoke', { params: { path: { id } } }));
    },
    auditLog: async (q) =>
      unwrap(
        await client.GET('/api/admin/audit-log', { params: { query: present(q) as never } }),
      ) as unknown as Page<AuditEntry>,
    maternal: async (f) => unwrap(await client.GET('/api/admin/maternal', { params: { query: query(f) } })),
    maternalMothers: async (f) =>
      unwrap(await client.GET('/api/admin/maternal/mothers', { params: { query: query(f) } })),
    sehatFigures: async (f) => unwrap(await client.GET('/api/admin/sehat', { params: { query: query(f) } })),
    babharSettings: async () => unwrap(await client.GET('/api/admin/settings/babhar')),
    saveBabharSettings: async (body, key) =>
      unwrap(
        await client.PUT('/api/admin/settings/babhar', {
          body: body as never,
          params: { header: { 'Idempotency-Key': key } },
        }),
      ),
    population: async () => unwrap(await client.GET('/api/admin/settings/babhar/population')),
    savePopulation: async (populations, key) =>
      unwrap(
        await client.PUT('/api/admin/settings/babhar/population', {
          body: { populations },
          params: { header: { 'Idempotency-Key': key } },
        }),
      ),
    downloadCsv: async ({ path, query: q }, onRows) => {
      const search = new URLSearchParams(
        Object.entries(present(q)).map(([k, v]) => [k, String(v)] as [string, string]),
      );
      const token = accessToken.get();
      const res = await fetchImpl(`${path}?${search.toString()}`, {
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          'Accept-Language': document.documentElement.lang || 'id',
        },
      });
      if (!res.ok || !res.body) {
        const body: unknown = await res.json().catch(() => undefined);
        unwrap({ error: body ?? {}, response: res });
      }
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      const parts: BlobPart[] = [];
      const count = csvRowCounter();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        const lines = count(decoder.decode(value, { stream: true }));
        // The header row is not a data row.
        onRows(Math.max(lines - 1, 0));
      }
      return new Blob(parts, { type: 'text/csv;charset=utf-8' });
    },
  };
}

let shared: AdminApi | null = null;
export function defaultAdminApi(): AdminApi {
  shared ??= adminApi(
    createApiClient({
      baseUrl: '',
      getAccessToken: accessToken.get,
      getLanguage: () => document.documentElement.lang || 'id',
    }),
  );
  return shared;
}

/** Tests put a fake here; left empty, the pages use the gateway. */
export const AdminApiContext = createContext<AdminApi | null>(null);

export function useAdminApi(): AdminApi {
  return useContext(AdminApiContext) ?? defaultAdminApi();
}
