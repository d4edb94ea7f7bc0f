import type { PortalConfig } from '@layanan/ui';

/** e-Sehat (health): puskesmas visits, health transport and complaints; health staff run the services. */
export const portal: PortalConfig = {
  service: 'sehat',
  basename: '/sehat',
  staffRoles: ['health_staff', 'regency_admin'],
};
