import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Principal } from '@layanan/auth';
import { AppError, createStaffSchema, isMessageCode, message } from '@layanan/domain';
import { AppModule } from '../app.module';
import { resolveSecrets } from '../config/secrets';
import { ConfigError, loadConfig } from '../config/config.schema';
import { preparePostgres } from '../database/prepare';
import { StaffService } from '../modules/identity/staff.service';

/**
 * Creates a regency admin account on a fresh installation (there is no other way to get the first one):
 *   ADMIN_PASSWORD='…' node apps/gateway/dist/cli/create-admin.js <username> "<full name>"
 * The password comes from the environment, not the command line (shell history, `ps`). Audited as
 * done by the system. Exit codes: 0 created, 2 refused (bad input, name taken), 1 failure.
 */
const cli: Principal = {
  userId: 'system:cli',
  role: 'regency_admin',
  agencyId: null,
  facilityId: null,
  sessionId: 'cli',
};

async function main(): Promise<number> {
  const [username, fullName] = process.argv.slice(2);
  const input = createStaffSchema.safeParse({
    username,
    fullName: fullName ?? username,
    role: 'regency_admin',
    password: process.env.ADMIN_PASSWORD,
  });
  if (!input.success) {
    for (const issue of input.error.issues) {
      const text = isMessageCode(issue.message) ? message(issue.message, 'en') : issue.message;
      console.error(`${issue.path.join('.') || 'input'}: ${text}`);
    }
    console.error('usage: ADMIN_PASSWORD=… node dist/cli/create-admin.js <username> "<full name>"');
    return 2;
  }
  const config = resolveSecrets(loadConfig({ ...process.env, DEMO_SEED: 'false', SLA_SWEEP_SECONDS: '0' }));
  await preparePostgres(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const created = await app.get(StaffService).create(cli, input.data);
    console.log(`Regency admin ${created.username} created (${created.id}).`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${message(error.code, 'en')}: ${Object.keys(error.fields).join(', ')}`);
      return 2;
    }
    throw error;
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
