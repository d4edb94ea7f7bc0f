import { z } from 'zod';
import type { NikRegionLookup } from '../nik/nik.js';

/** Region records as idn-area-data publishes them (dotted codes). */
export interface Province {
  code: string; // "35"
  name: string;
}
export interface Regency {
  code: string; // "35.28"
  provinceCode: string;
  name: string;
}
export interface District {
  code: string; // "35.28.01"
  regencyCode: string;
  name: string;
}
export interface Village {
  code: string; // "35.28.01.2001"
  districtCode: string;
  name: string;
  /** Kemendagri codes: 1xxx kelurahan, 2xxx desa. */
  kind: 'kelurahan' | 'desa';
}

export interface RegionData {
  provinces: Province[];
  regencies: Regency[];
  districts: District[];
  villages: Village[];
}

export const regencyCodeSchema = z.string().regex(/^\d{2}\.\d{2}$/);
export const districtCodeSchema = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/);
export const villageCodeSchema = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);

export function villageKind(code: string): Village['kind'] {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/** In-memory lookups over region data; pure, no I/O. */
export class RegionIndex implements NikRegionLookup {
  private readonly provinces = new Map<string, Province>();
  private readonly regencies = new Map<string, Regency>();
  private readonly districts = new Map<string, District>();
  private readonly villages = new Map<string, Village>();
  private readonly districtsByRegency = new Map<string, District[]>();
  private readonly villagesByDistrict = new Map<string, Village[]>();

  constructor(data: RegionData) {
    for (const p of data.provinces) this.provinces.set(p.code, p);
    for (const r of data.regencies) this.regencies.set(r.code, r);
    for (const d of data.districts) {
      this.districts.set(d.code, d);
      push(this.districtsByRegency, d.regencyCode, d);
    }
    for (const v of data.villages) {
      this.villages.set(v.code, v);
      push(this.villagesByDistrict, v.districtCode, v);
    }
  }

  hasDistrict(code6: string): boolean {
    return this.districts.has(`${code6.slice(0, 2)}.${code6.slice(2, 4)}.${code6.slice(4, 6)}`);
  }

  province(code: string): Province | undefined {
    return this.provinces.get(code);
  }
  regency(code: string): Regency | undefined {
    return this.regencies.get(code);
  }
  district(code: string): District | undefined {
    return this.districts.get(code);
  }
  village(code: string): Village | undefined {
    return this.villages.get(code);
  }

  /** Kecamatan of a regency, in code order. */
  districtsOf(regencyCode: string): District[] {
    return [...(this.districtsByRegency.get(regencyCode) ?? [])].sort(byCode);
  }

  /** Desa and kelurahan of a kecamatan, in code order. */
  villagesOf(districtCode: string): Village[] {
    return [...(this.villagesByDistrict.get(districtCode) ?? [])].sort(byCode);
  }

  /** Every desa and kelurahan of a regency. */
  villagesOfRegency(regencyCode: string): Village[] {
    return this.districtsOf(regencyCode).flatMap((d) => this.villagesOf(d.code));
  }

  /** True when the village lies in the given regency. */
  isInRegency(villageCode: string, regencyCode: string): boolean {
    return this.villages.get(villageCode)?.districtCode.startsWith(`${regencyCode}.`) ?? false;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byCode(a: { code: string }, b: { code: string }) {
  return a.code.localeCompare(b.code);
}

/** What the regions API returns. */
export const districtViewSchema = z.object({ code: z.string(), regencyCode: z.string(), name: z.string() });
export const villageViewSchema = z.object({
  code: z.string(),
  districtCode: z.string(),
  name: z.string(),
  kind: z.enum(['kelurahan', 'desa']),
});
export const regencyViewSchema = z.object({
  code: z.string(),
  provinceCode: z.string(),
  name: z.string(),
  province: z.string(),
});
