import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { submissionBody } from '../baseline/case-body';
import { connect } from '../db/connection';
import { type DbKind, type DbTarget, gatewayDbEnv, targetFor } from '../db/target';
import { signIn, startGateway } from '../gateway/gateway';
import { type ServerProcess, startServer } from '../gateway/server-process';
import { generate } from '../generate/generate';
import { benchAccounts } from '../generate/reference';
import { profilesDir } from '../paths';
import { type ProfileSummary, newestProfile, summarizeProfile } from './cpu-profile';
import { type CpuPerRequest, cpuPerRequest, cpuSnapshot } from './cpu-time';
import { type LoadResult, postLoad } from './load';

export interface SubmissionResult {
  db: DbKind;
  connections: number;
  duration: number;
  rounds: { server: 'gateway' | 'bare'; round: number; result: LoadResult; cpu: CpuPerRequest }[];
  gateway: Summary;
  bare: Summary;
  /** Gateway requests/s ÷ bare requests/s (target ≥ 0.6). */
  ratio: number;
  /** Gateway p99 ÷ bare p99 (target ≤ 2). */
  p99Ratio: number;
  meetsTargets: boolean;
  /** Rows in each database after the run, against the 2xx answers counted (warm-up included). */
  rowCheck: { gatewayCases: number; gatewayOk: number; bareCases: number; bareOk: number };
  profile?: ProfileSummary;
  /** Idle share of the bare server's profile in the same run (a machine loaded by other work shows idle in both). */
  bareIdlePercent?: number;
}

interface Summary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per request over the measured rounds (see cpu-time.ts). */
  cpu: CpuPerRequest;
}

/** How long a round waits for the gateway's outbox to be sent before it starts anyway. */
const outboxDrainLimitMs = 300_000;

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

function summarize(rounds: { result: LoadResult; cpu: CpuPerRequest }[]): Summary {
  const results = rounds.map((r) => r.result);
  const cpu = (key: keyof CpuPerRequest) =>
    Math.round(rounds.reduce((a, r) => a + r.cpu[key], 0) * (1000 / rounds.length)) / 1000;
  return {
    requestsPerSecond: mean(results.map((r) => r.requestsPerSecond)),
    p50Ms: mean(results.map((r) => r.p50Ms)),
    p99Ms: mean(results.map((r) => r.p99Ms)),
    non2xx: results.reduce((a, r) => a + r.non2xx, 0),
    errors: results.reduce((a, r) => a + r.errors + r.timeouts, 0),
    cpu: {
      serverMs: cpu('serverMs'),
      otherMs: cpu('otherMs'),
      databaseMs: cpu('databaseMs'),
      loadMs: cpu('loadMs'),
      totalMs: cpu('totalMs'),
    },
  };
}

async function countCases(target: DbTarget): Promise<number> {
  const db = await connect(target);
  try {
    const [row] = await db.query<{ n: string | number }>('SELECT COUNT(*) AS n FROM cases');
    return Number(row.n);
  } finally {
    await db.close();
  }
}

/**
 * The real gateway against the bare Fastify server, each on a fresh database
 * of its own with the reference data, measured in the same run: a warm-up,
 * then `rounds` rounds each, interleaved (G B, B G, …) so that the load of
 * other work on the machine falls on both alike.
 */
export async function runSubmission(
  kind: DbKind,
  options: {
    pgUrl: string;
    port: number;
    connections: number;
    duration: number;
    rounds: number;
    logLevel: string;
    cpuProf: boolean;
    log: (message: string) => void;
  },
): Promise<SubmissionResult> {
  const gatewayTarget = targetFor(kind, options.pgUrl, 'submit_gateway');
  const bareTarget = targetFor(kind, options.pgUrl, 'submit_bare');
  await generate(gatewayTarget, 0, options.log);
  await generate(bareTarget, 0, options.log);
  const db = await connect(gatewayTarget);
  const [category] = await db.query<{ id: string }>(
    "SELECT id FROM categories WHERE code = 'jalan_berlubang'",
  );
  await db.close();
  const body = submissionBody(category.id);

  const nodeArgs: string[] = [];
  if (options.cpuProf) {
    mkdirSync(profilesDir, { recursive: true });
    nodeArgs.push('--cpu-prof', '--cpu-prof-dir', profilesDir);
    mkdirSync(join(profilesDir, 'bare'), { recursive: true });
  }
  const servers: ServerProcess[] = [];
  try {
    const gateway = await startGateway({
      name: `submit-gateway-${kind}`,
      target: gatewayTarget,
      port: options.port,
      logLevel: options.logLevel,
      nodeArgs,
    });
    servers.push(gateway);
    const bare = await startServer({
      name: `submit-bare-${kind}`,
      script: join(__dirname, '../baseline/server.js'),
      port: options.port + 1,
      readyPath: '/health',
      // Profiled too, so the gateway's idle share can be read against the bare server's on the same machine.
      nodeArgs: options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', join(profilesDir, 'bare')] : [],
      env: { ...gatewayDbEnv(bareTarget), BARE_DB: kind },
    });
    servers.push(bare);
    const token = await signIn(gateway.base, benchAccounts.residentNik);
    const load = (server: 'gateway' | 'bare', duration: number) =>
      postLoad({
        url: `${server === 'gateway' ? gateway.base : bare.base}/api/cases`,
        body,
        token: server === 'gateway' ? token : undefined,
        connections: options.connections,
        duration,
      });

    for (const server of ['gateway', 'bare'] as const) {
      const probe = await fetch(`${server === 'gateway' ? gateway.base : bare.base}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (probe.status !== 201) throw new Error(`${server} answered ${probe.status}: ${await probe.text()}`);
    }
    const warm = Math.min(5, options.duration);
    options.log(`  warm-up ${warm} s each`);
    const warmGateway = await load('gateway', warm);
    const warmBare = await load('bare', warm);
    if (warmGateway.ok === 0) throw new Error(`The gateway answered no 2xx: ${JSON.stringify(warmGateway)}`);
    // Every round starts with the earlier rounds' (and the generator's) dirty pages written out, so that
    // no round pays for another's checkpoint (the first rounds were often 20-30 % slower than the same
    // server's second; that spread still shows up now and then, see README).
    const checkpoint = async () => {
      if (kind !== 'postgres') return;
      const admin = await connect(gatewayTarget);
      try {
        await admin.query('CHECKPOINT');
      } finally {
        await admin.close();
      }
    };
    // The gateway's outbox dispatcher cannot keep up with ~1 300 cases a second: whatever it has not
    // sent when a gateway round ends it sends later. Left to run into the bare server's round, that work
    // slowed the bare server down (its "other server" CPU) and flattered the ratio; so every round
    // starts once the outbox is empty, and the dispatcher's work inside a gateway round is the gateway's.
    const drainOutbox = async () => {
      const db = await connect(gatewayTarget);
      const started = Date.now();
      let waited = 0;
      try {
        for (;;) {
          const [row] = await db.query<{ n: string | number }>(
            "SELECT COUNT(*) AS n FROM outbox_messages WHERE status = 'pending'",
          );
          if (Number(row.n) === 0) {
            if (waited)
              options.log(
                `  outbox: ${waited} messages left by the last round sent in ${((Date.now() - started) / 1000).toFixed(1)} s`,
              );
            return;
          }
          waited ||= Number(row.n);
          if (Date.now() - started > outboxDrainLimitMs) {
            options.log(`  the outbox still holds ${row.n} pending messages; measuring anyway`);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      } finally {
        await db.close();
      }
    };
    const rounds: SubmissionResult['rounds'] = [];
    const snapshot = (server: 'gateway' | 'bare') =>
      server === 'gateway'
        ? cpuSnapshot(gateway.pid, bare.pid, kind === 'postgres')
        : cpuSnapshot(bare.pid, gateway.pid, kind === 'postgres');
    for (let round = 1; round <= options.rounds; round++) {
      const order: ('gateway' | 'bare')[] = round % 2 ? ['gateway', 'bare'] : ['bare', 'gateway'];
      for (const server of order) {
        await drainOutbox();
        await checkpoint();
        const before = snapshot(server);
        const result = await load(server, options.duration);
        const cpu = cpuPerRequest(before, snapshot(server), result.requests);
        options.log(
          `  round ${round} ${server}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
            `CPU ms/request: server ${cpu.serverMs}, other server ${cpu.otherMs}, database ${cpu.databaseMs}, load ${cpu.loadMs}` +
            (result.non2xx || result.errors ? `, non-2xx ${result.non2xx}, errors ${result.errors}` : ''),
        );
        rounds.push({ server, round, result, cpu });
      }
    }
    const g = summarize(rounds.filter((r) => r.server === 'gateway'));
    const b = summarize(rounds.filter((r) => r.server === 'bare'));
    const ratio = Math.round((g.requestsPerSecond / b.requestsPerSecond) * 100) / 100;
    const p99Ratio = Math.round((g.p99Ms / b.p99Ms) * 100) / 100;
    for (const server of servers.splice(0)) await server.stop();
    const okOf = (s: 'gateway' | 'bare', warmResult: LoadResult) =>
      1 + warmResult.ok + rounds.filter((r) => r.server === s).reduce((a, r) => a + r.result.ok, 0);
    const rowCheck = {
      gatewayCases: await countCases(gatewayTarget),
      gatewayOk: okOf('gateway', warmGateway),
      bareCases: await countCases(bareTarget),
      bareOk: okOf('bare', warmBare),
    };
    const profileFile = options.cpuProf ? newestProfile(profilesDir) : null;
    const bareProfile = options.cpuProf ? newestProfile(join(profilesDir, 'bare')) : null;
    return {
      db: kind,
      connections: options.connections,
      duration: options.duration,
      rounds,
      gateway: g,
      bare: b,
      ratio,
      p99Ratio,
      meetsTargets: ratio >= 0.6 && p99Ratio <= 2,
      rowCheck,
      profile: profileFile ? summarizeProfile(profileFile) : undefined,
      bareIdlePercent: bareProfile ? summarizeProfile(bareProfile).idlePercent : undefined,
    };
  } finally {
    for (const server of servers) await server.stop();
  }
}
