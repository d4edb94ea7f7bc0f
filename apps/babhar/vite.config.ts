import { accountPages, portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig(
  '/babhar/',
  {
    title: 'e-Babhar',
    colour: '#be185d',
    description: 'Pendampingan ibu hamil di Kabupaten Pamekasan',
  },
  {
    ...accountPages,
    'kehamilan-saya': 'apps/babhar/src/features/babhar/resident/MyPregnancyPage.tsx',
  },
);
