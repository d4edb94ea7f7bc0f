// Per-page HTML with modulepreload hints. A lazy route's chunk is otherwise
// found only after the main chunk has arrived and run (a second round trip on
// a slow phone link). For each page a visitor may land on, the build writes
// `<path>.html`: the portal's index.html plus <link rel="modulepreload"> for
// the page's chunk and the chunks it imports, so that they download alongside
// the main chunk. The gateway answers `/<portal>/<path>` with that file
// (serve-static `extensions: ['html']`); any other path gets index.html.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ui = 'packages/ui/src';

/** Sign-in, registration and account pages (every portal). */
export const accountPages = {
  masuk: `${ui}/auth/SignInPage.tsx`,
  daftar: `${ui}/auth/RegisterPage.tsx`,
  akun: `${ui}/auth/AccountPage.tsx`,
};

/** The case pages of caseFeatures (e-Lorong, e-Madul, e-Sehat complaints). */
export const casePages = {
  lapor: `${ui}/cases/ReportPage.tsx`,
  kasus: `${ui}/cases/CaseListPage.tsx`,
  saya: `${ui}/cases/MyCasesPage.tsx`,
};

/** @param {Record<string, import('vite').Rollup.OutputChunk | import('vite').Rollup.OutputAsset>} bundle */
function chunksOf(bundle) {
  return Object.values(bundle).filter(
    /** @returns {c is import('vite').Rollup.OutputChunk} */ (c) => c.type === 'chunk',
  );
}

/**
 * @param {Record<string, string>} pages path under the portal (no slashes) → the module (from the
 *   repository root) its route imports lazily
 * @param {string} base the portal's path, e.g. '/lorong/'
 * @returns {import('vite').Plugin}
 */
export function entryPages(pages, base) {
  return {
    name: 'layanan-entry-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        const chunks = chunksOf(bundle);
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        /** @param {string[]} files @param {Set<string>} seen */
        const closure = (files, seen = new Set()) => {
          for (const file of files) {
            if (seen.has(file)) continue;
            seen.add(file);
            closure(byFile.get(file)?.imports ?? [], seen);
          }
          return seen;
        };
        const initial = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const source = String(html.source);
        for (const [path, module] of Object.entries(pages)) {
          if (!/^[a-z0-9-]+$/.test(path)) this.error(`entryPages: '${path}' must be one path segment`);
          const id = resolve(repo, module);
          const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === id);
          if (!chunk) this.error(`entryPages: ${module} (page '${path}') is not a lazily loaded chunk`);
          const files = [...closure([chunk.fileName])].filter((f) => !initial.has(f));
          const links = files
            .map((f) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${f}">`)
            .join('\n    ');
          this.emitFile({
            type: 'asset',
            fileName: `${path}.html`,
            source: source.replace('</head>', `  ${links}\n  </head>`),
          });
        }
      },
    },
  };
}
