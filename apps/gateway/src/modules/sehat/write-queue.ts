import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * SQLite has one connection and one writer: TypeORM turns a transaction that
 * starts while another is open on that connection into a savepoint of it, so
 * concurrent requests would interleave. On SQLite the e-Sehat writes that
 * take places or vehicles run one at a time; on PostgreSQL they run
 * concurrently and the database's row locks and unique indexes decide.
 */
@Injectable()
export class SehatWriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.serial = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(write: () => Promise<T>): Promise<T> {
    if (!this.serial) return write();
    const next = this.tail.then(write, write);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
