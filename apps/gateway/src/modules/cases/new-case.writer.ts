import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdempotencyService, KeyRace } from '../../common/idempotency/idempotency.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { NewCase, SubmittedCase } from './new-case';
import { writeNewCasePostgres } from './new-case.postgres';
import { writeNewCaseSqlite } from './new-case.sqlite';

/**
 * Stores a new case with everything that goes with it, all or nothing, in one round trip to
 * PostgreSQL or one synchronous SQLite transaction; answers a retry with the first answer.
 */
@Injectable()
export class NewCaseWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async write(draft: NewCase): Promise<SubmittedCase> {
    const write = this.dataSource.options.type === 'postgres' ? writeNewCasePostgres : writeNewCaseSqlite;
    try {
      const outcome = await write(this.dataSource, this.notifications, draft);
      if ('created' in outcome) return outcome.created;
      return this.idempotency.replay<SubmittedCase>(outcome.earlier, draft.key!);
    } catch (error) {
      // A concurrent request with the same key committed first: its answer is the answer.
      if (error instanceof KeyRace && draft.key) return this.idempotency.winner<SubmittedCase>(draft.key);
      throw error;
    }
  }
}
