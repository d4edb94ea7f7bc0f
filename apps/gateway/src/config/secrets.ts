import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppConfig } from './config.schema';

interface StoredSecrets {
  jwtSecret: string;
  dataKey: string;
}

/**
 * Fills in secrets the environment did not give. In embedded mode (a SQLite
 * file) they are generated once into data/secrets.json beside the database,
 * so sessions and encrypted data survive a restart. Elsewhere (tests, or an
 * in-memory database) they are random for the life of the process.
 */
export function resolveSecrets(config: AppConfig): AppConfig & { jwtSecret: string; dataKey: Buffer } {
  if (config.jwtSecret && config.dataKey) return config as AppConfig & { jwtSecret: string; dataKey: Buffer };
  let stored: StoredSecrets | undefined;
  if (config.database.kind === 'sqlite' && config.database.path !== ':memory:') {
    const file = join(dirname(config.database.path), 'secrets.json');
    if (existsSync(file)) {
      stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
    } else {
      stored = {
        jwtSecret: randomBytes(48).toString('base64url'),
        dataKey: randomBytes(32).toString('base64'),
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  }
  return {
    ...config,
    jwtSecret: config.jwtSecret ?? stored?.jwtSecret ?? randomBytes(48).toString('base64url'),
    dataKey: config.dataKey ?? (stored ? Buffer.from(stored.dataKey, 'base64') : randomBytes(32)),
  };
}
