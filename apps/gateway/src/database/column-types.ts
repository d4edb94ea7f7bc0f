import { Column, type ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Timestamps are instants stored in UTC: `timestamptz` on PostgreSQL,
 * `datetime` on SQLite. The driver is fixed for the life of the process (it
 * comes from DATABASE_URL), so the entity metadata is read once.
 */
export const isPostgres = () => !!process.env.DATABASE_URL;
const timestampType = () => (isPostgres() ? 'timestamptz' : 'datetime');

export const TimestampColumn = (options: ColumnOptions = {}) => Column({ type: timestampType(), ...options });
export const CreatedAtColumn = () => CreateDateColumn({ type: timestampType(), name: 'created_at' });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: timestampType(), name: 'updated_at' });
