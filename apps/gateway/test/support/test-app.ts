import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { FieldCipher } from '../../src/common/crypto/field-cipher';
import type { ResolvedConfig } from '../../src/config/config.module';
import { loadConfig } from '../../src/config/config.schema';
import { resolveSecrets } from '../../src/config/secrets';
import { seedDemo } from '../../src/database/seed/demo-seed';

export interface TestApp {
  app: NestFastifyApplication;
  config: ResolvedConfig;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the whole gateway for HTTP tests: on SQLite in memory, or on the
 * PostgreSQL of DATABASE_URL in a fresh schema that is dropped afterwards.
 * The demo data (agencies, facilities, one account per role) is seeded.
 */
export async function bootTestApp(
  env: Record<string, string> = {},
  options: { logStream?: Writable } = {},
): Promise<TestApp> {
  const schema = `t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const config = resolveSecrets(
    loadConfig({
      NODE_ENV: 'test',
      SQLITE_PATH: ':memory:',
      DATABASE_URL: process.env.DATABASE_URL,
      DATABASE_SCHEMA: schema,
      LOG_LEVEL: options.logStream ? 'info' : 'silent',
      SUBMISSION_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    }),
  );
  const app = await createApp(config, { logger: !!options.logStream, logStream: options.logStream });
  // Listen once on an ephemeral port: supertest then reuses it instead of listening per request.
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  await seedDemo(dataSource, app.get(FieldCipher), { open311DemoApiKey: config.open311.demoApiKey });
  const server = app.getHttpServer();
  return {
    app,
    config,
    dataSource,
    http: () => request(server),
    async close() {
      if (config.database.kind === 'postgres') await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
      await app.close();
    },
  };
}

/** A valid NIK of Tlanakan (35.28.01) for the n-th test resident (a woman born 1 Jan 1995). */
export function testNik(n: number): string {
  return `352801410195${String(n).padStart(4, '0')}`;
}

export async function registerResident(t: TestApp, n: number, password = 'rahasia123') {
  const res = await t
    .http()
    .post('/api/auth/register')
    .send({ nik: testNik(n), fullName: `Warga ${n}`, phone: '081234567890', password });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
}

export async function login(t: TestApp, identifier: string, password: string) {
  const res = await t.http().post('/api/auth/login').send({ identifier, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { accessToken: string; refreshToken: string; user: { id: string; role: string } };
}
