import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { badRequest, conflict } from '@layanan/domain';
import { isUniqueViolation } from '../../database/errors';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotentRequest {
  userId: string;
  /** The Idempotency-Key header, if any. */
  key: string | undefined;
  scope: string;
  body: unknown;
}

const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

/** The key row lost a race with a concurrent request carrying the same key. */
class KeyRace extends Error {}

/**
 * Makes a write safe to retry. The write and its key row commit in one
 * transaction, so either both exist or neither does. A retry finds the row
 * and gets the first answer; a retry racing the first request loses on the
 * key's primary key, rolls back, and then gets the first answer too.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async transaction<T>(
    request: IdempotentRequest,
    write: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (request.key === undefined) return this.dataSource.transaction(write);
    if (!KEY_FORMAT.test(request.key))
      throw badRequest('validation_failed', { 'Idempotency-Key': 'validation_failed' });
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    const id = { userId: request.userId, key: request.key };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(IdempotencyKey);
        const existing = await repo.findOneBy(id);
        if (existing) return this.replay<T>(existing, request.scope, requestHash);
        const result = await write(manager);
        try {
          await repo.insert({
            ...id,
            scope: request.scope,
            requestHash,
            statusCode: 201,
            responseBody: JSON.stringify(result),
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw new KeyRace();
          throw error;
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof KeyRace)) throw error;
      const winner = await this.dataSource.getRepository(IdempotencyKey).findOneBy(id);
      if (!winner) throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
      return this.replay<T>(winner, request.scope, requestHash);
    }
  }

  private replay<T>(row: IdempotencyKey, scope: string, requestHash: string): T {
    if (row.scope !== scope || row.requestHash !== requestHash) {
      throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
    }
    return JSON.parse(row.responseBody) as T;
  }
}
