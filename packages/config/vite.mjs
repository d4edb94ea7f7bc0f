// Shared Vite config of the five portals: React, the workspace source
// condition, the gateway proxy, and the page itself (index.html).
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { accountPages, entryPages } from './entry-pages.mjs';
import { portalPwa } from './pwa.mjs';

export { accountPages, casePages } from './entry-pages.mjs';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:3000';

/** A square of the brand colour, inline: nothing is fetched from elsewhere. */
const favicon = (colour) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${colour}"/></svg>`,
  )}`;

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Writes the portal's whole index.html. The root holds the shell's header
 * (the same markup and classes as AppShell) and the service's description, so
 * that the page paints as soon as the HTML and the style sheet are in, before
 * the scripts run; React replaces it when it renders. The file on disk is a
 * placeholder, so that the five portals share one page skeleton.
 * @param {{ title: string, colour: string, description: string }} page
 */
function portalHtml(base, { title, colour, description }) {
  const name = escape(title);
  const html = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${escape(description)}" />
    <meta name="theme-color" content="${escape(colour)}" />
    <link rel="icon" href="${escape(favicon(colour))}" />
    <link rel="apple-touch-icon" href="${base}icon-192.png" />
    <title>${name} · Kabupaten Pamekasan</title>
  </head>
  <body>
    <noscript>${name} memerlukan JavaScript. / ${name} needs JavaScript.</noscript>
    <div id="root">
      <div class="shell" style="--brand: ${escape(colour)}">
        <header class="shell-header">
          <div class="shell-bar">
            <a href="${base}" class="shell-brand">
              <span class="shell-brand-name">${name}</span>
              <span class="shell-brand-sub">Kabupaten Pamekasan</span>
            </a>
          </div>
        </header>
        <main class="shell-main"><p class="muted">${escape(description)}</p></main>
      </div>
    </div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
  return { name: 'layanan-portal-html', transformIndexHtml: { order: 'pre', handler: () => html } };
}

/**
 * zod compiles object parsers with `new Function` when it may. Its probe for
 * that (`new Function('')` in a try, the first time an object schema is built)
 * is an eval, which the gateway's CSP (`script-src 'self'`, no 'unsafe-eval')
 * blocks and Chromium reports as a CSP violation. In the portals zod's global
 * config starts with `jitless: true`, so it never probes: set where zod creates
 * that config, before any schema of any chunk is built (a `z.config()` call in
 * the app would run after the schemas its imports build). The build fails if
 * zod changes that line.
 */
function zodJitless() {
  const line = '(_a.__zod_globalConfig = {})';
  return {
    name: 'layanan-zod-jitless',
    transform: {
      filter: { id: /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/ },
      handler(code) {
        if (!code.includes(line)) this.error(`zod's core.js no longer has ${line}: update zodJitless`);
        return { code: code.replace(line, '(_a.__zod_globalConfig = { jitless: true })'), map: null };
      },
    },
  };
}

/**
 * @param {string} base the path the gateway serves the portal under, e.g. '/lorong/'
 * @param {{ title: string, colour: string, description: string }} page what the HTML head says before the app runs
 * @param {Record<string, string>} [pages] the pages a visitor may land on that load lazily: path → module
 *   (see entry-pages.mjs); each gets its own HTML with modulepreload links
 */
export function portalViteConfig(base, page, pages = accountPages) {
  if (!/^\/[a-z]+\/$/.test(base))
    throw new Error(`portalViteConfig: base must look like '/lorong/', got '${base}'`);
  const proxy = { '/api': { target: gateway, changeOrigin: false } };
  return defineConfig({
    base,
    plugins: [
      react(),
      zodJitless(),
      portalHtml(base, page),
      ...portalPwa(base, page),
      entryPages(pages, base),
    ],
    // Workspace packages are read from their TypeScript source: no package build needed.
    resolve: { conditions: ['@layanan/source', ...defaultClientConditions] },
    server: { proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // A portal's initial JS should stay at or under 150 KB gzipped (about 500 KB raw).
      chunkSizeWarningLimit: 500,
      rolldownOptions: {
        // packages/domain declares its zod schemas at module level. Building a
        // schema has no side effect, so schemas no page uses are dropped and
        // zod loads with the form pages only, not in the initial bundle.
        // Caveat: a top-level `z.config(...)` would be dropped too; call it
        // from a function that runs.
        treeshake: {
          manualPureFunctions: ['z'],
          moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
        },
      },
    },
  });
}
