// Global teardown of the browser journeys on PostgreSQL: drop the schema the
// gateway of this run used (a fresh one per run, see playwright.mjs).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function dropRunSchema() {
  const schema = process.env.E2E_DATABASE_SCHEMA;
  if (!process.env.DATABASE_URL || !schema) return;
  const script = fileURLToPath(new URL('../../apps/gateway/dist/database/drop-schema.js', import.meta.url));
  execFileSync(process.execPath, [script, schema], { stdio: 'inherit' });
}
