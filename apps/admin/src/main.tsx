import { createPortal } from '@layanan/ui';
import './admin.css';
import { portal } from './portal';

createPortal(portal);
