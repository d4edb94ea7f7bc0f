import { Link } from 'react-router';
import { type PortalConfig, caseFeatures, useT } from '@layanan/ui';
import { L } from './text';

const caseStaffPages = caseFeatures({ service: 'madul' }).staffRoutes ?? [];

/** The back office's entry points on its home page. */
function AdminHome() {
  const t = useT();
  const links = [
    { to: '/dasbor', label: L.dashboard },
    { to: '/liga', label: L.league },
    { to: '/kia', label: L.maternal },
    { to: '/laporan', label: L.report },
    { to: '/kelola', label: L.manage },
  ];
  return (
    <ul className="admin-home">
      {links.map((l) => (
        <li key={l.to}>
          <Link className="button" to={l.to}>
            {t.pick(l.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Admin (regency back office): every page requires the regency admin role. */
export const portal: PortalConfig = {
  service: 'admin',
  basename: '/admin',
  staffRoles: ['regency_admin'],
  restricted: true,
  home: <AdminHome />,
  nav: [
    { to: '/dasbor', label: L.dashboard },
    { to: '/liga', label: L.league },
    { to: '/kia', label: L.maternal },
    { to: '/kelola', label: L.manage },
  ],
  routes: [
    {
      path: 'dasbor',
      lazy: async () => ({ Component: (await import('./features/dashboard/DashboardPage')).DashboardPage }),
    },
    {
      path: 'liga',
      lazy: async () => ({ Component: (await import('./features/league/LeaguePage')).LeaguePage }),
    },
    {
      path: 'liga/:agencyId',
      lazy: async () => ({ Component: (await import('./features/league/OfficersPage')).OfficersPage }),
    },
    {
      path: 'kia',
      lazy: async () => ({ Component: (await import('./features/maternal/MaternalPage')).MaternalPage }),
    },
    {
      path: 'kia/ibu',
      lazy: async () => ({
        Component: (await import('./features/maternal/MaternalMothersPage')).MaternalMothersPage,
      }),
    },
    {
      path: 'kasus',
      lazy: async () => ({ Component: (await import('./features/cases/AdminCasesPage')).AdminCasesPage }),
    },
    {
      path: 'kelola',
      lazy: async () => ({ Component: (await import('./features/manage/ManagePage')).ManagePage }),
    },
    {
      path: 'laporan',
      lazy: async () => ({
        Component: (await import('./features/report/MonthlyReportPage')).MonthlyReportPage,
      }),
    },
  ],
  // The case page (and its officer actions) of the case engine, opened from every list.
  staffRoutes: caseStaffPages.filter((route) => route.path === 'kasus/:code'),
};
