import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The repository root (apps/bench/dist → ../../..). */
export const repoRoot = resolve(__dirname, '../../..');
export const benchDir = join(repoRoot, 'apps/bench');
export const gatewayDist = join(repoRoot, 'apps/gateway/dist');
export const gatewayMain = join(gatewayDist, 'main.js');
export const resultsDir = join(benchDir, 'results');
export const dataDir = join(benchDir, 'data');
export const profilesDir = join(benchDir, 'profiles');

/**
 * Loads a module of the built gateway (apps/gateway/dist), resolving its own
 * dependencies (typeorm, idn-area-data...) from the gateway's node_modules, so
 * the schema and the data are exactly the gateway's.
 */
export const gatewayRequire = createRequire(gatewayMain);
