import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds used so far (user + system) by the parts of a submission run. */
export interface CpuSnapshot {
  server: number;
  /** The other server of the run, idle but for its background work (the gateway's outbox dispatcher). */
  other: number;
  database: number;
  load: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux's supported architectures). */
const TICKS = 100;

interface ProcessTimes {
  comm: string;
  parent: number;
  /** utime + stime, seconds. */
  seconds: number;
  /** cutime + cstime: the CPU of its children that have exited (and been waited for), seconds. */
  childrenSeconds: number;
}

/** A process's CPU times from /proc/<pid>/stat, or null when it is gone or /proc is not there. */
function processTimes(pid: number | string): ProcessTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; the fields after it are space-separated.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const f = stat
      .slice(close + 2)
      .split(' ')
      .map(Number);
    return { comm, parent: f[1], seconds: (f[11] + f[12]) / TICKS, childrenSeconds: (f[13] + f[14]) / TICKS };
  } catch {
    return null;
  }
}

/**
 * All PostgreSQL server processes of the machine (backends, WAL writer, checkpointer, autovacuum),
 * including backends that have exited since (an idle pool connection closes): their time is in the
 * postmaster's children's times.
 */
function postgresSeconds(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  const postgres = new Map<number, ProcessTimes>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const p = processTimes(entry);
    if (p?.comm === 'postgres') postgres.set(Number(entry), p);
  }
  let total = 0;
  for (const p of postgres.values()) {
    total += p.seconds;
    if (!postgres.has(p.parent)) total += p.childrenSeconds; // the postmaster
  }
  return total;
}

/**
 * What the server under load, PostgreSQL (0 on SQLite, whose work is in the server's process) and
 * this process (autocannon, the load generator) have used so far. Read from /proc: on a machine
 * without it the server and PostgreSQL figures are 0.
 */
export function cpuSnapshot(serverPid: number, otherPid: number, postgres: boolean): CpuSnapshot {
  const usage = process.cpuUsage();
  return {
    server: processTimes(serverPid)?.seconds ?? 0,
    other: processTimes(otherPid)?.seconds ?? 0,
    database: postgres ? postgresSeconds() : 0,
    load: (usage.user + usage.system) / 1e6,
  };
}

/** CPU milliseconds per answered request between two snapshots. */
export interface CpuPerRequest {
  serverMs: number;
  otherMs: number;
  databaseMs: number;
  loadMs: number;
  totalMs: number;
}

export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuPerRequest {
  const per = (key: keyof CpuSnapshot) =>
    requests > 0 ? Math.round(((after[key] - before[key]) * 1000 * 1000) / requests) / 1000 : 0;
  const [serverMs, otherMs, databaseMs, loadMs] = (['server', 'other', 'database', 'load'] as const).map(per);
  const totalMs = Math.round((serverMs + otherMs + databaseMs + loadMs) * 1000) / 1000;
  return { serverMs, otherMs, databaseMs, loadMs, totalMs };
}
