import { createContext, useContext } from 'react';
import { type ApiClient, createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type {
  BookingView,
  CreateFacilityInput,
  UpdateFacility,
  ConsultationView,
  CreateTransportInput,
  DispatchEntry,
  DisplayView,
  FacilityView,
  Polyclinic,
  QueueEntry,
  QuotaView,
  TransportView,
  VehicleView,
} from '@layanan/domain';

export type ConsultationSummary = Omit<ConsultationView, 'timeline'>;

export interface FacilityFilters {
  q?: string;
  kind?: FacilityView['kind'];
  district?: string;
  polyclinic?: Polyclinic;
  bookable?: 'true' | 'false';
}

export interface NewVehicle {
  plate: string;
  label: string;
  villageCode: string;
  lat: number;
  lng: number;
}

/** Everything the e-Sehat pages ask of the gateway (tests put a fake in SehatApiContext). */
export interface SehatApi {
  districts(): Promise<{ code: string; name: string }[]>;
  villages(districtCode: string): Promise<{ code: string; name: string }[]>;
  facilities(filters: FacilityFilters): Promise<FacilityView[]>;
  facility(id: string): Promise<FacilityView>;
  createFacility(input: CreateFacilityInput): Promise<FacilityView>;
  updateFacility(id: string, input: UpdateFacility): Promise<FacilityView>;
  availability(facilityId: string, date: string): Promise<QuotaView[]>;
  display(facilityId: string): Promise<DisplayView>;
  book(
    input: { facilityId: string; polyclinic: Polyclinic; date: string },
    key: string,
  ): Promise<BookingView>;
  myBookings(): Promise<BookingView[]>;
  cancelBooking(id: string): Promise<BookingView>;
  quotas(facilityId: string, date?: string): Promise<QuotaView[]>;
  setQuota(
    facilityId: string,
    input: { polyclinic: Polyclinic; date?: string; quota: number },
  ): Promise<QuotaView[]>;
  queue(facilityId: string, polyclinic?: Polyclinic): Promise<QueueEntry[]>;
  callNext(facilityId: string, polyclinic: Polyclinic): Promise<QueueEntry>;
  outcome(bookingId: string, status: 'served' | 'no_show' | 'called'): Promise<QueueEntry>;
  requestTransport(input: CreateTransportInput, key: string): Promise<TransportView>;
  myTransport(): Promise<TransportView[]>;
  transport(id: string): Promise<TransportView>;
  cancelTransport(id: string): Promise<TransportView>;
  dispatchQueue(): Promise<DispatchEntry[]>;
  assign(id: string, vehicleId?: string): Promise<TransportView>;
  setTransportStatus(
    id: string,
    status: 'on_the_way' | 'picked_up' | 'arrived' | 'cancelled' | 'invalid',
    reason?: string,
  ): Promise<TransportView>;
  vehicles(): Promise<VehicleView[]>;
  addVehicle(input: NewVehicle): Promise<VehicleView>;
  ask(
    input: { facilityId?: string; subject: string; question: string },
    key: string,
  ): Promise<ConsultationView>;
  myConsultations(): Promise<ConsultationSummary[]>;
  inbox(): Promise<ConsultationSummary[]>;
  consultation(id: string): Promise<ConsultationView>;
  postMessage(id: string, body: string, close: boolean): Promise<ConsultationView>;
}

const present = <T extends object>(query: T) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/** The e-Sehat calls over the typed client. */
export function sehatApi(client: ApiClient): SehatApi {
  const header = (key: string) => ({ header: { 'Idempotency-Key': key } });
  return {
    districts: async () => unwrap(await client.GET('/api/regions/districts')),
    villages: async (code) =>
      unwrap(await client.GET('/api/regions/districts/{code}/villages', { params: { path: { code } } })),
    facilities: async (filters) =>
      unwrap(await client.GET('/api/sehat/facilities', { params: { query: present(filters) } })),
    facility: async (id) =>
      unwrap(await client.GET('/api/sehat/facilities/{id}', { params: { path: { id } } })),
    createFacility: async (body) => unwrap(await client.POST('/api/sehat/facilities', { body })),
    updateFacility: async (id, body) =>
      unwrap(await client.PATCH('/api/sehat/facilities/{id}', { params: { path: { id } }, body })),
    availability: async (id, date) =>
      unwrap(
        await client.GET('/api/sehat/facilities/{id}/availability', {
          params: { path: { id }, query: { date } },
        }),
      ),
    display: async (id) =>
      unwrap(await client.GET('/api/sehat/facilities/{id}/display', { params: { path: { id } } })),
    book: async (body, key) =>
      unwrap(await client.POST('/api/sehat/bookings', { body, params: header(key) })),
    myBookings: async () => unwrap(await client.GET('/api/sehat/bookings/mine')),
    cancelBooking: async (id) =>
      unwrap(await client.POST('/api/sehat/bookings/{id}/cancel', { params: { path: { id } } })),
    quotas: async (facilityId, date) =>
      unwrap(
        await client.GET('/api/sehat/staff/facilities/{facilityId}/quotas', {
          params: { path: { facilityId }, query: present({ date }) },
        }),
      ),
    setQuota: async (facilityId, body) =>
      unwrap(
        await client.PUT('/api/sehat/staff/facilities/{facilityId}/quotas', {
          params: { path: { facilityId } },
          body,
        }),
      ),
    queue: async (facilityId, polyclinic) =>
      unwrap(
        await client.GET('/api/sehat/staff/facilities/{facilityId}/queue', {
          params: { path: { facilityId }, query: present({ polyclinic }) },
        }),
      ),
    callNext: async (facilityId, polyclinic) =>
      unwrap(
        await client.POST('/api/sehat/staff/facilities/{facilityId}/queue/call-next', {
          params: { path: { facilityId } },
          body: { polyclinic },
        }),
      ),
    outcome: async (id, status) =>
      unwrap(
        await client.POST('/api/sehat/staff/bookings/{id}/outcome', {
          params: { path: { id } },
          body: { status },
        }),
      ),
    requestTransport: async (body, key) =>
      unwrap(await client.POST('/api/sehat/transport', { body, params: header(key) })),
    myTransport: async () => unwrap(await client.GET('/api/sehat/transport/mine')),
    transport: async (id) =>
      unwrap(await client.GET('/api/sehat/transport/{id}', { params: { path: { id } } })),
    cancelTransport: async (id) =>
      unwrap(await client.POST('/api/sehat/transport/{id}/cancel', { params: { path: { id } } })),
    dispatchQueue: async () =>
      unwrap(await client.GET('/api/sehat/dispatch/requests', { params: { query: {} } })),
    assign: async (id, vehicleId) =>
      unwrap(
        await client.POST('/api/sehat/dispatch/requests/{id}/assign', {
          params: { path: { id } },
          body: present({ vehicleId }),
        }),
      ),
    setTransportStatus: async (id, status, reason) =>
      unwrap(
        await client.POST('/api/sehat/dispatch/requests/{id}/status', {
          params: { path: { id } },
          body: { status, ...(reason ? { reason } : {}) },
        }),
      ),
    vehicles: async () => unwrap(await client.GET('/api/sehat/dispatch/vehicles')),
    addVehicle: async (body) => unwrap(await client.POST('/api/sehat/dispatch/vehicles', { body })),
    ask: async (body, key) =>
      unwrap(await client.POST('/api/sehat/consultations', { body, params: header(key) })),
    myConsultations: async () => unwrap(await client.GET('/api/sehat/consultations/mine')),
    inbox: async () => unwrap(await client.GET('/api/sehat/consultations/inbox', { params: { query: {} } })),
    consultation: async (id) =>
      unwrap(await client.GET('/api/sehat/consultations/{id}', { params: { path: { id } } })),
    postMessage: async (id, body, close) =>
      unwrap(
        await client.POST('/api/sehat/consultations/{id}/messages', {
          params: { path: { id } },
          body: { body, close },
        }),
      ),
  };
}

let shared: SehatApi | undefined;

export function defaultSehatApi(): SehatApi {
  shared ??= sehatApi(
    createApiClient({
      baseUrl: '',
      getAccessToken: accessToken.get,
      getLanguage: () => document.documentElement.lang || 'id',
    }),
  );
  return shared;
}

export const SehatApiContext = createContext<SehatApi | null>(null);

export function useSehatApi(): SehatApi {
  return useContext(SehatApiContext) ?? defaultSehatApi();
}

/** A fresh Idempotency-Key for one form submission (kept across its retries). */
export function newKey(): string {
  return `sehat-${crypto.randomUUID()}`;
}
