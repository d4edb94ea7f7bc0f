import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of the test's own (initdb in a temporary folder, its own port), so that a test
 * can stop and restart it without disturbing the shared server. Uses the Debian packages' binaries;
 * runs them as the `postgres` user when the test runs as root.
 */
export class ScratchPostgres {
  private readonly dir: string;
  private readonly bin: string;

  constructor(readonly port: number) {
    const versions = readdirSync('/usr/lib/postgresql').sort();
    if (!versions.length) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
    this.bin = join('/usr/lib/postgresql', versions[versions.length - 1], 'bin');
    this.dir = mkdtempSync(join(tmpdir(), 'pg-scratch-'));
    chmodSync(this.dir, 0o777);
  }

  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]) {
    const command = join(this.bin, tool);
    const asRoot = process.getuid?.() === 0;
    execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, {
      stdio: 'pipe',
      cwd: '/tmp',
    });
  }

  init() {
    this.run('initdb', ['-D', join(this.dir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync']);
  }

  start() {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  }

  /** Stops the server at once (clients are disconnected) and starts it again. */
  restart() {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
    this.start();
  }

  stopAndRemove() {
    try {
      this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
