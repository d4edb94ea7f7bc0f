import { accountPages, casePages, portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig(
  '/sehat/',
  {
    title: 'e-Sehat',
    colour: '#047857',
    description: 'Layanan kesehatan warga Kabupaten Pamekasan',
  },
  { ...accountPages, ...casePages },
);
