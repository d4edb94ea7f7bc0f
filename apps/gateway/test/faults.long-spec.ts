import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, categoryIdOf, inspect, newResident, sleep } from './support/deployment';
import { GatewayProcess, deploymentEnv, freePort } from './support/gateway-process';
import { ScratchPostgres } from './support/scratch-postgres';
import { potholeBody, submitUnderLoad } from './support/submission-load';

/**
 * Faults under load. Clients retry with the same Idempotency-Key after a network error or a 5xx,
 * as the portals do; every case the gateway acknowledged must be stored exactly once, and nothing
 * unacknowledged may appear twice.
 */
describe('faults under load', () => {
  it('the gateway killed with SIGKILL three times and restarted: every acknowledged case stored exactly once', async () => {
    const pgUrl = process.env.DATABASE_URL;
    const schema = `faults_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
    const dir = mkdtempSync(join(tmpdir(), 'faults-'));
    const sqlitePath = join(dir, 'layanan.sqlite');
    const gateway = new GatewayProcess(
      await freePort(),
      deploymentEnv(pgUrl ? { url: pgUrl, schema } : { sqlitePath }),
    );
    try {
      await gateway.start();
      const resident = await newResident(gateway.url, 7001);
      const body = potholeBody(await categoryIdOf(gateway.url, 'lorong', 'jalan_berlubang'));
      let stop = false;
      const load = submitUnderLoad({
        target: () => gateway.url,
        token: resident.accessToken,
        body,
        workers: 12,
        stopped: () => stop,
      });
      for (let kill = 0; kill < 3; kill++) {
        await sleep(1500);
        await gateway.kill();
        await sleep(300);
        await gateway.start();
      }
      await sleep(1000);
      stop = true;
      const result = await load;

      expect(result.refused).toEqual([]);
      expect(result.acknowledged.size).toBeGreaterThan(20);
      // The kills hit requests in flight: some attempts failed and were retried with their key.
      expect(Object.values(result.retried).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

      const database = pgUrl ? { url: pgUrl, schema } : { sqlitePath };
      const db = await inspect(database);
      let stored: string[];
      try {
        const rows: { tracking_code: string }[] = await db.query(
          `SELECT tracking_code FROM cases WHERE reporter_id = ${pgUrl ? '$1' : '?'}`,
          [resident.user.id],
        );
        stored = rows.map((r) => r.tracking_code);
        if (pgUrl) await db.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await db.destroy();
      }
      expect(new Set(stored).size).toBe(stored.length);
      expect(stored.sort()).toEqual([...result.acknowledged.values()].sort());
      console.info(
        `SIGKILL × 3: ${result.acknowledged.size} acknowledged, ${stored.length} stored, ${result.attempts} attempts, retried`,
        result.retried,
      );
    } finally {
      await gateway.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('PostgreSQL restarted under load: the gateway recovers without a restart and loses no acknowledged case', async () => {
    const pg = new ScratchPostgres(await freePort());
    pg.init();
    pg.start();
    const gateway = new GatewayProcess(await freePort(), deploymentEnv({ url: pg.url, schema: 'public' }));
    try {
      await gateway.start();
      const resident = await newResident(gateway.url, 7002);
      const body = potholeBody(await categoryIdOf(gateway.url, 'lorong', 'jalan_berlubang'));
      let stop = false;
      const load = submitUnderLoad({
        target: () => gateway.url,
        token: resident.accessToken,
        body,
        workers: 12,
        stopped: () => stop,
      });
      await sleep(2000);
      pg.restart();
      await sleep(3000);
      stop = true;
      const result = await load;

      expect(result.refused).toEqual([]);
      expect(result.acknowledged.size).toBeGreaterThan(20);
      // While the database was away the gateway said so (503, retry), never a 500.
      if (result.retried['500'])
        console.error([...new Set(gateway.output.join('').match(/"message":"[^"]*"/g))]);
      expect(result.retried['500']).toBeUndefined();
      // The same process answers after the restart, with its database.
      const health = await api<{ status: string }>(gateway.url, '/api/health');
      expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
      const after = await api(gateway.url, '/api/cases', { token: resident.accessToken, body });
      expect(after.status).toBe(201);

      const db = await inspect({ url: pg.url, schema: 'public' });
      try {
        const rows: { tracking_code: string }[] = await db.query(
          'SELECT tracking_code FROM cases WHERE reporter_id = $1',
          [resident.user.id],
        );
        const stored = rows.map((r) => r.tracking_code);
        expect(new Set(stored).size).toBe(stored.length);
        const acknowledged = [
          ...result.acknowledged.values(),
          (after.body as { trackingCode: string }).trackingCode,
        ];
        expect(stored.sort()).toEqual(acknowledged.sort());
      } finally {
        await db.destroy();
      }
      console.info(
        `PostgreSQL restart: ${result.acknowledged.size} acknowledged, ${result.attempts} attempts, retried`,
        result.retried,
      );
    } finally {
      await gateway.stop();
      pg.stopAndRemove();
    }
  }, 300_000);
});
