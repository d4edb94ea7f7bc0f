import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { entities } from './entities';
import { postgresMigrations } from './migrations/postgres';
import { sqliteMigrations } from './migrations/sqlite';

/**
 * One data source per process: PostgreSQL when DATABASE_URL is set, otherwise
 * the embedded SQLite file. Schema only from migrations (one folder per
 * driver), run at start.
 */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  const common = {
    entities,
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
  } as const;
  if (config.database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      migrations: postgresMigrations,
      // The schema is chosen by search_path so that migrations stay unqualified.
      // A connection is replaced after 10 minutes (when next idle): the new case's named statement
      // keeps the plan it got at its sixth run on that connection, chosen for the tables as they were
      // then; a fresh install's plans (sequential scans of tiny tables) would otherwise outlive the
      // tables' growth on a busy connection, where nothing else (autovacuum's ANALYZE) renews them.
      extra: { max: 10, maxLifetimeSeconds: 600, options: `-c search_path=${config.database.schema}` },
    };
  }
  if (config.database.path !== ':memory:') mkdirSync(dirname(config.database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.path,
    migrations: sqliteMigrations,
    enableWAL: config.database.path !== ':memory:',
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
    },
  };
}
