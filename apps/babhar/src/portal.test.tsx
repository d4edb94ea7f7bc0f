import { describePortal } from '@layanan/ui/testing';
import { portal } from './portal';

describePortal(portal, {
  title: 'e-Babhar',
  staffAllowed: ['health_staff', 'regency_admin'],
  staffRefused: ['resident', 'officer'],
});
