import { DataSource } from 'typeorm';
import { Gate, prepared, serializeSqliteTransactions, sqliteWriteTurn } from './sqlite-serial';

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

  it('runs a synchronous write in its own turn: never inside an open transaction, all or nothing', async () => {
    const tx = ds.transaction(async (m) => {
      await m.query(`INSERT INTO t VALUES ('tx')`);
      await sleep(20);
      throw new Error('the open transaction fails');
    });
    await sleep(5);
    const write = sqliteWriteTurn(ds, (db) => {
      prepared(db, 'INSERT INTO t VALUES (?)').run('sync');
      // Inside the open transaction it would see its row.
      return prepared(db, 'SELECT name FROM t ORDER BY name').all();
    });
    await expect(tx).rejects.toThrow('the open transaction fails');
    await expect(write).resolves.toEqual([{ name: 'sync' }]);
    // The transaction's rollback did not take the write's row with it.
    expect(await names()).toEqual(['sync']);
    // A throw inside the write undoes its statements.
    await expect(
      sqliteWriteTurn(ds, (db) => {
        prepared(db, 'INSERT INTO t VALUES (?)').run('half');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await names()).toEqual(['sync']);
  });

  it('commits the writes of one turn together, each in its own savepoint: a refused one undoes only itself', async () => {
    const commits: string[] = [];
    const writes = ['w1', 'w2', 'bad', 'w4', 'w5'].map((name) =>
      sqliteWriteTurn(ds, (db) => {
        prepared(db, 'INSERT INTO t VALUES (?)').run(name);
        if (name === 'bad') throw new Error('refused');
        commits.push(name);
        return name;
      }),
    );
    const settled = await Promise.allSettled(writes);
    expect(settled.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await names()).toEqual(['w1', 'w2', 'w4', 'w5']);
    expect(commits).toEqual(['w1', 'w2', 'w4', 'w5']);
    // A write a turn later is its own group and sees the earlier rows.
    await expect(
      sqliteWriteTurn(ds, (db) => prepared(db, 'SELECT COUNT(*) AS n FROM t').get()),
    ).resolves.toEqual({ n: 4 });
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

  it('runs waiting transactions in the order they arrived, newcomers after them', async () => {
    const order: number[] = [];
    const hold = ds.transaction(() => sleep(20));
    await sleep(5);
    const waiting = Array.from({ length: 8 }, (_, i) =>
      ds.transaction(async (m) => {
        order.push(i);
        await m.query(`INSERT INTO t VALUES ('w${i}')`);
      }),
    );
    await hold;
    const late = ds.transaction(async () => {
      order.push(99);
    });
    await Promise.all([...waiting, late]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 99]);
  });
});

describe('Gate', () => {
  it('hands the connection to the first waiter on release, so a newcomer cannot overtake it', async () => {
    const gate = new Gate();
    const order: string[] = [];
    const turn = (name: string) => async () => {
      order.push(name);
      await sleep(1);
      gate.release();
    };
    await gate.acquire(Symbol('holder'));
    const a = gate.acquire(Symbol('a')).then(turn('a'));
    const b = gate.acquire(Symbol('b')).then(turn('b'));
    gate.release();
    const c = gate.acquire(Symbol('c')).then(turn('c'));
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('lets queries queued before a waiting transaction run before it, and holds those queued after', async () => {
    const gate = new Gate();
    const order: string[] = [];
    const owner = Symbol('owner');
    await gate.acquire(owner);
    const q1 = gate.free(undefined).then(() => order.push('query 1'));
    const tx = gate.acquire(Symbol('next')).then(() => order.push('transaction'));
    const q2 = gate.free(undefined).then(() => order.push('query 2'));
    const own = gate.free(owner).then(() => order.push('owner query'));
    await own;
    gate.release();
    await Promise.all([q1, tx]);
    expect(order).toEqual(['owner query', 'query 1', 'transaction']);
    gate.release();
    await q2;
    expect(order).toEqual(['owner query', 'query 1', 'transaction', 'query 2']);
  });
});
