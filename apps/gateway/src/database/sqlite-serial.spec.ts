import { DataSource } from 'typeorm';
import { serializeSqliteTransactions } from './sqlite-serial';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('serializeSqliteTransactions', () => {
  let ds: DataSource;
  beforeEach(async () => {
    ds = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await ds.initialize();
    await ds.query('CREATE TABLE t (name TEXT PRIMARY KEY)');
    serializeSqliteTransactions(ds);
  });
  afterEach(() => ds.destroy());

  const names = async () =>
    (await ds.query<{ name: string }[]>('SELECT name FROM t ORDER BY name')).map((r) => r.name);

  it('keeps a committed transaction when an overlapping one fails', async () => {
    const first = ds.transaction(async (m) => {
      await m.query(`INSERT INTO t VALUES ('a')`);
      await sleep(30);
    });
    await sleep(5);
    const second = ds.transaction(async (m) => {
      await m.query(`INSERT INTO t VALUES ('b')`);
      await sleep(5);
      throw new Error('refused');
    });
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toThrow('refused');
    expect(await names()).toEqual(['a']);
  });

  it('stores exactly the transactions that succeeded, out of many at once, and keeps savepoints for nested ones', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        ds.transaction(async (m) => {
          await m.query(`INSERT INTO t VALUES ('n${i}')`);
          await sleep(i % 4);
          // A nested transaction of the owner is a savepoint: its failure is caught and undone alone.
          await m
            .transaction(async (inner) => {
              await inner.query(`INSERT INTO t VALUES ('inner${i}')`);
              throw new Error('inner');
            })
            .catch(() => undefined);
          if (i % 3 === 0) throw new Error(`fail ${i}`);
        }),
      ),
    );
    const kept = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [`n${i}`] : []));
    expect(kept).toHaveLength(20);
    expect(await names()).toEqual(kept.sort());
  });

  it('makes a plain query of another caller wait for the open transaction instead of joining it', async () => {
    const tx = ds.transaction(async (m) => {
      await m.query(`INSERT INTO t VALUES ('x')`);
      await sleep(20);
      throw new Error('rolled back');
    });
    await sleep(5);
    await ds.query(`INSERT INTO t VALUES ('outside')`);
    await expect(tx).rejects.toThrow('rolled back');
    expect(await names()).toEqual(['outside']);
  });

  it('lets the owner call dataSource.transaction again inside its own transaction', async () => {
    await ds.transaction(async () => {
      await ds.transaction(async (m) => m.query(`INSERT INTO t VALUES ('nested')`));
    });
    expect(await names()).toEqual(['nested']);
  });
});
