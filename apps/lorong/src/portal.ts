import { type PortalConfig, caseFeatures } from '@layanan/ui';

/** e-Lorong (roads): residents report damaged roads and bridges; agency officers handle the reports. */
export const portal: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};
