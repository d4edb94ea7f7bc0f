import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { badRequest, conflict } from '@layanan/domain';
import { isUniqueViolation } from '../../database/errors';
import { insertRows } from '../../database/insert-rows';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotentRequest {
  userId: string;
  /** The Idempotency-Key header, if any. */
  key: string | undefined;
  scope: string;
  body: unknown;
}

const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

const keyColumns = [
  'userId',
  'key',
  'scope',
  'requestHash',
  'statusCode',
  'responseBody',
  'createdAt',
] as const;

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
    // A retry is answered without opening a transaction. A first request's key row is written in the
    // transaction of its write; a retry racing it loses on the key's primary key below.
    const earlier = await this.find(this.dataSource.manager, id);
    if (earlier) return this.replay<T>(earlier, request.scope, requestHash);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await write(manager);
        try {
          await insertRows(manager, IdempotencyKey, keyColumns, [
            {
              ...id,
              scope: request.scope,
              requestHash,
              statusCode: 201,
              responseBody: JSON.stringify(result),
              createdAt: new Date(),
            },
          ]);
        } catch (error) {
          if (isUniqueViolation(error)) throw new KeyRace();
          throw error;
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof KeyRace)) throw error;
      const winner = await this.find(this.dataSource.manager, id);
      if (!winner) throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
      return this.replay<T>(winner, request.scope, requestHash);
    }
  }

  /** The key's row, if a request with it has committed (one plain SELECT). */
  private async find(
    manager: EntityManager,
    id: { userId: string; key: string },
  ): Promise<Pick<IdempotencyKey, 'scope' | 'requestHash' | 'responseBody'> | undefined> {
    const postgres = manager.connection.driver.options.type === 'postgres';
    const rows = await manager.query<Pick<IdempotencyKey, 'scope' | 'requestHash' | 'responseBody'>[]>(
      postgres
        ? 'SELECT "scope", "request_hash" AS "requestHash", "response_body" AS "responseBody" FROM "idempotency_keys" WHERE "user_id" = $1 AND "key" = $2'
        : 'SELECT "scope", "request_hash" AS "requestHash", "response_body" AS "responseBody" FROM "idempotency_keys" WHERE "user_id" = ? AND "key" = ?',
      [id.userId, id.key],
    );
    return rows[0];
  }

  private replay<T>(
    row: Pick<IdempotencyKey, 'scope' | 'requestHash' | 'responseBody'>,
    scope: string,
    requestHash: string,
  ): T {
    if (row.scope !== scope || row.requestHash !== requestHash) {
      throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
    }
    return JSON.parse(row.responseBody) as T;
  }
}
