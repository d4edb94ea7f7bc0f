/**
 * Migrations per driver, from the entities.
 *
 *   node dist/database/migration-tool.js generate <PascalName>   writes src/database/migrations/{sqlite,postgres}/<ts>-<Name>.ts
 *   node dist/database/migration-tool.js check                   fails when the entities and the migrations disagree
 *
 * Each driver is migrated from empty (a temporary SQLite file; a scratch
 * PostgreSQL schema at MIGRATION_DATABASE_URL, DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/test), then TypeORM's schema builder
 * lists what would still have to change.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.schema';

type Driver = 'sqlite' | 'postgres';

const postgresUrl = () =>
  process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pendingQueries(driver: Driver): Promise<{ up: string[]; down: string[] }> {
  let database: AppConfig['database'];
  let cleanup: () => Promise<void>;
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'layanan-migrations-'));
    database = { kind: 'sqlite', path: join(dir, 'check.sqlite') };
    cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  } else {
    const schema = `migration_check_${process.pid}_${Date.now()}`;
    const admin = new DataSource({ type: 'postgres', url: postgresUrl() });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    database = { kind: 'postgres', url: postgresUrl(), schema };
    cleanup = async () => {
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.destroy();
    };
  }
  // Column types follow the driver of the process (see column-types.ts), so the
  // entities are loaded only now, in a process of their own per driver.
  const { dataSourceOptions } = await import('./data-source-options.js');
  const source = new DataSource({ ...dataSourceOptions({ database }), migrationsRun: false });
  try {
    await source.initialize();
    await source.runMigrations({ transaction: 'each' });
    const log = await source.driver.createSchemaBuilder().log();
    // The scratch schema must not leak into the migration (down() names it when dropping indexes).
    const unscoped = (query: string) =>
      query.split(`"${database.kind === 'postgres' ? database.schema : ''}".`).join('');
    return {
      up: log.upQueries.map((q) => unscoped(q.query)),
      down: log.downQueries.map((q) => unscoped(q.query)).reverse(),
    };
  } finally {
    await source.destroy();
    await cleanup();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** Runs pendingQueries in a child process whose DATABASE_URL matches the driver. */
function pendingQueriesIn(driver: Driver): Promise<{ up: string[]; down: string[] }> {
  const env: NodeJS.ProcessEnv = { ...process.env, MIGRATION_DRIVER: driver };
  if (driver === 'postgres') env.DATABASE_URL = postgresUrl();
  else delete env.DATABASE_URL;
  return new Promise((resolvePromise, reject) => {
    const child = fork(__filename, [], { env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (result) => resolvePromise(result as { up: string[]; down: string[] }));
    child.on('exit', (code) => code && reject(new Error(`${driver}: the check process exited with ${code}`)));
  });
}

async function generate(name: string) {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. AddCases');
  const stamp = Date.now();
  for (const driver of ['sqlite', 'postgres'] as const) {
    const { up, down } = await pendingQueriesIn(driver);
    if (!up.length) {
      console.log(`${driver}: the migrations already match the entities`);
      continue;
    }
    const dir = resolve(__dirname, '../../src/database/migrations', driver);
    const className = `${name}${stamp}`;
    const file = `${stamp}-${name}`;
    writeFileSync(join(dir, `${file}.ts`), migrationSource(className, up, down));
    const indexFile = join(dir, 'index.ts');
    const index = readFileSync(indexFile, 'utf8');
    const listName = driver === 'sqlite' ? 'sqliteMigrations' : 'postgresMigrations';
    const imports = [...index.matchAll(/^import .*$/gm)].map((m) => m[0]);
    // The list is every imported migration, in file (timestamp) order.
    const names = imports.map((line) => /import \{ (\w+) \}/.exec(line)?.[1]).filter((n): n is string => !!n);
    imports.push(`import { ${className} } from './${file}';`);
    names.push(className);
    writeFileSync(
      indexFile,
      `${imports.join('\n')}\n\n// Append-only, in order. Written by migration-tool generate.\n// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type\nexport const ${listName}: Function[] = [${names.join(', ')}];\n`,
    );
    console.log(`${driver}: wrote ${file}.ts (${up.length} statements)`);
  }
}

async function check() {
  let failed = false;
  for (const driver of ['sqlite', 'postgres'] as const) {
    const { up } = await pendingQueriesIn(driver);
    if (up.length) {
      failed = true;
      console.error(`${driver}: entities and migrations disagree; missing:\n  ${up.join('\n  ')}`);
    } else {
      console.log(`${driver}: migrations match the entities`);
    }
  }
  if (failed) {
    console.error('Run: pnpm --filter @layanan/gateway migration:generate <Name>');
    process.exit(1);
  }
}

const [command, name] = process.argv.slice(2);
const childDriver = process.env.MIGRATION_DRIVER as Driver | undefined;
(childDriver
  ? pendingQueries(childDriver).then(
      (result) => new Promise<void>((done) => process.send!(result, () => done())),
    )
  : command === 'generate'
    ? generate(name ?? '')
    : command === 'check'
      ? check()
      : Promise.reject(new Error('usage: generate <Name> | check'))
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
