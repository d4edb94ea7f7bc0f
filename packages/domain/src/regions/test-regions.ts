import { dirname, join } from 'node:path';
import { loadRegionIndex } from './load-node.js';

/** The real idn-area-data index with Pamekasan's villages, for tests. */
export function pamekasanRegions() {
  return loadRegionIndex({
    dataDir: join(dirname(require.resolve('idn-area-data/package.json')), 'data'),
    villagesOf: ['35.28'],
  });
}
