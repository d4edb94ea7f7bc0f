import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { connect } from '../db/connection';
import type { DbKind } from '../db/target';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  databases: Partial<Record<DbKind, string>>;
  /** 1-minute load average when the run started and ended: above the core count, other work was sharing the cores. */
  loadAverage: { start: number; end: number | null };
}

export async function describeMachine(dbs: DbKind[], pgUrl: string): Promise<MachineInfo> {
  const databases: MachineInfo['databases'] = {};
  for (const kind of dbs) {
    try {
      const db = await connect(
        kind === 'sqlite' ? { kind, path: ':memory:' } : { kind, url: pgUrl, schema: 'public' },
      );
      databases[kind] = await db.version();
      await db.close();
    } catch (error) {
      databases[kind] = `unavailable (${(error as Error).message})`;
    }
  }
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    databases,
    loadAverage: { start: Math.round(loadavg()[0] * 100) / 100, end: null },
  };
}

export const currentLoad = () => Math.round(loadavg()[0] * 100) / 100;
export const freeMemoryGiB = () => Math.round((freemem() / 2 ** 30) * 10) / 10;
