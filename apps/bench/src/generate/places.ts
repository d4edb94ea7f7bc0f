import { dirname, join } from 'node:path';
import { type Village } from '@layanan/domain';
import { loadRegionIndex } from '@layanan/domain/regions-node';
import { gatewayRequire } from '../paths';
import type { Random } from './random';

/** The regency the gateway serves by default (its REGENCY_CODE). */
export const regencyCode = '35.28';

/**
 * Approximate centres of the 13 kecamatan of Pamekasan (idn-area-data has
 * names and codes but no coordinates). Points are scattered around them, so
 * the map box and the duplicate search see a realistic density.
 */
const districtCentres: Record<string, [number, number]> = {
  '35.28.01': [-7.215, 113.44], // Tlanakan
  '35.28.02': [-7.19, 113.52], // Pademawu
  '35.28.03': [-7.175, 113.56], // Galis
  '35.28.04': [-7.158, 113.478], // Pamekasan (town)
  '35.28.05': [-7.14, 113.42], // Proppo
  '35.28.06': [-7.1, 113.43], // Palengaan
  '35.28.07': [-7.07, 113.5], // Pegantenan
  '35.28.08': [-7.14, 113.585], // Larangan
  '35.28.09': [-7.03, 113.53], // Pakong
  '35.28.10': [-6.99, 113.58], // Waru
  '35.28.11': [-6.93, 113.47], // Batumarmar
  '35.28.12': [-7.07, 113.57], // Kadur
  '35.28.13': [-6.91, 113.58], // Pasean
};

export interface Places {
  villages: Village[];
  /** Town villages weigh more: most reports come from where most people live. */
  pickVillage(random: Random): Village;
  pointNear(random: Random, districtCode: string): { lat: number; lng: number };
}

export function loadPlaces(): Places {
  const index = loadRegionIndex({
    dataDir: join(dirname(gatewayRequire.resolve('idn-area-data/package.json')), 'data'),
    villagesOf: [regencyCode],
  });
  const villages = index.villagesOfRegency(regencyCode);
  if (!villages.length) throw new Error(`No villages for regency ${regencyCode} in idn-area-data`);
  const weighted = villages.map((v) => [v, v.districtCode === '35.28.04' ? 3 : 1] as const);
  return {
    villages,
    pickVillage: (random) => random.weighted(weighted),
    pointNear(random, districtCode) {
      const [lat, lng] = districtCentres[districtCode] ?? districtCentres['35.28.04'];
      // About 2 km of spread (1° ≈ 111 km).
      return {
        lat: Math.round((lat + random.normal() * 0.018) * 1e6) / 1e6,
        lng: Math.round((lng + random.normal() * 0.018) * 1e6) / 1e6,
      };
    },
  };
}
