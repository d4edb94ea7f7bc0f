/**
 * Writes packages/api-client/openapi.json from the running code, or with
 * --check fails when the committed file differs (the OpenAPI drift check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, openApiDocument } from '../app.factory';
import { loadConfig, repoRoot } from '../config/config.schema';
import { resolveSecrets } from '../config/secrets';

async function run() {
  const check = process.argv.includes('--check');
  const config = resolveSecrets(
    loadConfig({ ...process.env, DATABASE_URL: undefined, SQLITE_PATH: ':memory:', LOG_LEVEL: 'silent' }),
  );
  const app = await createApp(config, { logger: false });
  await app.init();
  const text = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
  await app.close();
  const file = join(repoRoot, 'packages/api-client/openapi.json');
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== text) {
      console.error(
        'openapi.json is out of date. Run: pnpm --filter @layanan/gateway openapi, then regenerate the client.',
      );
      process.exit(1);
    }
    console.log('openapi.json matches the code');
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
