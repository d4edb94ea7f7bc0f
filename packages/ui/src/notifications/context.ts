import { createContext } from 'react';
import type { NotificationsApi } from './api.js';

/** The inbox calls; empty in production (the bell builds the gateway client), a fake in tests. */
export const NotificationsApiContext = createContext<NotificationsApi | null>(null);
