import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../paths';

/** The budget of a portal's initial JavaScript, gzipped. */
export const initialJsBudgetBytes = 150 * 1024;

export interface PortalSize {
  portal: string;
  built: boolean;
  /** The entry chunk and every chunk it imports statically (what the browser must load before the first paint). */
  files: { file: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  withinBudget: boolean;
  builtAt: string | null;
}

const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/** Static imports of an ES module chunk (not dynamic import()). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[^.\w$])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+))?|\*)?\s*(?:from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** The files an index.html points at: module scripts, module preloads and stylesheets, as paths inside dist. */
function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const toDist = (url: string) => url.replace(/^.*?(assets\/)/, '$1');
  const scripts = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map(toDist);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    toDist(m[1]),
  );
  return { scripts, styles };
}

function measurePortal(portal: string): PortalSize {
  const dist = join(repoRoot, 'apps', portal, 'dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    return {
      portal,
      built: false,
      files: [],
      jsBytes: 0,
      jsGzipBytes: 0,
      cssGzipBytes: 0,
      withinBudget: false,
      builtAt: null,
    };
  }
  const html = readFileSync(index, 'utf8');
  const { scripts, styles } = entryFiles(html);
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const file = posix.normalize(queue.shift()!);
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.join(posix.dirname(file), spec));
      else if (spec.startsWith('/')) queue.push(spec.replace(/^.*?(assets\/)/, '$1'));
    }
  }
  const files = [...seen].map((file) => {
    const buffer = readFileSync(join(dist, file));
    return { file, bytes: buffer.length, gzipBytes: gzip(buffer) };
  });
  const jsGzipBytes = files.reduce((a, f) => a + f.gzipBytes, 0);
  return {
    portal,
    built: true,
    files,
    jsBytes: files.reduce((a, f) => a + f.bytes, 0),
    jsGzipBytes,
    cssGzipBytes: styles
      .filter((s) => existsSync(join(dist, s)))
      .reduce((a, s) => a + gzip(readFileSync(join(dist, s))), 0),
    withinBudget: jsGzipBytes <= initialJsBudgetBytes,
    builtAt: statSync(index).mtime.toISOString(),
  };
}

/** Every portal app (an app with a Vite config), measured from its built dist/. */
export function measurePortals(): PortalSize[] {
  const apps = join(repoRoot, 'apps');
  return readdirSync(apps)
    .filter(
      (name) => existsSync(join(apps, name, 'vite.config.ts')) && existsSync(join(apps, name, 'index.html')),
    )
    .sort()
    .map(measurePortal);
}

export const portalDistDir = (portal: string) =>
  dirname(join(repoRoot, 'apps', portal, 'dist', 'index.html'));
