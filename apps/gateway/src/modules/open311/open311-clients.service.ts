import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Principal } from '@layanan/auth';
import { hashPassword } from '@layanan/auth/server';
import { notFound } from '@layanan/domain';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { User } from '../identity/entities/user.entity';
import { Open311Client } from './entities/open311-client.entity';
import { forbidden311, say } from './open311.errors';
import type { Open311ClientView } from './open311-clients.schema';

/** Only a SHA-256 of an API key is stored; a key has 256 random bits, so a fast hash is enough. */
export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

/** A new API key: `o311_` and 32 random bytes (base64url). */
export function newApiKey(): string {
  return `o311_${randomBytes(32).toString('base64url')}`;
}

/**
 * Creates a client and the resident account that stands as reporter of the
 * requests it files on people's behalf: no NIK, no phone, no username and a
 * password nobody knows, so nobody signs in with it and no personal data of
 * the people behind the requests is kept. Inside the caller's transaction.
 */
export async function insertOpen311Client(
  manager: EntityManager,
  input: { name: string; apiKey: string; createdBy: string },
): Promise<Open311Client> {
  const accountId = randomUUID();
  await manager.getRepository(User).insert({
    id: accountId,
    role: 'resident',
    username: null,
    nikHash: null,
    nikEnc: null,
    phoneEnc: null,
    fullName: `Klien Open311: ${input.name}`.slice(0, 120),
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
    agencyId: null,
    facilityId: null,
    verifiedAt: null,
    verifiedBy: null,
    failedLogins: 0,
    lockedUntil: null,
    disabledAt: null,
  });
  const client = manager.getRepository(Open311Client).create({
    id: randomUUID(),
    name: input.name,
    keyHash: hashApiKey(input.apiKey),
    accountId,
    createdBy: input.createdBy,
    revokedAt: null,
  });
  return manager.getRepository(Open311Client).save(client);
}

/** The principal an Open311 client files and comments as (its own resident account). */
export function principalOf(client: Open311Client): Principal {
  return {
    userId: client.accountId,
    role: 'resident',
    agencyId: null,
    facilityId: null,
    sessionId: `open311:${client.id}`,
  };
}

/** Open311 API keys: issued per client by the regency admin, shown once, stored hashed, revocable. */
@Injectable()
export class Open311ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Open311ClientView[]> {
    const rows = await this.dataSource
      .getRepository(Open311Client)
      .find({ order: { createdAt: 'DESC', name: 'ASC' } });
    return rows.map((c) => this.view(c));
  }

  /** A new client; its API key is in this answer only. */
  async create(admin: Principal, name: string): Promise<Open311ClientView & { apiKey: string }> {
    const apiKey = newApiKey();
    const client = await this.dataSource.transaction(async (manager) => {
      const row = await insertOpen311Client(manager, { name, apiKey, createdBy: admin.userId });
      await this.audit.record(
        { actor: admin, action: 'open311_client.create', subjectType: 'open311_client', subjectId: row.id },
        manager.getRepository(AuditLogEntry),
      );
      return row;
    });
    return { ...this.view(client), apiKey };
  }

  /** Revokes a client's key at once (its requests stay); its account is disabled. Revoking twice changes nothing. */
  async revoke(admin: Principal, id: string): Promise<Open311ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Open311Client);
      const client = await repo.findOneBy({ id });
      if (!client) throw notFound();
      if (client.revokedAt) return this.view(client);
      const now = new Date();
      await repo.update({ id, revokedAt: IsNull() }, { revokedAt: now });
      await manager.getRepository(User).update({ id: client.accountId }, { disabledAt: now });
      await this.audit.record(
        { actor: admin, action: 'open311_client.revoke', subjectType: 'open311_client', subjectId: id },
        manager.getRepository(AuditLogEntry),
      );
      return this.view({ ...client, revokedAt: now });
    });
  }

  /** The client of a valid, unrevoked API key; 403 in Open311's format otherwise. */
  async authenticate(apiKey: string | undefined): Promise<Open311Client> {
    if (!apiKey)
      throw forbidden311(say('api_key wajib untuk metode ini', 'api_key is required for this method'));
    const client = await this.dataSource
      .getRepository(Open311Client)
      .findOneBy({ keyHash: hashApiKey(apiKey), revokedAt: IsNull() });
    if (!client)
      throw forbidden311(
        say('api_key tidak dikenal atau sudah dicabut', 'Invalid api_key received: unknown or revoked'),
      );
    return client;
  }

  private view(c: Open311Client): Open311ClientView {
    return {
      id: c.id,
      name: c.name,
      createdBy: c.createdBy,
      createdAt: c.createdAt.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
    };
  }
}
