/** Ids per `IN (…)` list of one statement. */
export const IN_CHUNK = 5000;

/**
 * Runs `read` once per slice of `ids` (one after the other, so one pooled connection at a time) and
 * returns all the rows. An `IN (…)` list binds one parameter per id: PostgreSQL refuses a statement with
 * more than 65 535 parameters and SQLite one with more than 32 766, and a regency-wide read (the back
 * office's maternal figures at a million cases) passes that.
 */
export async function inChunks<T>(
  ids: readonly string[],
  read: (chunk: string[]) => Promise<T[]>,
  size = IN_CHUNK,
): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += size) {
    for (const row of await read(ids.slice(start, start + size))) rows.push(row);
  }
  return rows;
}
