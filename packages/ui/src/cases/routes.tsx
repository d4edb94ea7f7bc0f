import { Outlet } from 'react-router';
import type { CaseService } from '@layanan/domain';
import { RequireRole } from '../auth/RequireRole.js';
import type { PortalConfig } from '../portal/config.js';
import { CaseHome } from './CaseHome.js';
import { OutboxSender } from './OutboxSender.js';

export interface CaseServiceOptions {
  service: CaseService;
  /** e-Lorong: road status and severity on the form, and the note on national and provincial roads. */
  roadFields?: boolean;
  /** e-Sehat complaints: the resident may name the health facility concerned. */
  facilityField?: boolean;
}

/**
 * The case pages of a service, ready to spread into a portal's config:
 * `/lapor`, `/kasus`, `/kasus/:code`, `/saya`, `/staf` (queue) and
 * `/staf/kasus/:code`, their menu links and the home page's part. Every page
 * loads only when opened (its own chunk; the map in a further one).
 */
export function caseFeatures(
  options: CaseServiceOptions,
): Pick<PortalConfig, 'routes' | 'nav' | 'staffRoutes' | 'home' | 'background'> {
  const { service, roadFields = false, facilityField = false } = options;
  return {
    home: <CaseHome roadFields={roadFields} />,
    background: <OutboxSender service={service} />,
    nav: [
      { to: '/lapor', label: { id: 'Lapor', en: 'Report' } },
      { to: '/kasus', label: { id: 'Laporan warga', en: 'Residents’ reports' } },
      { to: '/saya', label: { id: 'Laporan saya', en: 'My reports' }, roles: ['resident'] },
    ],
    routes: [
      {
        path: 'lapor',
        element: (
          <RequireRole roles={['resident']}>
            <Outlet />
          </RequireRole>
        ),
        children: [
          {
            index: true,
            lazy: async () => {
              const { ReportPage } = await import('./ReportPage.js');
              return {
                element: (
                  <ReportPage service={service} roadFields={roadFields} facilityField={facilityField} />
                ),
              };
            },
          },
        ],
      },
      {
        path: 'saya',
        element: (
          <RequireRole roles={['resident']}>
            <Outlet />
          </RequireRole>
        ),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./MyCasesPage.js')).MyCasesPage }) },
        ],
      },
      {
        path: 'kasus',
        lazy: async () => {
          const { CaseListPage } = await import('./CaseListPage.js');
          return { element: <CaseListPage service={service} /> };
        },
      },
      { path: 'kasus/:code', lazy: async () => ({ Component: (await import('./CasePage.js')).CasePage }) },
    ],
    staffRoutes: [
      {
        index: true,
        lazy: async () => {
          const { StaffQueuePage } = await import('./StaffQueuePage.js');
          return { element: <StaffQueuePage service={service} /> };
        },
      },
      {
        path: 'kasus/:code',
        lazy: async () => ({ Component: (await import('./StaffCasePage.js')).StaffCasePage }),
      },
    ],
  };
}
