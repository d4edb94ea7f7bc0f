import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, envSchema, loadConfig, repoRoot } from './config.schema';

describe('configuration', () => {
  it('defaults to the embedded SQLite database in ./data with demo data, on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: join(repoRoot, 'data/layanan.sqlite') });
    expect(config.demoSeed).toBe(true);
    expect(config.regencyCode).toBe('35.28');
  });

  it('uses PostgreSQL with DATABASE_URL and does not seed unless asked', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const pg = loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_ENCRYPTION_KEY: key });
    expect(pg.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db', schema: 'public' });
    expect(pg.demoSeed).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_ENCRYPTION_KEY: key, DEMO_SEED: 'true' }).demoSeed,
    ).toBe(true);
  });

  it('fails at boot naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('is documented in the README, one row per variable, and nothing else', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)`\s+\|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(envSchema.shape).sort());
  });
});
