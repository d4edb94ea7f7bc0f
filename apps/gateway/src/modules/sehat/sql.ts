import type { EntityManager } from 'typeorm';

/**
 * Runs SQL written with `?` placeholders on either driver and returns the
 * rows it yields (also those of `UPDATE … RETURNING`, which PostgreSQL and
 * SQLite ≥ 3.35 both support).
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const postgres = manager.connection.options.type === 'postgres';
  let n = 0;
  const text = postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  const own = manager.queryRunner ? null : manager.connection.createQueryRunner();
  const runner = manager.queryRunner ?? own!;
  try {
    const result = await runner.query(text, params, true);
    return (result.records ?? []) as T[];
  } finally {
    await own?.release();
  }
}
