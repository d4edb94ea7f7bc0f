import { DataSource } from 'typeorm';
import { testNik } from './test-app';

/** Calls a running gateway over HTTP (no in-process app). */
export async function api<T = unknown>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** A new resident of the deployment, signed in. */
export async function newResident(base: string, n: number) {
  const res = await api<{ accessToken: string; refreshToken: string; user: { id: string } }>(
    base,
    '/api/auth/register',
    {
      body: {
        nik: testNik(n),
        fullName: `Warga ${n}`,
        phone: `08123456${String(n).padStart(4, '0')}`,
        password: 'rahasia123',
      },
    },
  );
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function categoryIdOf(base: string, service: string, code: string): Promise<string> {
  const res = await api<{ id: string; code: string }[]>(base, `/api/categories?service=${service}`);
  const found = res.body.find((c) => c.code === code);
  if (!found) throw new Error(`category ${code} not found`);
  return found.id;
}

/** A connection of the test's own to the deployment's database (PostgreSQL schema or SQLite file), to check what was stored. */
export async function inspect(
  database: { url: string; schema: string } | { sqlitePath: string },
): Promise<DataSource> {
  const ds =
    'url' in database
      ? new DataSource({
          type: 'postgres',
          url: database.url,
          extra: { options: `-c search_path=${database.schema}` },
        })
      : new DataSource({ type: 'better-sqlite3', database: database.sqlitePath, readonly: true });
  return ds.initialize();
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
