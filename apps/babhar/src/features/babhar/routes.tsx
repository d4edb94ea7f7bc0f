import { Outlet, type RouteObject } from 'react-router';
import { RequireRole } from '@layanan/ui';
import './babhar.css';

/** Every page loads only when opened (its own chunk). */
export const babharRoutes: RouteObject[] = [
  {
    path: 'kehamilan-saya',
    element: (
      <RequireRole roles={['resident']}>
        <Outlet />
      </RequireRole>
    ),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./resident/MyPregnancyPage')).MyPregnancyPage }),
      },
    ],
  },
];

export const babharStaffRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./staff/WorklistPage')).WorklistPage }) },
  {
    path: 'daftar',
    lazy: async () => ({ Component: (await import('./staff/RegisterMotherPage')).RegisterMotherPage }),
  },
  {
    path: 'kehamilan/:id',
    lazy: async () => ({ Component: (await import('./staff/PregnancyPage')).PregnancyPage }),
  },
  {
    path: 'kehamilan/:id/kunjungan',
    lazy: async () => ({ Component: (await import('./staff/ContactFormPage')).ContactFormPage }),
  },
  {
    path: 'kehamilan/:id/kspr',
    lazy: async () => ({ Component: (await import('./staff/KsprPage')).KsprPage }),
  },
  {
    path: 'kehamilan/:id/p4k',
    lazy: async () => ({ Component: (await import('./staff/BirthPlanPage')).BirthPlanPage }),
  },
  {
    path: 'kehamilan/:id/rujukan',
    lazy: async () => ({ Component: (await import('./staff/ReferralPage')).ReferralPage }),
  },
  {
    path: 'kehamilan/:id/persalinan',
    lazy: async () => ({ Component: (await import('./staff/OutcomePage')).OutcomePage }),
  },
  {
    path: 'kehamilan/:id/nifas',
    lazy: async () => ({ Component: (await import('./staff/PostpartumPage')).PostpartumPage }),
  },
  { path: 'kohort', lazy: async () => ({ Component: (await import('./staff/KohortPage')).KohortPage }) },
  { path: 'pws-kia', lazy: async () => ({ Component: (await import('./staff/PwsKiaPage')).PwsKiaPage }) },
];
