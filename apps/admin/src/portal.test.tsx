import { describePortal } from '@layanan/ui/testing';
import { portal } from './portal';

describePortal(portal, {
  title: 'Admin',
  staffAllowed: ['regency_admin'],
  staffRefused: ['resident', 'officer', 'health_staff'],
  restricted: true,
});
