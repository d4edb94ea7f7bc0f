import type { BenchDb } from './connection';

interface IndexDefinition {
  name: string;
  sql: string;
}

/** The secondary indexes of a table as created by the migrations (not those backing a primary key or constraint). */
async function secondaryIndexes(db: BenchDb, table: string): Promise<IndexDefinition[]> {
  if (db.kind === 'sqlite') {
    // Auto-indexes (primary keys, UNIQUE constraints) have no SQL.
    return db.query<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL",
      [table],
    );
  }
  return db.query<{ name: string; sql: string }>(
    `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))`,
    [table],
  );
}

/** The triggers of a table as created by the migrations (the back office's rollup marks, on cases). */
async function triggers(db: BenchDb, table: string): Promise<IndexDefinition[]> {
  if (db.kind === 'sqlite')
    return db.query<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $1",
      [table],
    );
  return db.query<{ name: string; sql: string }>(
    `SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS sql FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`,
    [table],
  );
}

/**
 * Runs a bulk load with the tables' secondary indexes and triggers dropped, then
 * creates them again from the definitions the migrations made (read back from
 * the catalog, so they are exactly the gateway's). Much faster than maintaining
 * random-key b-trees row by row on large loads; without the triggers, the load
 * of old cases does not mark every day of the back office's rollup dirty (the
 * bench builds the rollup afterwards, see queries/run-queries.ts).
 */
export async function withoutIndexes<T>(db: BenchDb, tables: string[], load: () => Promise<T>): Promise<T> {
  const dropped: IndexDefinition[] = [];
  for (const table of tables) {
    for (const trigger of await triggers(db, table)) {
      await db.query(`DROP TRIGGER "${trigger.name}"${db.kind === 'postgres' ? ` ON "${table}"` : ''}`);
      dropped.push(trigger);
    }
    for (const index of await secondaryIndexes(db, table)) {
      await db.query(`DROP INDEX "${index.name}"`);
      dropped.push(index);
    }
  }
  try {
    return await load();
  } finally {
    for (const index of dropped) await db.query(index.sql);
  }
}
