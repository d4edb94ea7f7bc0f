import type { CpuPerRequest } from '../submission/cpu-time';
import type { BenchResults } from './results';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const day = (iso: string) => iso.replace('T', ' ').slice(0, 16) + ' UTC';
const num = (n: number) => n.toLocaleString('en-US');
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** CPU time per request of each part of a submission run (cpu-time.ts); older results have none. */
const cpuHead = (db: string) => [
  'CPU ms/req: server',
  'other server',
  ...(db === 'postgres' ? ['PostgreSQL'] : []),
  'load generator',
  'all',
];
function cpuCells(db: string, cpu: CpuPerRequest | undefined): (string | number)[] {
  const n = cpuHead(db).length;
  if (!cpu) return Array<string>(n).fill('–');
  return [cpu.serverMs, cpu.otherMs, ...(db === 'postgres' ? [cpu.databaseMs] : []), cpu.loadMs, cpu.totalMs];
}

/** The results as markdown tables (results/latest.md and the README's numbers section). */
export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [];
  const loaded = m.loadAverage.start > m.cores || (m.loadAverage.end ?? 0) > m.cores;
  out.push(
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ` +
      `${Object.values(m.databases).join(', ')}. Load average ${m.loadAverage.start} at the start of the last run, ` +
      `${m.loadAverage.end ?? '?'} at its end` +
      (loaded
        ? ` — **other work was loading the ${m.cores} cores while this was measured**: compare numbers within one run only.`
        : '.'),
  );

  for (const [db, s] of Object.entries(results.submission)) {
    if (!s) continue;
    out.push(
      `\n### Submission: POST /api/cases, ${db} (${day(s.measuredAt)})\n\n` +
        `${s.connections} connections, ${s.duration} s per round, ${s.rounds.length / 2} round(s) per server, interleaved. ` +
        `CPU time per request is each process's user + system time over the measured rounds ÷ the requests answered ` +
        `(from /proc); "other server" is the idle one's background work during the round (near zero: each round starts ` +
        `once the gateway's outbox is sent, and the sending between rounds is in neither server's numbers).\n\n` +
        table(
          ['server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', ...cpuHead(db)],
          [
            [
              'gateway (NestJS + TypeORM)',
              s.gateway.requestsPerSecond,
              s.gateway.p50Ms,
              s.gateway.p99Ms,
              s.gateway.non2xx,
              s.gateway.errors,
              ...cpuCells(db, s.gateway.cpu),
            ],
            [
              `bare Fastify + ${db === 'postgres' ? 'pg' : 'better-sqlite3'}`,
              s.bare.requestsPerSecond,
              s.bare.p50Ms,
              s.bare.p99Ms,
              s.bare.non2xx,
              s.bare.errors,
              ...cpuCells(db, s.bare.cpu),
            ],
          ],
        ) +
        `\n\nRatio gateway/bare **${s.ratio}** (target ≥ 0.6), p99 gateway/bare **${s.p99Ratio}** (target ≤ 2): ` +
        `${s.meetsTargets ? 'targets met' : '**targets missed**'}. Rows written: gateway ${num(s.rowCheck.gatewayCases)} ` +
        `(${num(s.rowCheck.gatewayOk)} 2xx counted), bare ${num(s.rowCheck.bareCases)} (${num(s.rowCheck.bareOk)}); ` +
        `the difference is the requests in flight when each load stopped.`,
    );
  }

  for (const [db, p] of Object.entries(results.profiles ?? {})) {
    if (!p) continue;
    out.push(
      `\n### Gateway CPU profile during the submission load, ${db} (${day(p.measuredAt)})\n\n` +
        `A run with the gateway under \`--cpu-prof\` (${p.connections} connections, ${p.duration} s): gateway ${p.gateway.requestsPerSecond} req/s, ` +
        `bare ${p.bare.requestsPerSecond} req/s, ratio ${p.ratio}. Self time as % of the busy samples (idle ${p.profile.idlePercent} % of all samples` +
        (p.bareIdlePercent !== undefined ? `, the bare server's ${p.bareIdlePercent} %` : '') +
        `; ` +
        `each server sits idle while the other is loaded, and the profile covers the whole process life, start included).\n\n` +
        table(
          ['package', '%'],
          p.profile.packages.slice(0, 12).map((x) => [x.what, x.selfPercent]),
        ) +
        '\n\n' +
        table(
          ['function', '%'],
          p.profile.functions.slice(0, 15).map((f) => [`\`${f.what}\``, f.selfPercent]),
        ),
    );
  }

  for (const [db, q] of Object.entries(results.queries)) {
    if (!q) continue;
    const sizes = q.sizes;
    const first = String(sizes[0]);
    const last = String(sizes[sizes.length - 1]);
    const names = (q.bySize[first] ?? []).map((t) => t.name);
    out.push(
      `\n### Queries over HTTP, ${db} (${day(q.measuredAt)})\n\n` +
        `Median of the timed runs, ms (in brackets the total rows matched where the answer has a total — 1,000+ where it is capped — else the rows in the answer).\n\n` +
        table(
          [
            'query',
            ...sizes.map((s) => `${num(s)} cases`),
            `growth ${num(Number(last))}/${num(Number(first))}`,
          ],
          names.map((name) => {
            const cells = sizes.map((size) => {
              const t = q.bySize[String(size)]?.find((x) => x.name === name);
              if (!t) return '–';
              return t.status === 200 || t.status === 0 // 0: not an HTTP call (the rollup rebuild)
                ? `${t.medianMs}${t.total !== null ? ` (${num(t.total)}${t.totalCapped ? '+' : ''})` : ''}`
                : `HTTP ${t.status}`;
            });
            const a = q.bySize[first]?.find((x) => x.name === name);
            const b = q.bySize[last]?.find((x) => x.name === name);
            const growth = a && b && sizes.length > 1 ? `×${(b.medianMs / a.medianMs).toFixed(1)}` : '–';
            return [name, ...cells, growth];
          }),
        ),
    );
  }

  for (const [db, g] of Object.entries(results.generation)) {
    if (!g) continue;
    out.push(
      `\n### Generator, ${db} (${day(g.measuredAt)})\n\n` +
        table(
          ['cases', 'timeline rows', 'users', 'seconds'],
          g.runs.map((r) => [
            num(r.size),
            num(r.rows.case_events ?? 0),
            num(r.rows.users ?? 0),
            r.seconds.toFixed(1),
          ]),
        ),
    );
  }

  if (results.portals) {
    const p = results.portals;
    out.push(
      `\n### Portals: initial JavaScript, gzip -9 (${day(p.measuredAt)})\n\n` +
        table(
          ['portal', 'initial JS (gzip)', 'raw', 'CSS (gzip)', 'chunks', `≤ ${kb(p.budgetBytes)}`],
          p.sizes.map((s) =>
            s.built
              ? [
                  s.portal,
                  kb(s.jsGzipBytes),
                  kb(s.jsBytes),
                  kb(s.cssGzipBytes),
                  s.files.length,
                  s.withinBudget ? 'yes' : '**no**',
                ]
              : [s.portal, 'not built', '', '', '', ''],
          ),
        ),
    );
  }
  return out.join('\n') + '\n';
}
