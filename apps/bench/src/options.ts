import { parseArgs } from 'node:util';
import type { DbKind } from './db/target';

export const parts = ['generate', 'submission', 'queries', 'portals'] as const;
export type Part = (typeof parts)[number];

export interface BenchOptions {
  only: Part[];
  dbs: DbKind[];
  sizes: number[];
  /** Seconds per autocannon round. */
  duration: number;
  connections: number;
  /** Rounds per server in the submission benchmark, interleaved (gateway, bare, bare, gateway…). */
  rounds: number;
  /** Timed runs per query (the median is kept). */
  runs: number;
  pgUrl: string;
  /** Keep a database generated earlier with the same size instead of generating it again. */
  reuse: boolean;
  /** Start the gateway of the submission benchmark with --cpu-prof and print its hottest functions. */
  cpuProf: boolean;
  /** The gateway's LOG_LEVEL during the benchmarks (as deployed: info). */
  logLevel: string;
  port: number;
}

const usage = `pnpm bench [-- options]
  --only generate,submission,queries,portals   parts to run (default: all)
  --db sqlite,postgres                         databases (default: both)
  --sizes 10000,100000,1000000                 cases per generated database
  --duration 30 --connections 50 --rounds 2    submission benchmark (autocannon)
  --runs 5                                     timed runs per query (median kept)
  --pg-url postgres://…/layanan_bench          PostgreSQL database of the bench (env BENCH_DATABASE_URL)
  --reuse                                      keep databases generated earlier with the same size
  --cpu-prof                                   profile the gateway during the submission benchmark
  --log-level info                             gateway LOG_LEVEL while measured
  --port 4700                                  first port used (gateway, bare server)`;

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function positive(name: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name}: expected a positive integer, got ${value}`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      only: { type: 'string' },
      db: { type: 'string' },
      sizes: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      runs: { type: 'string' },
      'pg-url': { type: 'string' },
      reuse: { type: 'boolean' },
      'cpu-prof': { type: 'boolean' },
      'log-level': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return null;
  }
  const only = values.only ? list(values.only) : [...parts];
  for (const p of only)
    if (!parts.includes(p as Part)) throw new Error(`--only: unknown part ${p}\n${usage}`);
  const dbs = values.db ? list(values.db) : ['sqlite', 'postgres'];
  for (const d of dbs) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database ${d}`);
  return {
    only: only as Part[],
    dbs: dbs as DbKind[],
    sizes: (values.sizes ? list(values.sizes) : ['10000', '100000', '1000000']).map((s) =>
      positive('sizes', s),
    ),
    duration: positive('duration', values.duration ?? '30'),
    connections: positive('connections', values.connections ?? '50'),
    rounds: positive('rounds', values.rounds ?? '2'),
    runs: positive('runs', values.runs ?? '5'),
    pgUrl:
      values['pg-url'] ??
      process.env.BENCH_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/layanan_bench',
    reuse: values.reuse ?? false,
    cpuProf: values['cpu-prof'] ?? false,
    logLevel: values['log-level'] ?? 'info',
    port: positive('port', values.port ?? '4700'),
  };
}
