import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { connect } from '../db/connection';
import { type DbTarget, gatewayDbEnv } from '../db/target';
import { signIn, startGateway } from '../gateway/gateway';
import { benchAccounts, benchDataKey } from '../generate/reference';
import { gatewayMain } from '../paths';
import { type Caller, queryRegistry } from './registry';
import { pickSamples } from './samples';

export interface QueryTiming {
  name: string;
  description: string;
  status: number;
  /** Milliseconds of each timed run, and their median. */
  runsMs: number[];
  medianMs: number;
  bytes: number;
  /** The page's `total` when the answer has one, else the rows of the answer (its `items` or the array). */
  total: number | null;
  /** The total stopped counting at its cap (the answer says `totalCapped: true`). */
  totalCapped?: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Starts the gateway on a generated database and times every registered
 * query through HTTP: one warm-up, then `runs` sequential calls; the median
 * is kept.
 */
export async function runQueries(
  target: DbTarget,
  options: { port: number; runs: number; logLevel: string; name: string },
): Promise<QueryTiming[]> {
  const db = await connect(target);
  const build = await rebuildRollup(target);
  const gateway = await startGateway({
    name: options.name,
    target,
    port: options.port,
    logLevel: options.logLevel,
  });
  try {
    const samples = await pickSamples(db);
    const tokens: Record<Caller, string | null> = {
      anonymous: null,
      officer: await signIn(gateway.base, benchAccounts.officerOf(samples.agencyCode)),
      admin: await signIn(gateway.base, benchAccounts.admin),
      resident: await signIn(gateway.base, benchAccounts.residentNik),
      bidan: await signIn(gateway.base, benchAccounts.bidanOf(samples.facilityCode)),
    };
    const timings: QueryTiming[] = [build];
    for (const query of queryRegistry) {
      const url = gateway.base + query.path(samples);
      const token = tokens[query.as];
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const call = async () => {
        const started = process.hrtime.bigint();
        const response = await fetch(url, { headers });
        const text = await response.text();
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        return { ms, status: response.status, text };
      };
      const warm = await call();
      const runsMs: number[] = [];
      let last = warm;
      for (let i = 0; i < options.runs; i++) {
        last = await call();
        runsMs.push(Math.round(last.ms * 100) / 100);
      }
      let total: number | null = null;
      let totalCapped = false;
      try {
        const body = JSON.parse(last.text) as { total?: unknown; totalCapped?: unknown; items?: unknown };
        if (Array.isArray(body)) total = body.length;
        else if (typeof body.total === 'number') total = body.total;
        else if (Array.isArray(body.items)) total = body.items.length;
        totalCapped = body.totalCapped === true;
      } catch {
        total = null;
      }
      if (last.status !== 200)
        console.warn(`  ${query.name}: HTTP ${last.status} ${last.text.slice(0, 200)}`);
      timings.push({
        name: query.name,
        description: query.description,
        status: last.status,
        runsMs,
        medianMs: median(runsMs),
        bytes: Buffer.byteLength(last.text),
        total,
        ...(totalCapped ? { totalCapped } : {}),
      });
    }
    return timings;
  } finally {
    await gateway.stop();
    await db.close();
  }
}

/**
 * Builds the back office's rollup from every case with the gateway's CLI (dist/cli/rebuild-rollup.js)
 * before the gateway starts, timed on its own: the admin queries then read a built rollup, as in
 * production, instead of building it in their warm-up call.
 */
async function rebuildRollup(target: DbTarget): Promise<QueryTiming> {
  const started = process.hrtime.bigint();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(dirname(gatewayMain), 'cli', 'rebuild-rollup.js')],
    {
      env: {
        ...process.env,
        ...gatewayDbEnv(target),
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(48).toString('base64url'),
        DATA_ENCRYPTION_KEY: benchDataKey,
        LOG_LEVEL: 'error',
      },
      maxBuffer: 1 << 20,
    },
  );
  const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
  const line = stdout.trim().split('\n').pop() ?? '{}';
  const { days } = JSON.parse(line) as { days?: number };
  console.log(
    `  admin rollup rebuilt: ${days ?? '?'} days in ${(ms / 1000).toFixed(1)} s (CLI, process start included)`,
  );
  return {
    name: 'admin_rollup_build',
    description:
      'Back-office rollup rebuilt from every case (gateway CLI rebuild-rollup, once, before the gateway starts)',
    status: 0,
    runsMs: [ms],
    medianMs: ms,
    bytes: 0,
    total: days ?? null,
  };
}
