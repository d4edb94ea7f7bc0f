import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { columnOf, quotedNames, rowShape } from './row-values';

export interface InsertRowsOptions {
  /** `ON CONFLICT ("<column>") DO NOTHING` (PostgreSQL and SQLite): a row that would break that unique index is skipped. */
  skipConflictOn?: string;
  /** Columns (property names) to return from the inserted rows. */
  returning?: string[];
}

/**
 * One multi-row INSERT in plain SQL, on the hot write paths where TypeORM's `save()` and query builder
 * cost more CPU than the database does (apps/bench/README.md): column names come from the entity's
 * metadata and each value is converted by the driver exactly as TypeORM would persist it (dates,
 * booleans, JSON), so the rows read back the same. Every column to write is named in `columns`; the
 * others take their database default. Runs on the caller's manager (its transaction, if any).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  columns: readonly (keyof T & string)[],
  rows: readonly Partial<T>[],
  options: InsertRowsOptions = {},
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const { driver } = manager.connection;
  const postgres = driver.options.type === 'postgres';
  const shape = rowShape(manager.connection, entity, columns);
  const meta = shape.metas;
  const parameters: unknown[] = [];
  const tuples = rows.map(
    (row) =>
      `(${meta
        .map((column) => {
          parameters.push(driver.preparePersistentValue(row[column.propertyName as keyof T], column));
          return postgres ? `$${parameters.length}` : '?';
        })
        .join(', ')})`,
  );
  let sql = `INSERT INTO "${shape.table}" (${quotedNames(shape)}) VALUES ${tuples.join(', ')}`;
  // The options' columns, looked up only when an option asks for them.
  const column = (name: string) => columnOf(manager.connection.getMetadata(entity), name);
  if (options.skipConflictOn)
    sql += ` ON CONFLICT ("${column(options.skipConflictOn).databaseName}") DO NOTHING`;
  if (options.returning?.length) {
    sql += ` RETURNING ${options.returning.map((name) => `"${column(name).databaseName}" AS "${name}"`).join(', ')}`;
    return manager.query<Record<string, unknown>[]>(sql, parameters);
  }
  await manager.query(sql, parameters);
  return [];
}
