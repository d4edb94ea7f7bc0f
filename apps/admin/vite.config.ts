import { accountPages, portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig(
  '/admin/',
  {
    title: 'Admin',
    colour: '#334155',
    description: 'Kantor belakang layanan Kabupaten Pamekasan',
  },
  {
    masuk: accountPages.masuk,
    akun: accountPages.akun,
    dasbor: 'apps/admin/src/features/dashboard/DashboardPage.tsx',
    kasus: 'apps/admin/src/features/cases/AdminCasesPage.tsx',
  },
);
