import type { DataSource, EntityManager } from 'typeorm';
import { isPostgres } from '../../../database/column-types';

type Runner = Pick<DataSource | EntityManager, 'query'>;

/** The columns of the rollup tables (migration AdminRollup), in the order DayRollup.tables() gives values. */
export const rollupColumns = {
  league: [
    'day',
    'agency_id',
    'assignee_key',
    'service',
    'cases',
    'answered',
    'reward',
    'sanction',
    'verify_due',
    'verify_on_time',
    'follow_up_due',
    'follow_up_on_time',
    'promises_due',
    'promises_kept',
    'ratings',
    'rating_sum',
    'buckets',
  ],
  change: ['day', 'agency_id', 'assignee_key', 'service', 'kind', 'at_ms', 'n'],
  minutes: ['day', 'agency_id', 'assignee_key', 'service', 'bucket', 'n', 'vals'],
  dashboard: ['day', 'dim', 'key', 'n', 'sum_lat', 'sum_lng', 'code'],
} as const;
export type RollupTable = keyof typeof rollupColumns;

/** The n-th (1-based) parameter placeholder of the driver. */
export const param = (n: number) => (isPostgres() ? `$${n}` : '?');

/** Inserts rows in multi-row statements (under both drivers' parameter limits). */
export async function insertRows(runner: Runner, table: RollupTable, rows: unknown[][]): Promise<void> {
  const columns = rollupColumns[table];
  const perStatement = Math.floor(30_000 / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let n = 0;
    const values = chunk.map(() => `(${columns.map(() => param(++n)).join(', ')})`).join(', ');
    await runner.query(
      `INSERT INTO "admin_rollup_${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`,
      chunk.flat(),
    );
  }
}

/** A placeholder list for values starting at parameter `first`: `$3, $4` or `?, ?`. */
export const params = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => param(first + i)).join(', ');
