/** `node dist/database/drop-schema.js <schema>`: drops a scratch PostgreSQL schema of a test run (DATABASE_URL). */
import { DataSource } from 'typeorm';

async function run() {
  const schema = process.argv[2] ?? '';
  if (!/^(e2e|t)_[a-z0-9_]+$/.test(schema))
    throw new Error('Only scratch test schemas (e2e_*, t_*) can be dropped');
  const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await source.initialize();
  try {
    await source.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await source.destroy();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
