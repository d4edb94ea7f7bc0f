import type { PortalConfig } from '@layanan/ui';
import { BabharHome } from './features/babhar/BabharHome';
import { babharRoutes, babharStaffRoutes } from './features/babhar/routes';

/** e-Babhar (pregnant mothers): mothers follow their pregnancy; midwives and health staff track them. */
export const portal: PortalConfig = {
  service: 'babhar',
  basename: '/babhar',
  staffRoles: ['health_staff', 'regency_admin'],
  home: <BabharHome />,
  nav: [{ to: '/kehamilan-saya', label: { id: 'Kehamilan saya', en: 'My pregnancy' }, roles: ['resident'] }],
  routes: babharRoutes,
  staffRoutes: babharStaffRoutes,
};
