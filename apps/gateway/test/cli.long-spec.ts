import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { api, inspect } from './support/deployment';
import { GatewayProcess, deploymentEnv, freePort } from './support/gateway-process';

const run = promisify(execFile);
const cli = join(__dirname, '../dist/cli/create-admin.js');

/** The first regency admin of a fresh installation, made with the command line tool. */
describe('create-admin command', () => {
  it('creates an admin who can sign in, and refuses a taken name or a weak password', async () => {
    const pgUrl = process.env.DATABASE_URL;
    const schema = `cli_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const database = pgUrl ? { url: pgUrl, schema } : { sqlitePath: join(dir, 'layanan.sqlite') };
    // One deployment: the command and the gateway share its database and secrets.
    const deployment = { ...deploymentEnv(database), DEMO_SEED: 'false' };
    const env = { ...process.env, ...deployment };
    const gateway = new GatewayProcess(await freePort(), deployment);
    try {
      const created = await run(process.execPath, [cli, 'kepala', 'Kepala Diskominfo'], {
        env: { ...env, ADMIN_PASSWORD: 'KuatSekali123' },
      });
      expect(created.stdout).toContain('Regency admin kepala created');

      const taken = run(process.execPath, [cli, 'kepala', 'Lain'], {
        env: { ...env, ADMIN_PASSWORD: 'KuatSekali123' },
      });
      await expect(taken).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('username') });
      const weak = run(process.execPath, [cli, 'kedua', 'Kedua'], { env: { ...env, ADMIN_PASSWORD: '123' } });
      await expect(weak).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('password') });

      await gateway.start();
      const login = await api<{ user: { role: string } }>(gateway.url, '/api/auth/login', {
        body: { identifier: 'kepala', password: 'KuatSekali123' },
      });
      expect(login).toMatchObject({ status: 200, body: { user: { role: 'regency_admin' } } });
      const db = await inspect(database);
      try {
        const audit = await db.query<{ action: string }[]>(
          `SELECT action FROM audit_log WHERE action = 'staff.create'`,
        );
        expect(audit).toHaveLength(1);
        if (pgUrl) await db.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await db.destroy();
      }
    } finally {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
