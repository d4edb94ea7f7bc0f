import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { dataDir, gatewayRequire } from '../paths';

export type DbKind = 'sqlite' | 'postgres';

/** One database the bench fills and points a server at: a SQLite file, or a PostgreSQL schema of its own. */
export type DbTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };

/** A schema or file name per purpose, e.g. `cases_10000` or `submit_gateway`. */
export function targetFor(kind: DbKind, pgUrl: string, name: string): DbTarget {
  return kind === 'sqlite'
    ? { kind, path: join(dataDir, `${name}.sqlite`) }
    : { kind, url: pgUrl, schema: `bench_${name}` };
}

export function describeTarget(target: DbTarget): string {
  return target.kind === 'sqlite' ? `SQLite ${target.path}` : `PostgreSQL schema ${target.schema}`;
}

/** The gateway's environment for this database. */
export function gatewayDbEnv(target: DbTarget): Record<string, string> {
  return target.kind === 'sqlite'
    ? { SQLITE_PATH: target.path }
    : { DATABASE_URL: target.url, DATABASE_SCHEMA: target.schema };
}

/** Creates the bench's PostgreSQL database when it is missing (connecting to the server's `postgres` database). */
export async function ensurePgDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: database does not exist
  }
  parsed.pathname = '/postgres';
  const admin = new Client({ connectionString: parsed.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** Removes the database (file or schema) so that the next migration starts from nothing. */
export async function dropTarget(target: DbTarget): Promise<void> {
  if (target.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(target.path + suffix, { force: true });
    return;
  }
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

interface GatewayDataSource {
  initialize(): Promise<unknown>;
  destroy(): Promise<void>;
  runMigrations(options?: { transaction?: 'all' | 'none' | 'each' }): Promise<unknown[]>;
}

/**
 * Migrates the database with the gateway's own data source options and
 * migrations (apps/gateway/dist), so the schema is exactly the gateway's.
 * Entities are left out: the bench writes rows with plain SQL.
 */
export async function migrateTarget(target: DbTarget): Promise<void> {
  const { dataSourceOptions } = gatewayRequire('./database/data-source-options') as {
    dataSourceOptions(config: { database: unknown }): Record<string, unknown>;
  };
  const { DataSource } = gatewayRequire('typeorm') as {
    DataSource: new (options: Record<string, unknown>) => GatewayDataSource;
  };
  if (target.kind === 'sqlite') {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  } else {
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
    } finally {
      await client.end();
    }
  }
  const database =
    target.kind === 'sqlite'
      ? { kind: 'sqlite', path: target.path }
      : { kind: 'postgres', url: target.url, schema: target.schema };
  const dataSource = new DataSource({
    ...dataSourceOptions({ database }),
    entities: [],
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** A fresh, migrated, empty database. */
export async function freshTarget(target: DbTarget): Promise<void> {
  if (target.kind === 'postgres') await ensurePgDatabase(target.url);
  await dropTarget(target);
  await migrateTarget(target);
}
