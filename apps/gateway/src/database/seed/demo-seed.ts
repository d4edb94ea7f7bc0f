import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@layanan/auth/server';
import type { FieldCipher } from '../../common/crypto/field-cipher';
import { Agency } from '../../modules/cases/entities/agency.entity';
import { Category } from '../../modules/cases/entities/category.entity';
import { User } from '../../modules/identity/entities/user.entity';
import { insertOpen311Client } from '../../modules/open311/open311-clients.service';
import { Facility } from '../../modules/sehat/entities/facility.entity';
import { seedDemoCases } from './demo-cases';
import { demoAccounts, demoAgencies, demoCategories, demoFacilities, demoResident } from './demo-data';

/** Advisory lock key held while seeding ("seed" in ASCII). */
const SEED_LOCK = 0x73656564;

export interface SeedReport {
  seeded: boolean;
  accounts: { role: string; login: string; password: string }[];
  /** The API key of the Open311 client named demo, when one was asked for. */
  open311ApiKey?: string;
}

/**
 * Seeds the demo data once: it runs only when there are no agencies yet, in one
 * transaction, so a restart or a second replica never seeds twice.
 */
export interface SeedOptions {
  /** Desa of the regency, for the demo cases; without them no demo cases are made. */
  villages?: { code: string; districtCode: string }[];
  /** API key of an Open311 client named demo (OPEN311_DEMO_API_KEY); without it no client is made. */
  open311DemoApiKey?: string;
}

export async function seedDemo(
  dataSource: DataSource,
  cipher: FieldCipher,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const accounts = [
    ...demoAccounts.map((a) => ({ role: a.role, login: a.username, password: a.password })),
    { role: 'resident', login: demoResident.nik, password: demoResident.password },
  ];
  const seeded = await dataSource.transaction(async (tx) => {
    // Replicas starting together: the second waits here, then finds the data seeded.
    if (dataSource.options.type === 'postgres')
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if ((await tx.getRepository(Agency).count()) > 0) return false;
    const agencyIds = new Map<string, string>();
    for (const agency of demoAgencies) {
      const id = randomUUID();
      agencyIds.set(agency.code, id);
      await tx
        .getRepository(Agency)
        .insert({ id, code: agency.code, name: agency.name, headUserId: null, active: true });
    }
    for (const c of demoCategories) {
      await tx.getRepository(Category).insert({
        id: randomUUID(),
        service: c.service,
        code: c.code,
        nameId: c.nameId,
        nameEn: c.nameEn,
        defaultAgencyId: agencyIds.get(c.agency)!,
        duplicateRadiusM: c.radius,
        attributes: JSON.stringify(c.attributes ?? []),
        sla: '{}',
        mix: c.mix ?? null,
        active: true,
      });
    }
    const facilityIds = new Map<string, string>();
    for (const f of demoFacilities) {
      const id = randomUUID();
      facilityIds.set(f.code, id);
      await tx.getRepository(Facility).insert({
        id,
        ...f,
        polyclinics: JSON.stringify(f.polyclinics),
        services: JSON.stringify(f.services),
        openingHours: JSON.stringify(f.openingHours),
        villageCode: null,
        address: null,
        phone: null,
        active: true,
      });
    }
    const users = tx.getRepository(User);
    const base = {
      nikHash: null,
      nikEnc: null,
      phoneEnc: null,
      verifiedBy: null,
      failedLogins: 0,
      lockedUntil: null,
      disabledAt: null,
    };
    for (const a of demoAccounts) {
      await users.insert({
        ...base,
        id: randomUUID(),
        role: a.role,
        username: a.username,
        fullName: a.fullName,
        passwordHash: await hashPassword(a.password),
        agencyId: 'agency' in a ? agencyIds.get(a.agency)! : null,
        facilityId: 'facility' in a ? facilityIds.get(a.facility)! : null,
        verifiedAt: new Date(),
      });
    }
    const residentId = randomUUID();
    await users.insert({
      ...base,
      id: residentId,
      role: 'resident',
      username: null,
      nikHash: cipher.hash(demoResident.nik),
      nikEnc: cipher.encrypt(demoResident.nik),
      phoneEnc: cipher.encrypt(demoResident.phone),
      fullName: demoResident.fullName,
      passwordHash: await hashPassword(demoResident.password),
      agencyId: null,
      facilityId: null,
      verifiedAt: null,
    });
    if (options.open311DemoApiKey) {
      const admin = await users.findOneByOrFail({ role: 'regency_admin' });
      await insertOpen311Client(tx, { name: 'demo', apiKey: options.open311DemoApiKey, createdBy: admin.id });
    }
    if (options.villages?.length) {
      const categories = await tx.getRepository(Category).find();
      await seedDemoCases(tx, new Map(categories.map((c) => [c.code, c])), options.villages, residentId);
    }
    return true;
  });
  return { seeded, accounts, open311ApiKey: options.open311DemoApiKey };
}
