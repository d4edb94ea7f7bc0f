import { createHash, randomUUID } from 'node:crypto';
import type { CaseService } from '@layanan/domain';
import type { BenchDb } from '../db/connection';
import { gatewayRequire } from '../paths';
import type { Random } from './random';

/**
 * The reference data every generated database holds: 12 agencies (the 8 of
 * the gateway's demo seed plus 4 more OPD of Pamekasan), the seed's case
 * categories plus one per extra agency, one officer per agency, a regency
 * admin, and residents. The bench signs in with the accounts of
 * `benchAccounts`.
 */
interface SeedCategory {
  service: CaseService;
  code: string;
  nameId: string;
  nameEn: string;
  agency: string;
  radius: number;
  attributes?: unknown[];
}

const extraAgencies = [
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah' },
  { code: 'DISPERKIM', name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman' },
  { code: 'DISDIK', name: 'Dinas Pendidikan' },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja' },
];

const extraCategories: SeedCategory[] = [
  {
    service: 'madul',
    code: 'bencana',
    nameId: 'Bencana dan darurat',
    nameEn: 'Disaster',
    agency: 'BPBD',
    radius: 200,
  },
  {
    service: 'lorong',
    code: 'fasilitas_umum',
    nameId: 'Fasilitas umum dan taman',
    nameEn: 'Public facilities and parks',
    agency: 'DISPERKIM',
    radius: 50,
  },
  {
    service: 'madul',
    code: 'sekolah',
    nameId: 'Layanan sekolah',
    nameEn: 'School services',
    agency: 'DISDIK',
    radius: 200,
  },
  {
    service: 'madul',
    code: 'ketertiban',
    nameId: 'Ketertiban umum',
    nameEn: 'Public order',
    agency: 'SATPOLPP',
    radius: 200,
  },
];

/** Accounts the benchmarks sign in with (local benchmark databases only). */
export const benchAccounts = {
  password: 'Bench12345',
  admin: 'bench_admin',
  /** Officers are `bench_<agency code in lower case>`. */
  officerOf: (agencyCode: string) => `bench_${agencyCode.toLowerCase()}`,
  /** The bidan (health staff) of a puskesmas: `bench_bidan_<kecamatan>`, e.g. `bench_bidan_kowel`. */
  bidanOf: (facilityCode: string) => `bench_bidan_${facilityCode.replace(/^PKM-/, '').toLowerCase()}`,
  /** The resident who files cases in the submission benchmark. */
  residentNik: '3528015506900007',
};

/** The key of personal data in bench databases; the gateway is started with the same key. */
export const benchDataKey = createHash('sha256').update('layanan-bench/data-key').digest('base64');

export interface AgencyRef {
  id: string;
  code: string;
  officerId: string;
}
export interface CategoryRef {
  id: string;
  service: CaseService;
  code: string;
  nameId: string;
  agencyId: string;
  attributes: unknown[];
}
export interface Reference {
  agencies: AgencyRef[];
  categories: CategoryRef[];
  adminId: string;
  /** Residents who file the generated cases (the first is the bench resident). */
  residentIds: string[];
}

export interface FieldCipher {
  encrypt(plain: string): string;
  hash(plain: string): string;
}

/** The gateway's own FieldCipher with the bench key: personal data stored exactly as the gateway stores it. */
export function gatewayCipher(): FieldCipher {
  const { FieldCipher } = gatewayRequire('./common/crypto/field-cipher') as {
    FieldCipher: new (config: { dataKey: Buffer }) => FieldCipher;
  };
  return new FieldCipher({ dataKey: Buffer.from(benchDataKey, 'base64') });
}

const userColumns = [
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
] as const;

export async function insertReference(db: BenchDb, random: Random, residents: number): Promise<Reference> {
  const seed = gatewayRequire('./database/seed/demo-data') as {
    demoAgencies: readonly { code: string; name: string }[];
    demoCategories: SeedCategory[];
  };
  const now = new Date();
  const agencies = [...seed.demoAgencies, ...extraAgencies].map((a) => ({
    ...a,
    id: randomUUID(),
    officerId: randomUUID(),
  }));
  await db.insert(
    'agencies',
    ['id', 'code', 'name', 'head_user_id', 'active', 'created_at'],
    agencies.map((a) => [a.id, a.code, a.name, null, true, now]),
  );
  const agencyId = new Map(agencies.map((a) => [a.code, a.id]));
  const categories: CategoryRef[] = [...seed.demoCategories, ...extraCategories].map((c) => ({
    id: randomUUID(),
    service: c.service,
    code: c.code,
    nameId: c.nameId,
    agencyId: agencyId.get(c.agency)!,
    attributes: c.attributes ?? [],
  }));
  const radius = new Map([...seed.demoCategories, ...extraCategories].map((c) => [c.code, c.radius]));
  const names = new Map([...seed.demoCategories, ...extraCategories].map((c) => [c.code, c.nameEn]));
  await db.insert(
    'categories',
    [
      'id',
      'service',
      'code',
      'name_id',
      'name_en',
      'default_agency_id',
      'duplicate_radius_m',
      'attributes',
      'sla',
      'active',
      'created_at',
    ],
    categories.map((c) => [
      c.id,
      c.service,
      c.code,
      c.nameId,
      names.get(c.code),
      c.agencyId,
      radius.get(c.code),
      JSON.stringify(c.attributes),
      '{}',
      true,
      now,
    ]),
  );

  // One password hash for every bench account (argon2 is slow on purpose), made by the gateway's own function.
  const { hashPassword } = gatewayRequire('@layanan/auth/server') as {
    hashPassword(password: string): Promise<string>;
  };
  const passwordHash = await hashPassword(benchAccounts.password);
  const cipher = gatewayCipher();
  const adminId = randomUUID();
  const staff = [
    [
      adminId,
      'regency_admin',
      benchAccounts.admin,
      null,
      null,
      null,
      'Admin Bench',
      passwordHash,
      null,
      null,
      now,
      0,
    ],
    ...agencies.map((a) => [
      a.officerId,
      'officer',
      benchAccounts.officerOf(a.code),
      null,
      null,
      null,
      `Petugas ${a.code}`,
      passwordHash,
      a.id,
      null,
      now,
      0,
    ]),
  ];
  await db.insert('users', userColumns, staff);
  // Residents: the bench resident has a NIK (encrypted and hashed with the gateway's FieldCipher, to sign in);
  // the others leave the nullable personal columns empty.
  const residentIds = Array.from({ length: Math.max(1, residents) }, () => randomUUID());
  const rows = residentIds.map((id, i) => [
    id,
    'resident',
    null,
    i === 0 ? cipher.hash(benchAccounts.residentNik) : null,
    i === 0 ? cipher.encrypt(benchAccounts.residentNik) : null,
    null,
    `Warga ${i + 1}`,
    passwordHash,
    null,
    null,
    random.chance(0.3) ? now : null,
    0,
  ]);
  for (let i = 0; i < rows.length; i += 5000) await db.insert('users', userColumns, rows.slice(i, i + 5000));
  return {
    agencies: agencies.map((a) => ({ id: a.id, code: a.code, officerId: a.officerId })),
    categories,
    adminId,
    residentIds,
  };
}
