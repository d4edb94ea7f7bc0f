import { fileURLToPath } from 'node:url';
// Shared Playwright config of the portals' browser journeys. The tests run
// against the real gateway built to apps/gateway/dist, which serves the built
// portal under /<portal>/ and the API under /api, on a fresh database with the
// demo seed: SQLite in memory, or with DATABASE_URL a PostgreSQL schema of its own. Debian's Chromium is used: no browser download.

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {{ portal: string, defaultPort: number }} options
 *   portal: the path segment ('lorong'); defaultPort: used unless E2E_PORT is set.
 */
export function portalPlaywrightConfig({ portal, defaultPort }) {
  const port = Number(process.env.E2E_PORT ?? defaultPort);
  // On PostgreSQL each run gets a schema of its own, dropped by the teardown.
  process.env.E2E_DATABASE_SCHEMA ??= `e2e_${portal}_${Date.now().toString(36)}`;
  const origin = `http://127.0.0.1:${port}`;
  const ci = !!process.env.CI;
  return {
    testDir: 'e2e',
    globalSetup: fileURLToPath(new URL('./playwright-setup.mjs', import.meta.url)),
    globalTeardown: fileURLToPath(new URL('./playwright-teardown.mjs', import.meta.url)),
    outputDir: 'test-results',
    timeout: 30_000,
    expect: { timeout: 7_500 },
    fullyParallel: false,
    workers: 1,
    forbidOnly: true,
    retries: 0,
    reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
    use: {
      baseURL: `${origin}/${portal}/`,
      viewport: { width: 360, height: 740 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      trace: 'retain-on-failure',
      screenshot: 'only-on-failure',
      browserName: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: chromiumArgs,
      },
    },
    webServer: {
      command: 'node ../gateway/dist/main.js',
      url: `${origin}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SQLITE_PATH: ':memory:',
        DEMO_SEED: 'true',
        NODE_ENV: 'test',
        DATABASE_SCHEMA: process.env.E2E_DATABASE_SCHEMA,
      },
    },
  };
}
