import { DataSource } from 'typeorm';

/** Creates the configured PostgreSQL schema when it is missing (migrations then run inside it). */
export async function ensurePostgresSchema(url: string, schema: string): Promise<void> {
  if (schema === 'public') return;
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await admin.destroy();
  }
}
