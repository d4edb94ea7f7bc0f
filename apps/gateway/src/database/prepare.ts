import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { dataSourceOptions } from './data-source-options';

/** Advisory lock key held while one process migrates a PostgreSQL schema ("layn" in ASCII). */
const MIGRATION_LOCK = 0x6c61796e;

/**
 * Prepares a PostgreSQL database before the application starts: creates the configured schema when
 * it is missing and runs the pending migrations while holding an advisory lock, so that replicas
 * starting together migrate one after the other (the others then find nothing pending).
 */
export async function preparePostgres(config: Pick<AppConfig, 'database'>): Promise<void> {
  if (config.database.kind !== 'postgres') return;
  const { url, schema } = config.database;
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  try {
    if (schema !== 'public') await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await admin.destroy();
  }
  // Two connections: one holds the lock, the other runs the migrations.
  const migrator = new DataSource({
    ...dataSourceOptions(config),
    migrationsRun: false,
    extra: { max: 2, options: `-c search_path=${schema}` },
  });
  await migrator.initialize();
  const runner = migrator.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await migrator.destroy();
  }
}
