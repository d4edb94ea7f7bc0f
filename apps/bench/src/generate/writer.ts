import type { BenchDb } from '../db/connection';

const BATCH = 2000;

/** Rows buffered per table and written in batches. */
export class Writer {
  private readonly buffers = new Map<string, { columns: readonly string[]; rows: unknown[][] }>();
  readonly counts: Record<string, number> = {};
  constructor(private readonly db: BenchDb) {}
  async add(table: string, columns: readonly string[], row: unknown[]) {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = { columns, rows: [] }));
    buffer.rows.push(row);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    if (buffer.rows.length >= BATCH) await this.flush(table);
  }
  async flush(table?: string) {
    for (const [name, buffer] of this.buffers) {
      if ((table && name !== table) || !buffer.rows.length) continue;
      await this.db.insert(name, buffer.columns, buffer.rows);
      buffer.rows = [];
    }
  }
}
