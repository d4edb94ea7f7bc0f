import type { PortalConfig } from '@layanan/ui';

/** Admin (regency back office): every page requires the regency admin role. */
export const portal: PortalConfig = {
  service: 'admin',
  basename: '/admin',
  staffRoles: ['regency_admin'],
  restricted: true,
};
