import { type Server, createServer } from 'node:http';
import { api, categoryIdOf, inspect, newResident, sleep } from './support/deployment';
import { GatewayProcess, deploymentEnv, freePort } from './support/gateway-process';
import { ScratchPostgres } from './support/scratch-postgres';
import { potholeBody, submitUnderLoad } from './support/submission-load';

/**
 * Two gateway processes on one PostgreSQL, as behind a load balancer: they start together
 * (migrations and seed race), share sessions and data, and their timers (SLA sweep, outbox) do
 * each piece of work exactly once between them.
 */
describe('two gateway replicas on one PostgreSQL', () => {
  const delivered: string[] = [];
  let whatsapp: Server;
  let pg: ScratchPostgres;
  let a: GatewayProcess;
  let b: GatewayProcess;

  beforeAll(async () => {
    whatsapp = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        delivered.push((JSON.parse(body) as { messageId: string }).messageId);
        res.writeHead(200).end('{}');
      });
    });
    // Node's server closes an idle keep-alive connection after 5 s; a send that reuses it at that moment
    // fails ("other side closed") and is retried 30 s later, after this test has stopped waiting.
    whatsapp.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => whatsapp.listen(0, '127.0.0.1', resolve));
    pg = new ScratchPostgres(await freePort());
    pg.init();
    pg.start();
    const env = {
      ...deploymentEnv({ url: pg.url, schema: 'public' }),
      SLA_SWEEP_SECONDS: '1',
      OUTBOX_POLL_SECONDS: '1',
      NOTIFY_CHANNELS: 'whatsapp',
      WHATSAPP_GATEWAY_URL: `http://127.0.0.1:${(whatsapp.address() as { port: number }).port}/send`,
    };
    a = new GatewayProcess(await freePort(), env);
    b = new GatewayProcess(await freePort(), env);
    // Both start at once on an empty database: migrations and the demo seed must not collide.
    await Promise.all([a.start(), b.start()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    pg?.stopAndRemove();
    await new Promise((resolve) => whatsapp?.close(resolve));
  });

  it('serves every request the same whichever replica answers, and each timer’s work happens once', async () => {
    // Sessions: signed in on A, recognised on B; a refresh on B retires the token A issued.
    const resident = await newResident(a.url, 8001);
    expect((await api(b.url, '/api/auth/me', { token: resident.accessToken })).status).toBe(200);
    const renewed = await api<{ refreshToken: string }>(b.url, '/api/auth/refresh', {
      body: { refreshToken: resident.refreshToken },
    });
    expect(renewed.status).toBe(200);
    expect(
      (await api(a.url, '/api/auth/refresh', { body: { refreshToken: resident.refreshToken } })).status,
    ).toBe(401);

    // Load spread over both replicas.
    const body = potholeBody(await categoryIdOf(b.url, 'lorong', 'jalan_berlubang'));
    let stop = false;
    const load = submitUnderLoad({
      target: (n) => (n % 2 ? a.url : b.url),
      token: resident.accessToken,
      body,
      workers: 10,
      stopped: () => stop,
    });
    await sleep(4000);
    stop = true;
    const result = await load;
    expect(result.refused).toEqual([]);
    expect(new Set(result.acknowledgedBy.values()).size).toBe(2);

    // Every case reads the same from the replica that did not take it.
    for (const [key, code] of result.acknowledged) {
      const other = result.acknowledgedBy.get(key) === a.url ? b : a;
      const res = await api<{ trackingCode: string }>(other.url, `/api/cases/${code}`, {
        token: resident.accessToken,
      });
      expect(res).toMatchObject({ status: 200, body: { trackingCode: code } });
    }

    // The SLA sweep: move every case 20 days back (unanswered, so overdue), let both replicas' timers run several times.
    const db = await inspect({ url: pg.url, schema: 'public' });
    try {
      await db.query(
        `UPDATE cases SET received_at = received_at - interval '20 days', routed_at = routed_at - interval '20 days', due_at = now() - interval '19 days' WHERE reporter_id = $1`,
        [resident.user.id],
      );
      // Wait until every case has been flagged and escalated (a sweep takes a batch at a time).
      for (let i = 0; i < 120; i++) {
        const [{ left }] = await db.query<{ left: number }[]>(
          `SELECT count(*)::int AS left FROM cases WHERE reporter_id = $1 AND (NOT overdue OR escalation_level < 2)`,
          [resident.user.id],
        );
        if (left === 0) break;
        await sleep(500);
      }
      await sleep(2500); // more sweeps on both replicas, which must find nothing left to do
      const perCase: { id: string; escalation_level: number; overdue: string; escalation: string }[] =
        await db.query(
          `SELECT c.id, c.escalation_level,
                count(*) FILTER (WHERE e.kind = 'overdue') AS overdue,
                count(*) FILTER (WHERE e.kind = 'escalation') AS escalation
           FROM cases c LEFT JOIN case_events e ON e.case_id = c.id
          WHERE c.reporter_id = $1 GROUP BY c.id, c.escalation_level`,
          [resident.user.id],
        );
      expect(perCase.length).toBe(result.acknowledged.size);
      const wrong = perCase.filter(
        (c) =>
          Number(c.overdue) !== 1 || Number(c.escalation) !== c.escalation_level || c.escalation_level !== 2,
      );
      expect(wrong).toEqual([]);

      // The outbox: every message delivered once, by one replica or the other.
      let pending = 1;
      for (let i = 0; i < 60 && pending > 0; i++) {
        await sleep(500);
        [{ pending }] = await db.query<{ pending: number }[]>(
          `SELECT count(*)::int AS pending FROM outbox_messages WHERE status = 'pending'`,
        );
      }
      if (pending > 0) {
        // Say why they wait (a send retried later, a claim never released…) before failing.
        console.error(
          'outbox messages still pending',
          await db.query(
            `SELECT id, channel, attempts, last_error, locked_by, locked_until, next_attempt_at FROM outbox_messages WHERE status = 'pending'`,
          ),
          'now',
          new Date().toISOString(),
          'replica log lines about the outbox',
          [...a.output, ...b.output]
            .join('')
            .split('\n')
            .filter((line) => /outbox|recording a batch|send failed/i.test(line))
            .slice(-20),
        );
      }
      expect(pending).toBe(0);
      const sent: { id: string }[] = await db.query(`SELECT id FROM outbox_messages WHERE status = 'sent'`);
      expect(sent.length).toBeGreaterThanOrEqual(result.acknowledged.size);
      expect(new Set(delivered).size).toBe(delivered.length);
      expect([...delivered].sort()).toEqual(sent.map((r) => r.id).sort());
      console.info(
        `replicas: ${result.acknowledged.size} cases over A and B, ${perCase.length} swept once each, ${delivered.length} messages delivered once each`,
      );
    } finally {
      await db.destroy();
    }
  }, 300_000);
});
