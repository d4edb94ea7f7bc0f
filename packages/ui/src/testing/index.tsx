/**
 * Test helpers for the portals' Jest suites (jsdom): fake session API, test
 * users, rendering a portal's real route tree in a memory router, and the
 * shared contract every portal must keep (`describePortal`).
 */
import { type RenderResult, render, screen, within } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import type { Lang, LoginInput, RegisterResidentInput, Role, TokenPair, UserView } from '@layanan/domain';
import type { SessionApi } from '@layanan/auth/client';
import type { PortalConfig } from '../portal/config.js';
import { PortalProviders } from '../portal/PortalProviders.js';
import { portalRoutes } from '../portal/routes.js';
import type { CasesApi } from '../cases/api.js';
import type { NotificationPage } from '@layanan/domain';
import type { NotificationsApi } from '../notifications/api.js';

export * from './cases.js';

const base: Omit<UserView, 'id' | 'role' | 'fullName'> = {
  username: null,
  nikMasked: null,
  phoneMasked: null,
  agencyId: null,
  facilityId: null,
  verified: false,
  disabled: false,
  createdAt: '2026-01-05T02:00:00.000Z',
};

export const testUsers = {
  resident: {
    ...base,
    id: 'u-resident',
    role: 'resident',
    fullName: 'Siti Aminah',
    nikMasked: '3528••••••••0001',
    phoneMasked: '+62812••••5678',
  },
  officer: {
    ...base,
    id: 'u-officer',
    role: 'officer',
    fullName: 'Budi Santoso',
    username: 'budi',
    agencyId: 'pupr',
  },
  health_staff: {
    ...base,
    id: 'u-health',
    role: 'health_staff',
    fullName: 'Bidan Rina',
    username: 'rina',
    facilityId: 'pkm-tlanakan',
  },
  regency_admin: {
    ...base,
    id: 'u-admin',
    role: 'regency_admin',
    fullName: 'Admin Kabupaten',
    username: 'admin',
  },
} satisfies Record<Role, UserView>;

export function tokenPair(user: UserView): TokenPair {
  // Cookie mode, as in the browser: the refresh token stays in the HttpOnly cookie.
  return { accessToken: `access-${user.id}`, expiresIn: 900, user };
}

/** Shaped like the api-client's ApiError. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
  }
}

export type FakeSessionApi = {
  [K in keyof SessionApi]-?: jest.MockedFunction<NonNullable<SessionApi[K]>>;
};

/**
 * A session API whose refresh restores `user` (or fails: signed out). Sign in
 * and registration succeed as `user` (or a resident) unless overridden.
 */
export function fakeSessionApi(user: UserView | null = null): FakeSessionApi {
  const signedIn = user ?? testUsers.resident;
  return {
    refresh: jest.fn(() =>
      user
        ? Promise.resolve(tokenPair(user))
        : Promise.reject(new FakeApiError(401, 'invalid_refresh_token')),
    ),
    login: jest.fn((_input: LoginInput) => Promise.resolve(tokenPair(signedIn))),
    register: jest.fn((_input: RegisterResidentInput) => Promise.resolve(tokenPair(signedIn))),
    logout: jest.fn(() => Promise.resolve()),
    // No hint cookie in tests: the session is always asked.
    hasSession: jest.fn(() => true),
  };
}

export type FakeCasesApi = { [K in keyof CasesApi]: jest.MockedFunction<CasesApi[K]> };

/**
 * Case calls that answer like an empty installation (no cases, no
 * categories, Pamekasan's map centre) unless overridden; every call is a jest
 * mock to assert on.
 */
export function fakeCasesApi(overrides: Partial<CasesApi> = {}): FakeCasesApi {
  const page = { items: [], total: 0, page: 1, pageSize: 20 };
  const base: CasesApi = {
    publicConfig: () =>
      Promise.resolve({
        regencyCode: '35.28',
        mapTileUrl: 'http://tiles.invalid/{z}/{x}/{y}.png',
        mapCenter: { lat: -7.1566, lng: 113.4746, zoom: 12 },
      }),
    categories: () => Promise.resolve([]),
    districts: () => Promise.resolve([]),
    villages: () => Promise.resolve([]),
    uploadPhoto: () => Promise.reject(new FakeApiError(400, 'photo_unreadable')),
    nearby: () => Promise.resolve([]),
    submit: () => Promise.resolve({ trackingCode: 'LRG-7K2Q-9M4X' }),
    support: () => Promise.resolve({ supporterCount: 1 }),
    list: () => Promise.resolve(page),
    detail: () => Promise.reject(new FakeApiError(404, 'not_found')),
    mine: () => Promise.resolve({ reported: [], supported: [] }),
    reporterAction: () => Promise.resolve(),
    staffQueue: () => Promise.resolve(page),
    officerAction: () => Promise.resolve(),
    responseTemplates: () => Promise.resolve([]),
    agencies: () => Promise.resolve([]),
    colleagues: () => Promise.resolve([]),
    facilities: () => Promise.resolve([]),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [name, jest.fn(fn as (...args: unknown[]) => unknown)]),
  ) as unknown as FakeCasesApi;
}

/** Renders a portal's real routes at `path` (relative to the portal) with a fake session and fake case calls. */
/** An inbox with the given notifications (none by default); read calls are recorded. */
export function fakeNotificationsApi(
  items: NotificationPage['items'] = [],
): NotificationsApi & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    list: () => {
      const unread = items.filter((n) => !n.readAt && !reads.includes(n.id) && !reads.includes('*'));
      return Promise.resolve({
        items,
        total: items.length,
        page: 1,
        pageSize: 20,
        unreadCount: unread.length,
      });
    },
    read: (id) => {
      reads.push(id);
      return Promise.resolve();
    },
    readAll: () => {
      reads.push('*');
      return Promise.resolve();
    },
  };
}

export function renderPortal(
  config: PortalConfig,
  {
    path = '/',
    user = null,
    api,
    cases,
    notifications,
    lang = 'id',
    wrapper,
  }: {
    /** Around the portal: a page's own API context. */
    wrapper?: React.JSXElementConstructor<{ children: React.ReactNode }>;
    path?: string;
    user?: UserView | null;
    api?: FakeSessionApi;
    cases?: FakeCasesApi;
    notifications?: NotificationsApi;
    lang?: Lang;
  } = {},
): RenderResult & {
  router: ReturnType<typeof createMemoryRouter>;
  api: FakeSessionApi;
  cases: FakeCasesApi;
} {
  const sessionApi = api ?? fakeSessionApi(user);
  const casesApi = cases ?? fakeCasesApi();
  const router = createMemoryRouter(portalRoutes(config), { initialEntries: [path] });
  const result = render(
    <PortalProviders
      config={config}
      api={sessionApi}
      lang={lang}
      cases={casesApi}
      notifications={notifications ?? fakeNotificationsApi()}
    >
      <RouterProvider router={router} />
    </PortalProviders>,
    { wrapper },
  );
  return { ...result, router, api: sessionApi, cases: casesApi };
}

export interface PortalExpectations {
  /** The service name shown in the header and as the home page's heading. */
  title: string;
  /** Roles that must be let into the staff area. */
  staffAllowed: Role[];
  /** Roles that must be refused. */
  staffRefused: Role[];
  /** Admin: every page needs a staff role, no registration. */
  restricted?: boolean;
}

/** The contract every portal keeps: its name, its guarded staff area and its auth pages. */
export function describePortal(config: PortalConfig, expected: PortalExpectations) {
  describe(`${expected.title} portal`, () => {
    beforeEach(() => localStorage.clear());

    it('shows the service name in the header and in the page title', async () => {
      renderPortal(config, { user: expected.restricted ? testUsers.regency_admin : null });
      const banner = screen.getByRole('banner');
      expect(within(banner).getByRole('link', { name: new RegExp(expected.title) })).toHaveAttribute(
        'href',
        '/',
      );
      expect(await screen.findByRole('heading', { level: 1, name: expected.title })).toBeInTheDocument();
      expect(document.title).toContain(expected.title);
    });

    it.each(expected.staffAllowed)('lets %s into the staff area', async (role) => {
      renderPortal(config, { path: '/staf', user: testUsers[role] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Area petugas' })).toBeInTheDocument();
      expect(screen.getByText(testUsers[role].fullName)).toBeInTheDocument();
    });

    it.each(expected.staffRefused)('refuses %s in the staff area', async (role) => {
      renderPortal(config, { path: '/staf', user: testUsers[role] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Area petugas' })).not.toBeInTheDocument();
    });

    it('asks a signed-out visitor of the staff area to sign in', async () => {
      renderPortal(config, { path: '/staf' });
      expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
      expect(screen.getByRole('main')).toContainElement(
        screen.getAllByRole('link', { name: 'Masuk' }).at(-1)!,
      );
    });

    if (expected.restricted) {
      it('has no registration and guards its home page', async () => {
        renderPortal(config, { path: '/' });
        expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
        expect(screen.queryByRole('link', { name: 'Daftar' })).not.toBeInTheDocument();
      });
    } else {
      it('offers resident registration', async () => {
        renderPortal(config, { path: '/daftar' });
        expect(
          await screen.findByRole('heading', { level: 1, name: 'Daftar sebagai warga' }),
        ).toBeInTheDocument();
        expect(screen.getByLabelText('NIK')).toBeInTheDocument();
      });
    }
  });
}
