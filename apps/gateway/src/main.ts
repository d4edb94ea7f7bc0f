import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { FieldCipher } from './common/crypto/field-cipher';
import { APP_CONFIG, type ResolvedConfig } from './config/config.module';
import { ConfigError } from './config/config.schema';
import { seedDemo } from './database/seed/demo-seed';
import { RegionsService } from './modules/regions/regions.service';

async function main() {
  const app = await createApp();
  const config = app.get<ResolvedConfig>(APP_CONFIG);
  const logger = new Logger('Main');
  if (config.demoSeed) {
    const regions = app.get(RegionsService);
    const report = await seedDemo(app.get(DataSource), app.get(FieldCipher), {
      villages: regions.index.villagesOfRegency(regions.regencyCode),
      open311DemoApiKey: config.open311.demoApiKey,
    });
    logger.log(`Demo data ${report.seeded ? 'seeded' : 'already present'}`);
    // Plain text, so the demo accounts read well in a terminal (local demo passwords, no personal data).
    console.log(
      `\nDemo accounts (role / sign in with / password):\n` +
        report.accounts.map((a) => `  ${a.role.padEnd(14)} ${a.login.padEnd(18)} ${a.password}`).join('\n') +
        `\nOpen311 api_key of the client demo: ${report.open311ApiKey}\n`,
    );
  }
  await app.listen(config.port, config.host);
  const where =
    config.database.kind === 'sqlite'
      ? `SQLite ${config.database.path}`
      : `PostgreSQL (schema ${config.database.schema})`;
  logger.log(`Layanan Pamekasan on http://localhost:${config.port}/ (${where}); API docs at /api/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
