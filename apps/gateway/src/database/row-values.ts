import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

type Column = NonNullable<ReturnType<EntityMetadata['findColumnWithPropertyName']>>;

/** The column of an entity's property; an unknown property is a programming error. */
export function columnOf(metadata: EntityMetadata, property: string): Column {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column;
}

/** The table and columns of an entity that a hand-written statement writes (property names in order). */
export interface RowShape<T> {
  table: string;
  columns: readonly (keyof T & string)[];
  /** The columns' database names, in the same order. */
  names: string[];
  /** The columns' SQL types as the driver names them (casts of a statement's typed parameters). */
  types: string[];
  metas: Column[];
}

/** By the columns list itself (callers pass module constants): no metadata search per request. */
const cache = new WeakMap<readonly string[], WeakMap<DataSource, Map<unknown, RowShape<never>>>>();

/** The shape of `columns` of `entity`, read from TypeORM's metadata once per list and data source. */
export function rowShape<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  columns: readonly (keyof T & string)[],
): RowShape<T> {
  let perSource = cache.get(columns);
  if (!perSource) cache.set(columns, (perSource = new WeakMap()));
  let perEntity = perSource.get(dataSource);
  if (!perEntity) perSource.set(dataSource, (perEntity = new Map<unknown, RowShape<never>>()));
  const known = perEntity.get(entity) as RowShape<T> | undefined;
  if (known) return known;
  const metadata = dataSource.getMetadata(entity);
  const metas = columns.map((name) => columnOf(metadata, name));
  const shape: RowShape<T> = {
    table: metadata.tableName,
    columns,
    names: metas.map((c) => c.databaseName),
    types: metas.map((c) => dataSource.driver.normalizeType(c)),
    metas,
  };
  perEntity.set(entity, shape);
  return shape;
}

/** A row's values in the shape's order, converted by the driver exactly as TypeORM persists them. */
export function rowValues<T extends ObjectLiteral>(
  dataSource: DataSource,
  shape: RowShape<T>,
  row: Partial<T>,
): unknown[] {
  const { driver } = dataSource;
  return shape.metas.map(
    (column): unknown =>
      driver.preparePersistentValue(row[column.propertyName as keyof T], column) as unknown,
  );
}

/** `"a", "b", "c"` */
export const quotedNames = (shape: RowShape<never> | { names: string[] }, prefix = '') =>
  shape.names.map((n) => `${prefix}"${n}"`).join(', ');
