import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type BenchDb, connect } from '../db/connection';
import { withoutIndexes } from '../db/indexes';
import { type DbTarget, freshTarget } from '../db/target';
import { loadPlaces } from './places';
import { Random } from './random';
import { insertReference } from './reference';
import { serviceGenerators } from './registry';

export interface GenerationResult {
  size: number;
  seconds: number;
  rows: Record<string, number>;
}

/** Residents who file the generated cases: one per 20 cases, at least 50. */
const residentsFor = (size: number) => Math.max(50, Math.ceil(size / 20));

/**
 * Marks a generated database with its size, so a later run can reuse it
 * (--reuse): a comment on the PostgreSQL schema, a file beside the SQLite one.
 */
async function writeMarker(db: BenchDb, target: DbTarget, size: number) {
  if (target.kind === 'postgres') {
    await db.query(`COMMENT ON SCHEMA "${target.schema}" IS 'layanan-bench:${size}'`);
  } else {
    writeFileSync(
      `${target.path}.bench.json`,
      JSON.stringify({ size, generatedAt: new Date().toISOString() }),
    );
  }
}

/** True when the database was generated with this size by an earlier run. */
export async function isGenerated(target: DbTarget, size: number): Promise<boolean> {
  if (target.kind === 'sqlite') {
    const marker = `${target.path}.bench.json`;
    if (!existsSync(marker) || !existsSync(target.path)) return false;
    return (JSON.parse(readFileSync(marker, 'utf8')) as { size: number }).size === size;
  }
  try {
    const db = await connect(target);
    try {
      const rows = await db.query<{ c: string | null }>(
        "SELECT obj_description(oid, 'pg_namespace') AS c FROM pg_namespace WHERE nspname = $1",
        [target.schema],
      );
      return rows[0]?.c === `layanan-bench:${size}`;
    } finally {
      await db.close();
    }
  } catch {
    return false;
  }
}

/** A fresh database migrated by the gateway, filled with the reference data and `size` cases (and what services add). */
export async function generate(
  target: DbTarget,
  size: number,
  log: (message: string) => void,
): Promise<GenerationResult> {
  const started = process.hrtime.bigint();
  if (target.kind === 'sqlite') rmSync(`${target.path}.bench.json`, { force: true });
  await freshTarget(target);
  const db = await connect(target, { bulk: true });
  try {
    const random = new Random(size);
    const reference = await insertReference(db, random, residentsFor(size));
    const rows: Record<string, number> = {
      agencies: reference.agencies.length,
      categories: reference.categories.length,
      users: reference.agencies.length + 1 + reference.residentIds.length,
    };
    const context = { db, random, reference, places: loadPlaces(), now: new Date(), progress: log };
    for (const generator of serviceGenerators) {
      const written = await withoutIndexes(db, generator.tables, () => generator.generate(context, size));
      Object.assign(rows, written);
    }
    // As autovacuum would have by the time a database holds years of records: statistics, and on
    // PostgreSQL the visibility map too, without which no index-only scan (the capped counts) skips the heap.
    await db.query(db.kind === 'postgres' ? 'VACUUM (ANALYZE)' : 'ANALYZE');
    await writeMarker(db, target, size);
    return { size, seconds: Number(process.hrtime.bigint() - started) / 1e9, rows };
  } finally {
    await db.close();
  }
}
