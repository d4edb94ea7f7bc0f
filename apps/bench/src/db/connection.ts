import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { DbKind, DbTarget } from './target';

export type Row = Record<string, unknown>;

/**
 * A plain connection to a bench database: fast multi-row inserts for the
 * generator and a few reads. SQL is written with $1, $2… placeholders (each
 * used once, in order), turned into ? on SQLite.
 */
export interface BenchDb {
  readonly kind: DbKind;
  /** Inserts many rows in as few statements as the driver allows. */
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Server version, e.g. "PostgreSQL 15.20" or "SQLite 3.53.2". */
  version(): Promise<string>;
  close(): Promise<void>;
}

export async function connect(target: DbTarget, options: { bulk?: boolean } = {}): Promise<BenchDb> {
  return target.kind === 'sqlite'
    ? new SqliteDb(target.path, options.bulk ?? false)
    : PgDb.open(target, options);
}

/** SQLite stores the gateway's datetime columns as UTC text, the way TypeORM writes them. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

class SqliteDb implements BenchDb {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string, bulk: boolean) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // While generating, durability does not matter (a crash means generating again).
    this.db.pragma(bulk ? 'synchronous = OFF' : 'synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
  }

  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    const key = `${table}(${columns.join(',')})`;
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(key, statement);
    }
    const run = statement;
    this.db.transaction(() => {
      for (const row of rows) run.run(row.map(sqliteValue));
    })();
    return Promise.resolve();
  }

  query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const statement = this.db.prepare(sql.replace(/\$\d+/g, '?'));
    const values = params.map(sqliteValue);
    return Promise.resolve(statement.reader ? (statement.all(values) as T[]) : (statement.run(values), []));
  }

  version(): Promise<string> {
    const [row] = this.db.prepare('SELECT sqlite_version() AS v').all() as { v: string }[];
    return Promise.resolve(`SQLite ${row.v}`);
  }

  close(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
    return Promise.resolve();
  }
}

class PgDb implements BenchDb {
  readonly kind = 'postgres' as const;
  private readonly columnTypes = new Map<string, Map<string, string>>();

  private constructor(
    private readonly client: Client,
    private readonly schema: string,
  ) {}

  static async open(target: Extract<DbTarget, { kind: 'postgres' }>, options: { bulk?: boolean }) {
    const client = new Client({ connectionString: target.url, options: `-c search_path=${target.schema}` });
    await client.connect();
    // While generating, a lost commit on a crash does not matter.
    if (options.bulk) await client.query('SET synchronous_commit = off');
    return new PgDb(client, target.schema);
  }

  /** Column types of a table (udt names such as varchar, float8, timestamptz), for typed unnest(). */
  private async typesOf(table: string): Promise<Map<string, string>> {
    let types = this.columnTypes.get(table);
    if (!types) {
      const result = await this.client.query<{ column_name: string; udt_name: string }>(
        'SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
        [this.schema, table],
      );
      types = new Map(result.rows.map((r) => [r.column_name, r.udt_name]));
      this.columnTypes.set(table, types);
    }
    return types;
  }

  /** One INSERT … SELECT FROM unnest($1::type[], …) per batch: few parameters, one parse, fast. */
  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    if (!rows.length) return;
    const types = await this.typesOf(table);
    const arrays = columns.map((_, i) => rows.map((row) => row[i]));
    const casts = columns.map((c, i) => {
      const type = types.get(c);
      if (!type) throw new Error(`Column ${table}.${c} does not exist in schema ${this.schema}`);
      return `$${i + 1}::${type}[]`;
    });
    await this.client.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
      arrays,
    );
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.client.query<T>(sql, params as unknown[]);
    return result.rows;
  }

  async version(): Promise<string> {
    const [row] = await this.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${row.v.split(' ')[0]}`;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
