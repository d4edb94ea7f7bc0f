import type { PortalConfig } from '@layanan/ui';

/** e-Lorong (roads): residents report damaged roads and bridges; agency officers handle the reports. */
export const portal: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
};
