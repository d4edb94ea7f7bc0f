import { createPortal } from '@layanan/ui';
import { portal } from './portal';

createPortal(portal);
