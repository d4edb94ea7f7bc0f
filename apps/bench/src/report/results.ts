import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbKind } from '../db/target';
import type { GenerationResult } from '../generate/generate';
import type { PortalSize } from '../portals/portal-sizes';
import type { QueryTiming } from '../queries/run-queries';
import type { SubmissionResult } from '../submission/run-submission';
import { benchDir, resultsDir } from '../paths';
import type { MachineInfo } from './machine';
import { renderMarkdown } from './markdown';

/** Written files are formatted with the repository's Prettier settings, so format:check stays green after a run. */
async function pretty(file: string, text: string): Promise<string> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, filepath: file });
}

export interface QueryResults {
  sizes: number[];
  /** Per size (as a string key), the timings of every registered query. */
  bySize: Record<string, QueryTiming[]>;
}

/** Everything a run measured; parts not run keep the numbers of the previous run (with their own date). */
export interface BenchResults {
  machine: MachineInfo;
  updatedAt: string;
  generation: Partial<Record<DbKind, { measuredAt: string; runs: GenerationResult[] }>>;
  submission: Partial<Record<DbKind, SubmissionResult & { measuredAt: string }>>;
  queries: Partial<Record<DbKind, QueryResults & { measuredAt: string }>>;
  portals?: { measuredAt: string; budgetBytes: number; sizes: PortalSize[] };
  /** Submission runs with the gateway under --cpu-prof (slower than a plain run), with the profile's summary. */
  profiles: Partial<Record<DbKind, ProfiledRun>>;
}

export type ProfiledRun = Pick<
  SubmissionResult,
  'gateway' | 'bare' | 'ratio' | 'p99Ratio' | 'duration' | 'connections' | 'bareIdlePercent'
> & { measuredAt: string; profile: NonNullable<SubmissionResult['profile']> };

export const latestJson = join(resultsDir, 'latest.json');

export function loadPrevious(machine: MachineInfo): BenchResults {
  if (existsSync(latestJson)) {
    const previous = JSON.parse(readFileSync(latestJson, 'utf8')) as BenchResults;
    return { ...previous, profiles: previous.profiles ?? {}, machine };
  }
  return {
    machine,
    updatedAt: new Date().toISOString(),
    generation: {},
    submission: {},
    queries: {},
    profiles: {},
  };
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Writes results/latest.json, results/latest.md, and the numbers section of apps/bench/README.md. */
export async function writeResults(results: BenchResults): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  results.updatedAt = new Date().toISOString();
  writeFileSync(latestJson, await pretty(latestJson, JSON.stringify(results, null, 2)));
  const markdown = renderMarkdown(results);
  const mdFile = join(resultsDir, 'latest.md');
  writeFileSync(mdFile, await pretty(mdFile, markdown));
  const readme = join(benchDir, 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start >= 0 && end > start) {
      writeFileSync(
        readme,
        await pretty(readme, `${text.slice(0, start + START.length)}\n\n${markdown}\n${text.slice(end)}`),
      );
    }
  }
  return markdown;
}
