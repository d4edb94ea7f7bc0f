import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths';

export interface ServerProcess {
  name: string;
  base: string;
  pid: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  script: string;
  port: number;
  env: Record<string, string>;
  nodeArgs?: string[];
  /** Seconds to wait for GET `readyPath` to answer 200 (migrations run first on a fresh database). */
  timeoutSeconds?: number;
  readyPath: string;
}

/** Starts a Node server as a child process, its output in apps/bench/data/<name>.log, and waits until it answers. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, `${options.name}.log`);
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--require', join(__dirname, 'exit-on-signal.js'), options.script],
    {
      env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutSeconds ?? 120) * 1000;
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    try {
      const response = await fetch(base + options.readyPath);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${options.name} did not answer on ${base} in time; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!running) throw new Error(`${options.name} exited at start; see ${logFile}`);
  return {
    name: options.name,
    base,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
