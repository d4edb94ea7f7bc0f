import { randomUUID } from 'node:crypto';
import { gatewayRequire } from '../paths';
import { benchAccounts, gatewayCipher } from './reference';
import type { GenerationContext, ServiceGenerator } from './registry';

/** The 13 kecamatan of Pamekasan with a puskesmas each (the demo seed's five keep their codes and places). */
const kecamatan: [code: string, name: string][] = [
  ['35.28.01', 'Tlanakan'],
  ['35.28.02', 'Pademawu'],
  ['35.28.03', 'Galis'],
  ['35.28.04', 'Kowel'],
  ['35.28.05', 'Proppo'],
  ['35.28.06', 'Palengaan'],
  ['35.28.07', 'Pegantenan'],
  ['35.28.08', 'Larangan'],
  ['35.28.09', 'Pakong'],
  ['35.28.10', 'Waru'],
  ['35.28.11', 'Batumarmar'],
  ['35.28.12', 'Kadur'],
  ['35.28.13', 'Pasean'],
];

interface SeedFacility {
  code: string;
  kind: string;
  name: string;
  districtCode: string;
  lat: number;
  lng: number;
  polyclinics: readonly string[];
  services: readonly string[];
  openingHours: readonly unknown[];
  bookable: boolean;
  serviceStartsAt: string;
  minutesPerPatient: number;
  dispatchCentre: boolean;
}

export interface FacilityRef {
  id: string;
  code: string;
  districtCode: string;
  polyclinics: string[];
  bidanId: string;
  lat: number;
  lng: number;
}

/** The facility whose bidan the bench signs in as: the town's puskesmas, the busiest. */
export const benchPuskesmasCode = 'PKM-KOWEL';

/** Daily quota per polyclinic (what staff would set): general care gets the most. */
const dailyQuota: Record<string, number> = { umum: 40, gigi: 15, kia_kb: 25, lansia: 20, anak: 20, gizi: 10 };

const facilityColumns = [
  'id',
  'code',
  'kind',
  'name',
  'district_code',
  'village_code',
  'address',
  'lat',
  'lng',
  'phone',
  'polyclinics',
  'services',
  'opening_hours',
  'bookable',
  'service_starts_at',
  'minutes_per_patient',
  'dispatch_centre',
  'active',
  'created_at',
  'updated_at',
] as const;

/** Reads the generated puskesmas back (for the services that need them). */
export async function loadPuskesmas(ctx: GenerationContext): Promise<FacilityRef[]> {
  const rows = await ctx.db.query<{
    id: string;
    code: string;
    district_code: string;
    polyclinics: string;
    lat: number;
    lng: number;
    bidan_id: string;
  }>(
    `SELECT f.id, f.code, f.district_code, f.polyclinics, f.lat, f.lng, u.id AS bidan_id
       FROM facilities f JOIN users u ON u.facility_id = f.id AND u.role = 'health_staff'
      WHERE f.kind = 'puskesmas' ORDER BY f.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    districtCode: r.district_code,
    polyclinics: JSON.parse(r.polyclinics) as string[],
    bidanId: r.bidan_id,
    lat: Number(r.lat),
    lng: Number(r.lng),
  }));
}

/**
 * Health facilities: one puskesmas per kecamatan (the demo seed's five as
 * seeded, the other eight alike), the RSUD as the Pamekasan Call Care
 * dispatch centre, the polyclinics' daily quotas, a few ambulances, and one
 * bidan account per puskesmas (`bench_bidan_<kecamatan>`).
 */
export const facilitiesGenerator: ServiceGenerator = {
  name: 'facilities',
  tables: ['facilities', 'polyclinic_quotas', 'transport_vehicles'],
  async generate(ctx) {
    const { db, random } = ctx;
    const seed = gatewayRequire('./database/seed/demo-data') as { demoFacilities: readonly SeedFacility[] };
    const template = seed.demoFacilities.find((f) => f.kind === 'puskesmas')!;
    const rsud = seed.demoFacilities.find((f) => f.dispatchCentre)!;
    const facilities: SeedFacility[] = kecamatan.map(([districtCode, name]) => {
      const demo = seed.demoFacilities.find((f) => f.kind === 'puskesmas' && f.districtCode === districtCode);
      if (demo) return demo;
      const point = ctx.places.pointNear(random, districtCode);
      return {
        ...template,
        code: `PKM-${name.toUpperCase()}`,
        name: `Puskesmas ${name}`,
        districtCode,
        lat: point.lat,
        lng: point.lng,
      };
    });
    facilities.push(rsud);
    const now = ctx.now;
    const ids = facilities.map(() => randomUUID());
    await db.insert(
      'facilities',
      facilityColumns,
      facilities.map((f, i) => [
        ids[i],
        f.code,
        f.kind,
        f.name,
        f.districtCode,
        null,
        `${f.name}, Pamekasan`,
        f.lat,
        f.lng,
        null,
        JSON.stringify(f.polyclinics),
        JSON.stringify(f.services),
        JSON.stringify(f.openingHours),
        f.bookable,
        f.serviceStartsAt,
        f.minutesPerPatient,
        f.dispatchCentre,
        true,
        now,
        now,
      ]),
    );
    const quotas = facilities.flatMap((f, i) => f.polyclinics.map((p) => [ids[i], p, dailyQuota[p] ?? 20]));
    await db.insert('polyclinic_quotas', ['facility_id', 'polyclinic', 'daily_quota'], quotas);

    // One bidan per puskesmas (health staff of that facility), and a dispatcher at the RSUD.
    const { hashPassword } = gatewayRequire('@layanan/auth/server') as {
      hashPassword(password: string): Promise<string>;
    };
    const passwordHash = await hashPassword(benchAccounts.password);
    const staff = facilities.map((f, i) => [
      randomUUID(),
      'health_staff',
      f.dispatchCentre ? 'bench_dispatch' : benchAccounts.bidanOf(f.code),
      null,
      null,
      null,
      f.dispatchCentre ? 'Petugas Call Care' : `Bidan ${f.name.replace('Puskesmas ', '')}`,
      passwordHash,
      null,
      ids[i],
      now,
      0,
    ]);
    await db.insert(
      'users',
      [
        'id',
        'role',
        'username',
        'nik_hash',
        'nik_enc',
        'phone_enc',
        'full_name',
        'password_hash',
        'agency_id',
        'facility_id',
        'verified_at',
        'failed_logins',
      ],
      staff,
    );

    // Ambulances of the desa (Pamekasan Call Care), available at their base.
    const cipher = gatewayCipher();
    const vehicles = kecamatan.map(([districtCode, name], i) => {
      const village = ctx.places.villages.find((v) => v.districtCode === districtCode)!;
      const point = ctx.places.pointNear(random, districtCode);
      return [
        randomUUID(),
        `M ${1100 + i} PK`,
        `Ambulans desa ${name}`,
        village.code,
        point.lat,
        point.lng,
        'available',
        null,
        cipher.encrypt(`0812${String(3000000 + i).padStart(8, '0')}`),
        now,
        now,
      ];
    });
    await db.insert(
      'transport_vehicles',
      [
        'id',
        'plate',
        'label',
        'village_code',
        'lat',
        'lng',
        'state',
        'current_request_id',
        'driver_phone_enc',
        'created_at',
        'updated_at',
      ],
      vehicles,
    );
    return { facilities: facilities.length, transport_vehicles: vehicles.length, health_staff: staff.length };
  },
};
