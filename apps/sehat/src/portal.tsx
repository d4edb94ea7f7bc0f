import { Outlet, type RouteObject } from 'react-router';
import { type PortalConfig, RequireRole, caseFeatures } from '@layanan/ui';
import { SehatHome } from './features/SehatHome';
import './features/sehat.css';

const complaints = caseFeatures({ service: 'sehat', facilityField: true });

const residentOnly = (children: RouteObject[]): RouteObject => ({
  element: (
    <RequireRole roles={['resident']}>
      <Outlet />
    </RequireRole>
  ),
  children,
});

/** Every page loads only when opened (its own chunk). */
const routes: RouteObject[] = [
  {
    path: 'fasilitas',
    lazy: async () => ({ Component: (await import('./features/facilities/FacilitiesPage')).FacilitiesPage }),
  },
  {
    path: 'fasilitas/:id',
    lazy: async () => ({ Component: (await import('./features/facilities/FacilityPage')).FacilityPage }),
  },
  {
    path: 'layar/:facilityId',
    lazy: async () => ({ Component: (await import('./features/display/DisplayPage')).DisplayPage }),
  },
  residentOnly([
    {
      path: 'daftar-kunjungan',
      lazy: async () => ({ Component: (await import('./features/bookings/BookPage')).BookPage }),
    },
    {
      path: 'antrean-saya',
      lazy: async () => ({ Component: (await import('./features/bookings/MyBookingsPage')).MyBookingsPage }),
    },
    {
      path: 'transportasi',
      lazy: async () => ({
        Component: (await import('./features/transport/MyTransportPage')).MyTransportPage,
      }),
    },
    {
      path: 'transportasi/baru',
      lazy: async () => ({
        Component: (await import('./features/transport/TransportRequestPage')).TransportRequestPage,
      }),
    },
    {
      path: 'transportasi/:id',
      lazy: async () => ({
        Component: (await import('./features/transport/TransportStatusPage')).TransportStatusPage,
      }),
    },
    {
      path: 'konsultasi',
      lazy: async () => ({
        Component: (await import('./features/consultations/ConsultationsPage')).ConsultationsPage,
      }),
    },
    {
      path: 'konsultasi/:id',
      lazy: async () => ({
        Component: (await import('./features/consultations/ConsultationPage')).ConsultationPage,
      }),
    },
  ]),
  ...(complaints.routes ?? []),
];

const caseStaff = complaints.staffRoutes ?? [];
const staffRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./features/staff/StaffHome')).StaffHome }) },
  {
    path: 'antrean',
    lazy: async () => ({ Component: (await import('./features/staff/QueueStaffPage')).QueueStaffPage }),
  },
  {
    path: 'fasilitas',
    element: (
      <RequireRole roles={['regency_admin']}>
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./features/staff/FacilitiesAdminPage')).FacilitiesAdminPage,
        }),
      },
    ],
  },
  {
    path: 'dispatch',
    lazy: async () => ({ Component: (await import('./features/staff/DispatchPage')).DispatchPage }),
  },
  {
    path: 'konsultasi',
    lazy: async () => ({
      Component: (await import('./features/staff/ConsultationInboxPage')).ConsultationInboxPage,
    }),
  },
  {
    path: 'konsultasi/:id',
    lazy: async () => {
      const { ConsultationPage } = await import('./features/consultations/ConsultationPage');
      return { element: <ConsultationPage staff /> };
    },
  },
  // The case engine's staff queue of health complaints, and its case page.
  ...caseStaff.map((r) => (r.index ? { ...r, index: undefined, path: 'pengaduan' } : r)),
];

/** e-Sehat (health): facilities, puskesmas visits, health transport, consultations and complaints. */
export const portal: PortalConfig = {
  service: 'sehat',
  basename: '/sehat',
  staffRoles: ['health_staff', 'regency_admin'],
  home: <SehatHome complaints={complaints.home} />,
  nav: [
    { to: '/fasilitas', label: { id: 'Fasilitas', en: 'Facilities' } },
    { to: '/daftar-kunjungan', label: { id: 'Daftar kunjungan', en: 'Book a visit' }, roles: ['resident'] },
    { to: '/antrean-saya', label: { id: 'Antrean saya', en: 'My bookings' }, roles: ['resident'] },
    { to: '/transportasi', label: { id: 'Transportasi', en: 'Transport' }, roles: ['resident'] },
    { to: '/konsultasi', label: { id: 'Konsultasi', en: 'Consultations' }, roles: ['resident'] },
    ...(complaints.nav ?? []),
  ],
  routes,
  staffRoutes,
  // Sends the complaints kept on the phone while offline (packages/ui/src/cases/outbox.ts).
  background: complaints.background,
};
