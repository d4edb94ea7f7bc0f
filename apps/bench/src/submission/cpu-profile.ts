import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  what: string;
  selfPercent: number;
}

export interface ProfileSummary {
  file: string;
  /** Functions by self time. */
  functions: HotSpot[];
  /** Self time by package (node_modules/<name>), the gateway's own code, Node internals and GC. */
  packages: HotSpot[];
  /** Share of samples with the main thread idle (waiting on I/O, or not scheduled on a busy machine). */
  idlePercent: number;
}

/** The newest .cpuprofile in a folder. */
export function newestProfile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
  if (match) return match[1];
  const app = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return app ? `${app[1]}/${app[2]}` : url;
}

/** Self time per function and per package from a V8 CPU profile. */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const idleIds = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const idle = profile.samples.filter((id) => idleIds.has(id)).length;
  // Percentages are of the busy samples: what the CPU time of a request is spent on.
  const total = profile.samples.length - idle || 1;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (!count || idleIds.has(node.id)) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url
          .replace(/^file:\/\//, '')
          .replace(/^.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
          .replace(/^.*\/(apps|packages)\//, '$1/')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + count);
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, count]) => ({ what, selfPercent: Math.round((count / total) * 1000) / 10 }));
  return {
    file,
    functions: rank(byFunction),
    packages: rank(byPackage),
    idlePercent: Math.round((idle / (profile.samples.length || 1)) * 1000) / 10,
  };
}
