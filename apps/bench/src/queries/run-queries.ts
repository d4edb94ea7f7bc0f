import { connect } from '../db/connection';
import type { DbTarget } from '../db/target';
import { signIn, startGateway } from '../gateway/gateway';
import { benchAccounts } from '../generate/reference';
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
    const timings: QueryTiming[] = [];
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
