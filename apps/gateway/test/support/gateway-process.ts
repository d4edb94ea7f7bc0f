import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const main = join(__dirname, '../../dist/main.js');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Settings shared by every process of one deployment (the same secrets, as replicas have). */
export function deploymentEnv(
  database: { url: string; schema: string } | { sqlitePath: string },
): Record<string, string> {
  return {
    // Production mode: the SLA sweep and the outbox run on their timers, as they do in production.
    NODE_ENV: 'production',
    ...('url' in database
      ? { DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema }
      : { SQLITE_PATH: database.sqlitePath }),
    DEMO_SEED: 'true',
    HSTS_MAX_AGE_SECONDS: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    SUBMISSION_RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

/** One gateway process (the built `dist/main.js`), as production runs it. */
export class GatewayProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the gateway first (pnpm build)`);
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 400) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`gateway exited with ${child.exitCode}:\n${this.output.join('').slice(-3000)}`);
      }
      try {
        const res = await fetch(`${this.url}/api/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`gateway did not answer within ${timeoutMs} ms:\n${this.output.join('').slice(-3000)}`);
  }

  /** SIGKILL: no shutdown hooks, no goodbye, as when the machine dies. */
  kill(): Promise<void> {
    return this.stop('SIGKILL');
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
