import type { ReactNode } from 'react';
import { type AdminApi, AdminApiContext } from '../api';

export type FakeAdminApi = { [K in keyof AdminApi]: jest.MockedFunction<AdminApi[K]> };

/** Every call refused unless a test gives it an answer. */
export function fakeAdminApi(overrides: Partial<AdminApi> = {}): FakeAdminApi {
  const names: (keyof AdminApi)[] = [
    'dashboard',
    'league',
    'officers',
    'cases',
    'districts',
    'agencies',
    'createAgency',
    'updateAgency',
    'staff',
    'createStaff',
    'updateStaff',
    'holidays',
    'putHoliday',
    'deleteHoliday',
    'routingRules',
    'putRoutingRule',
    'deleteRoutingRule',
    'categories',
    'updateCategory',
    'open311Clients',
    'createOpen311Client',
    'revokeOpen311Client',
    'auditLog',
    'maternal',
    'maternalMothers',
    'sehatFigures',
    'babharSettings',
    'saveBabharSettings',
    'population',
    'savePopulation',
    'downloadCsv',
  ];
  const fake = Object.fromEntries(
    names.map((name) => [name, jest.fn(() => Promise.reject(new Error(`unexpected call: ${name}`)))]),
  ) as unknown as FakeAdminApi;
  fake.districts.mockResolvedValue([{ code: '35.28.01', name: 'Tlanakan' }]);
  for (const [name, impl] of Object.entries(overrides)) {
    (fake[name as keyof AdminApi] as jest.Mock).mockImplementation(impl as never);
  }
  return fake;
}

export function withAdminApi(api: AdminApi) {
  return function AdminApiWrapper({ children }: { children: ReactNode }) {
    return <AdminApiContext.Provider value={api}>{children}</AdminApiContext.Provider>;
  };
}
