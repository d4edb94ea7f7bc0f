import { existsSync } from 'node:fs';
import { type DbKind, ensurePgDatabase, targetFor } from './db/target';
import { type GenerationResult, generate, isGenerated } from './generate/generate';
import { type BenchOptions, parseOptions } from './options';
import { gatewayMain } from './paths';
import { initialJsBudgetBytes, measurePortals } from './portals/portal-sizes';
import { type QueryTiming, runQueries } from './queries/run-queries';
import { currentLoad, describeMachine } from './report/machine';
import { loadPrevious, writeResults } from './report/results';
import { runSubmission } from './submission/run-submission';

const log = (message: string) => console.log(message);

/** Generates (or reuses) the database of each size, then times the registered queries on it. */
async function dataParts(kind: DbKind, options: BenchOptions) {
  const generation: GenerationResult[] = [];
  const bySize: Record<string, QueryTiming[]> = {};
  for (const size of options.sizes) {
    const target = targetFor(kind, options.pgUrl, `cases_${size}`);
    const wantGenerate = options.only.includes('generate');
    const reuse = (options.reuse || !wantGenerate) && (await isGenerated(target, size));
    if (reuse) {
      log(`[${kind}] ${size} cases: reusing the database generated earlier`);
    } else {
      log(`[${kind}] ${size} cases: generating…`);
      const result = await generate(target, size, (m) => log(`  ${m}`));
      log(
        `  ${result.rows.cases} cases, ${result.rows.case_events} timeline rows in ${result.seconds.toFixed(1)} s`,
      );
      generation.push(result);
    }
    if (options.only.includes('queries')) {
      log(`[${kind}] ${size} cases: timing ${options.runs} runs of each query…`);
      bySize[String(size)] = await runQueries(target, {
        port: options.port + 2,
        runs: options.runs,
        logLevel: options.logLevel,
        name: `queries-gateway-${kind}`,
      });
      for (const t of bySize[String(size)])
        log(`  ${t.name}: ${t.medianMs} ms${t.status !== 200 ? ` (HTTP ${t.status})` : ''}`);
    }
  }
  return { generation, bySize };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!options) return;
  if (!existsSync(gatewayMain)) {
    throw new Error(`The gateway is not built (${gatewayMain} is missing): run pnpm build first`);
  }
  if (options.dbs.includes('postgres')) await ensurePgDatabase(options.pgUrl);
  const machine = await describeMachine(['sqlite', 'postgres'], options.pgUrl);
  const results = loadPrevious(machine);
  log(
    `Machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${Object.values(machine.databases).join(', ')}; load ${machine.loadAverage.start}`,
  );
  const now = () => new Date().toISOString();

  for (const kind of options.dbs) {
    if (options.only.includes('generate') || options.only.includes('queries')) {
      const { generation, bySize } = await dataParts(kind, options);
      if (generation.length) {
        // Sizes reused this time keep the generation time measured before.
        const kept = (results.generation[kind]?.runs ?? []).filter(
          (r) => !generation.some((g) => g.size === r.size),
        );
        const runs = [...kept, ...generation].sort((a, b) => a.size - b.size);
        results.generation[kind] = { measuredAt: now(), runs };
      }
      if (options.only.includes('queries')) {
        results.queries[kind] = { measuredAt: now(), sizes: options.sizes, bySize };
      }
      await writeResults(results);
    }
    if (options.only.includes('submission')) {
      log(
        `[${kind}] submission: gateway against bare Fastify, ${options.connections} connections, ${options.duration} s × ${options.rounds} round(s) each`,
      );
      const submission = await runSubmission(kind, { ...options, log });
      if (submission.profile) {
        // A profiled run is slower; it is kept apart from the plain measurement.
        const { gateway, bare, ratio, p99Ratio, profile, duration, connections, bareIdlePercent } =
          submission;
        results.profiles[kind] = {
          measuredAt: now(),
          gateway,
          bare,
          ratio,
          p99Ratio,
          duration,
          connections,
          profile,
          bareIdlePercent,
        };
      } else {
        results.submission[kind] = { ...submission, measuredAt: now() };
      }
      log(
        `  ratio ${submission.ratio}, p99 ratio ${submission.p99Ratio}: ${submission.meetsTargets ? 'targets met' : 'targets missed'}`,
      );
      await writeResults(results);
    }
  }
  if (options.only.includes('portals')) {
    results.portals = { measuredAt: now(), budgetBytes: initialJsBudgetBytes, sizes: measurePortals() };
  }
  results.machine.loadAverage.end = currentLoad();
  console.log('\n' + (await writeResults(results)));
}

main().then(
  // Load generators and drivers may keep handles open; the run is over.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
