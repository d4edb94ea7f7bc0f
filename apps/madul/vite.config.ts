import { accountPages, casePages, portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig(
  '/madul/',
  {
    title: 'e-Madul',
    colour: '#1d4ed8',
    description: 'Pengaduan langsung kepada Bupati Pamekasan',
  },
  { ...accountPages, ...casePages },
);
