import { describePortal } from '@layanan/ui/testing';
import { portal } from './portal';

describePortal(portal, {
  title: 'e-Lorong',
  staffAllowed: ['officer', 'regency_admin'],
  staffRefused: ['resident', 'health_staff'],
});
