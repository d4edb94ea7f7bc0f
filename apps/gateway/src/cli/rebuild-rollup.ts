import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { resolveSecrets } from '../config/secrets';
import { ConfigError, loadConfig } from '../config/config.schema';
import { preparePostgres } from '../database/prepare';
import { AdminRollupService } from '../modules/admin/rollup/admin-rollup.service';

/**
 * Rebuilds the back office's rollup (docs/ADMIN.md "Rollup") from every case, with the same
 * configuration as the gateway (DATABASE_URL or SQLITE_PATH…):
 *   node apps/gateway/dist/cli/rebuild-rollup.js
 * The gateway keeps the rollup up to date by itself (and rebuilds it when missing, or when holidays or
 * thresholds changed); this is for operators after a restore or a bulk import, and for the benchmark.
 * Prints the days and milliseconds. Exit codes: 0 rebuilt, 1 failure.
 */
async function main(): Promise<number> {
  const config = resolveSecrets(loadConfig({ ...process.env, DEMO_SEED: 'false', SLA_SWEEP_SECONDS: '0' }));
  await preparePostgres(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const { days, ms } = await app.get(AdminRollupService).rebuild();
    console.log(JSON.stringify({ days, ms }));
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
