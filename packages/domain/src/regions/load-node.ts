/**
 * Node-only loader: reads idn-area-data's CSV files (the package's data, not a
 * hand-typed list) into a RegionIndex. All provinces, regencies and districts
 * are kept (NIK checks need every district); villages only for the regencies
 * asked for, to keep memory small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegionIndex, villageKind } from './region-index.js';

/** Rows of a CSV whose names never contain commas (idn-area-data's shape). */
function rows(dataDir: string, file: string): string[][] {
  const text = readFileSync(join(dataDir, file), 'utf8');
  const lines = text.split(/\r?\n/).filter(Boolean);
  lines.shift(); // header
  return lines.map((line) => {
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
  });
}

export interface LoadRegionsOptions {
  /**
   * idn-area-data's `data` folder. The caller resolves it
   * (`dirname(require.resolve('idn-area-data/package.json'))/data`): the ESM
   * build and the jest transform disagree on import.meta, so this module
   * cannot find it by itself.
   */
  dataDir: string;
  /** Regencies whose villages are loaded, e.g. ["35.28"]. */
  villagesOf: string[];
}

export function loadRegionIndex({ dataDir, villagesOf }: LoadRegionsOptions): RegionIndex {
  const provinces = readFileSync(join(dataDir, 'provinces.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const comma = line.indexOf(',');
      return { code: line.slice(0, comma), name: line.slice(comma + 1) };
    });
  const regencies = rows(dataDir, 'regencies.csv').map(([code, provinceCode, name]) => ({
    code,
    provinceCode,
    name,
  }));
  const districts = rows(dataDir, 'districts.csv').map(([code, regencyCode, name]) => ({
    code,
    regencyCode,
    name,
  }));
  const prefixes = villagesOf.map((r) => `${r}.`);
  const villages = rows(dataDir, 'villages.csv')
    .filter(([code]) => prefixes.some((p) => code.startsWith(p)))
    .map(([code, districtCode, name]) => ({ code, districtCode, name, kind: villageKind(code) }));
  return new RegionIndex({ provinces, regencies, districts, villages });
}
