import { type DataSource, In, type Repository } from 'typeorm';
import { OutboxMessage, type OutboxStatus } from '../entities/outbox-message.entity';

/**
 * The outbox queries of one dispatcher (worker). Claims are conditional
 * UPDATEs judged by the affected-row count, never read-then-write, so that
 * replicas sharing the database never take the same message.
 */
export class OutboxStore {
  private readonly rows: Repository<OutboxMessage>;

  constructor(
    dataSource: DataSource,
    private readonly worker: string,
  ) {
    this.rows = dataSource.getRepository(OutboxMessage);
  }

  /** Ids of messages due now and not claimed (or whose claim has lapsed), oldest due first. */
  async due(now: Date, limit: number): Promise<string[]> {
    const rows = await this.rows
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .where('m.status = :pending', { pending: 'pending' satisfies OutboxStatus })
      .andWhere('m.nextAttemptAt <= :now', { now })
      .andWhere('(m.lockedUntil IS NULL OR m.lockedUntil < :now)', { now })
      .orderBy('m.nextAttemptAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /**
   * Takes the given due messages until `until` with one conditional UPDATE and returns those this
   * worker won (in the order given); another worker's claim, or one made meanwhile, is left alone.
   */
  async claimAll(ids: string[], now: Date, until: Date): Promise<OutboxMessage[]> {
    await this.rows
      .createQueryBuilder()
      .update()
      .set({ lockedBy: this.worker, lockedUntil: until })
      .where('id IN (:...ids)', { ids })
      .andWhere('status = :pending', { pending: 'pending' satisfies OutboxStatus })
      .andWhere('next_attempt_at <= :now', { now })
      .andWhere('(locked_until IS NULL OR locked_until < :now)', { now })
      .execute();
    const won = await this.rows.findBy({
      id: In(ids),
      lockedBy: this.worker,
      status: 'pending' satisfies OutboxStatus,
    });
    const byId = new Map(won.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Sent, logged or given up: the message leaves the queue. False when the claim was lost meanwhile. */
  async finish(
    row: OutboxMessage,
    status: Exclude<OutboxStatus, 'pending'>,
    changes: { attempts?: number; lastError?: string | null; sentAt?: Date | null } = {},
  ): Promise<boolean> {
    return this.release(row, { status, ...changes });
  }

  /** A failed attempt with more to come: stays pending until `next`. */
  async retry(row: OutboxMessage, attempts: number, next: Date, lastError: string): Promise<boolean> {
    return this.release(row, { attempts, nextAttemptAt: next, lastError });
  }

  private async release(row: OutboxMessage, changes: Partial<OutboxMessage>): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .update()
      .set({ ...changes, lockedBy: null, lockedUntil: null })
      .where('id = :id AND locked_by = :worker', { id: row.id, worker: this.worker })
      .execute();
    return result.affected === 1;
  }
}
