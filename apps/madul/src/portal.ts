import { type PortalConfig, caseFeatures } from '@layanan/ui';

/** e-Madul (complaints to the Bupati): residents file complaints; agency officers answer them. */
export const portal: PortalConfig = {
  service: 'madul',
  basename: '/madul',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'madul' }),
};
