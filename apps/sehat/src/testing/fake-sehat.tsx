import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import type { BookingView, DispatchEntry, FacilityView, Lang, UserView } from '@layanan/domain';
import { PortalProviders, type PortalConfig, portalRoutes } from '@layanan/ui';
import { fakeCasesApi, fakeNotificationsApi, fakeSessionApi } from '@layanan/ui/testing';
import { type SehatApi, SehatApiContext } from '../features/api';

export type FakeSehatApi = { [K in keyof SehatApi]: jest.MockedFunction<SehatApi[K]> };

export const tlanakan: FacilityView = {
  id: 'f-tlanakan',
  code: 'PKM-TLANAKAN',
  kind: 'puskesmas',
  name: 'Puskesmas Tlanakan',
  districtCode: '35.28.01',
  villageCode: null,
  address: 'Jl. Raya Tlanakan',
  lat: -7.2228,
  lng: 113.4365,
  phone: null,
  polyclinics: ['umum', 'gigi'],
  services: ['Imunisasi'],
  openingHours: [{ days: [1, 2, 3], opens: '07:30', closes: '14:00' }],
  bookable: true,
  serviceStartsAt: '07:30',
  minutesPerPatient: 10,
  dispatchCentre: false,
  active: true,
};

export const booking = (over: Partial<BookingView> = {}): BookingView => ({
  id: 'b-1',
  facilityId: tlanakan.id,
  facilityName: tlanakan.name,
  polyclinic: 'umum',
  date: '2026-11-30',
  queueNumber: 7,
  estimatedTime: '08:30',
  status: 'booked',
  createdAt: '2026-11-28T01:00:00.000Z',
  calledAt: null,
  ...over,
});

export const dispatchEntry = (over: Partial<DispatchEntry> = {}): DispatchEntry => ({
  id: 't-1',
  requesterId: 'u-resident',
  patientName: 'Ani',
  phone: '081234567890',
  pickup: { lat: -7.15, lng: 113.47 },
  villageCode: null,
  address: null,
  destinationFacilityId: 'f-rsud',
  destinationName: 'RSUD',
  urgency: 'biasa',
  pregnant: false,
  maternalSummary: false,
  hpl: null,
  ksprCategory: null,
  dangerSign: false,
  status: 'requested',
  statusReason: null,
  vehicleId: null,
  vehicleLabel: null,
  notes: null,
  requestedAt: '2026-11-28T01:00:00.000Z',
  assignedAt: null,
  pickedUpAt: null,
  arrivedAt: null,
  secondsToAssign: null,
  secondsToPickup: null,
  rank: 1,
  suggestedVehicleId: 'v-1',
  suggestedDistanceM: 1200,
  ...over,
});

const notConfigured = (name: string) => () => Promise.reject(new Error(`fake ${name} not set`));

/** e-Sehat calls answering like an empty installation with one puskesmas, unless overridden. */
export function fakeSehatApi(overrides: Partial<SehatApi> = {}): FakeSehatApi {
  const base: SehatApi = {
    districts: () => Promise.resolve([{ code: '35.28.01', name: 'Tlanakan' }]),
    villages: () => Promise.resolve([{ code: '35.28.01.2001', name: 'Branta Pesisir' }]),
    facilities: () => Promise.resolve([tlanakan]),
    facility: () => Promise.resolve(tlanakan),
    createFacility: (input) =>
      Promise.resolve({
        ...tlanakan,
        id: 'f-new',
        ...input,
        villageCode: null,
        address: null,
      } as FacilityView),
    updateFacility: (id, input) => Promise.resolve({ ...tlanakan, id, ...input }),
    availability: () =>
      Promise.resolve([
        { polyclinic: 'umum', dailyQuota: 30, date: '2026-11-30', quota: 30, held: 3, remaining: 27 },
        { polyclinic: 'gigi', dailyQuota: 10, date: '2026-11-30', quota: 10, held: 10, remaining: 0 },
      ]),
    display: notConfigured('display'),
    book: () => Promise.resolve(booking()),
    myBookings: () => Promise.resolve([]),
    cancelBooking: (id) => Promise.resolve(booking({ id, status: 'cancelled' })),
    quotas: () => Promise.resolve([]),
    setQuota: () => Promise.resolve([]),
    queue: () => Promise.resolve([]),
    callNext: notConfigured('callNext'),
    outcome: notConfigured('outcome'),
    requestTransport: notConfigured('requestTransport'),
    myTransport: () => Promise.resolve([]),
    transport: notConfigured('transport'),
    cancelTransport: notConfigured('cancelTransport'),
    dispatchQueue: () => Promise.resolve([]),
    assign: notConfigured('assign'),
    setTransportStatus: notConfigured('setTransportStatus'),
    vehicles: () => Promise.resolve([]),
    addVehicle: notConfigured('addVehicle'),
    ask: notConfigured('ask'),
    myConsultations: () => Promise.resolve([]),
    inbox: () => Promise.resolve([]),
    consultation: notConfigured('consultation'),
    postMessage: notConfigured('postMessage'),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [name, jest.fn(fn as (...args: unknown[]) => unknown)]),
  ) as unknown as FakeSehatApi;
}

/** Renders the portal's real routes at `path` with a fake session and fake e-Sehat calls. */
export function renderSehat(
  config: PortalConfig,
  {
    path = '/',
    user = null,
    sehat = fakeSehatApi(),
    lang = 'id',
    cases = fakeCasesApi(),
  }: {
    path?: string;
    user?: UserView | null;
    sehat?: FakeSehatApi;
    lang?: Lang;
    cases?: ReturnType<typeof fakeCasesApi>;
  } = {},
) {
  const router = createMemoryRouter(portalRoutes(config), { initialEntries: [path] });
  const result = render(
    <PortalProviders
      config={config}
      api={fakeSessionApi(user)}
      lang={lang}
      cases={cases}
      notifications={fakeNotificationsApi()}
    >
      <SehatApiContext.Provider value={sehat}>
        <RouterProvider router={router} />
      </SehatApiContext.Provider>
    </PortalProviders>,
  );
  return { ...result, router, sehat };
}
