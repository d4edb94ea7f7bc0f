import { accountPages, casePages, portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig(
  '/lorong/',
  {
    title: 'e-Lorong',
    colour: '#b45309',
    description: 'Lapor jalan dan jembatan rusak di Kabupaten Pamekasan',
  },
  { ...accountPages, ...casePages },
);
