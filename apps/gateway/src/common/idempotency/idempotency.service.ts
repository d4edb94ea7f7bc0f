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

export const keyColumns = [
  'userId',
  'key',
  'scope',
  'requestHash',
  'statusCode',
  'responseBody',
  'createdAt',
] as const;

/** The key row lost a race with a concurrent request carrying the same key. */
export class KeyRace extends Error {}

/** A request's key, checked and hashed: what its key row will hold. */
export interface KeyClaim {
  userId: string;
  key: string;
  scope: string;
  requestHash: string;
}

/** What a retry is answered from. */
export type StoredKey = Pick<IdempotencyKey, 'scope' | 'requestHash' | 'responseBody'>;

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
    const claim = this.claim(request);
    if (!claim) return this.dataSource.transaction(write);
    // A retry is answered without opening a transaction. A first request's key row is written in the
    // transaction of its write; a retry racing it loses on the key's primary key below.
    const earlier = await this.find(this.dataSource.manager, claim);
    if (earlier) return this.replay<T>(earlier, claim);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await write(manager);
        try {
          await insertRows(manager, IdempotencyKey, keyColumns, [this.keyRow(claim, result)]);
        } catch (error) {
          if (isUniqueViolation(error)) throw new KeyRace();
          throw error;
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof KeyRace)) throw error;
      return this.winner<T>(claim);
    }
  }

  /**
   * The request's key checked (400 when malformed) with the hash of its body, or undefined when the
   * request has no key. For writes that store the key row in their own statement (a new case).
   */
  claim(request: IdempotentRequest): KeyClaim | undefined {
    if (request.key === undefined) return undefined;
    if (!KEY_FORMAT.test(request.key))
      throw badRequest('validation_failed', { 'Idempotency-Key': 'validation_failed' });
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    return { userId: request.userId, key: request.key, scope: request.scope, requestHash };
  }

  /** The key row that records `result` as the answer to the claim's request. */
  keyRow(claim: KeyClaim, result: unknown, now = new Date()): IdempotencyKey {
    return { ...claim, statusCode: 201, responseBody: JSON.stringify(result), createdAt: now };
  }

  /** After a KeyRace: the first request's answer (409 if it was another request). */
  async winner<T>(claim: KeyClaim): Promise<T> {
    const winner = await this.find(this.dataSource.manager, claim);
    if (!winner) throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
    return this.replay<T>(winner, claim);
  }

  /** The key's row, if a request with it has committed (one plain SELECT). */
  private async find(
    manager: EntityManager,
    id: { userId: string; key: string },
  ): Promise<StoredKey | undefined> {
    const postgres = manager.connection.driver.options.type === 'postgres';
    const rows = await manager.query<StoredKey[]>(
      postgres
        ? 'SELECT "scope", "request_hash" AS "requestHash", "response_body" AS "responseBody" FROM "idempotency_keys" WHERE "user_id" = $1 AND "key" = $2'
        : 'SELECT "scope", "request_hash" AS "requestHash", "response_body" AS "responseBody" FROM "idempotency_keys" WHERE "user_id" = ? AND "key" = ?',
      [id.userId, id.key],
    );
    return rows[0];
  }

  /** The first answer, for a retry of the same request (same route, same body); else 409. */
  replay<T>(row: StoredKey, claim: Pick<KeyClaim, 'scope' | 'requestHash'>): T {
    if (row.scope !== claim.scope || row.requestHash !== claim.requestHash) {
      throw conflict('idempotency_conflict', { 'Idempotency-Key': 'idempotency_conflict' });
    }
    return JSON.parse(row.responseBody) as T;
  }
}
