import type { PortalConfig } from '@layanan/ui';

/** e-Babhar (pregnant mothers): mothers follow their pregnancy; midwives and health staff track them. */
export const portal: PortalConfig = {
  service: 'babhar',
  basename: '/babhar',
  staffRoles: ['health_staff', 'regency_admin'],
};
