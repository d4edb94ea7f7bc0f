import { createContext } from 'react';
import type { CasesApi } from './api.js';

/**
 * The case calls the pages use. Left empty in production (the pages then
 * build the default client on first use, in their own lazily loaded chunk);
 * tests and stories put a fake here.
 */
export const CasesApiContext = createContext<CasesApi | null>(null);
