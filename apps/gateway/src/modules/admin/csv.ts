import { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

const logger = new Logger('CsvExport');

export type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 * Text starting with = + - @ or a tab is prefixed with ' so that a spreadsheet
 * never reads it as a formula (CSV injection); numbers are written as they are.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * Streams a CSV download: the header row, then each batch of rows as it comes,
 * read as fast as the socket takes it (the file is never built in memory). The
 * length is unknown in advance; the portal shows the rows received so far. A
 * failure after the first bytes cuts the download short, so that it cannot
 * pass for a whole file; the answer's promise then rejects (and is logged).
 */
export function streamCsv(
  reply: FastifyReply,
  filename: string,
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly CsvCell[])[]>,
): FastifyReply {
  async function* lines() {
    // A byte order mark so that spreadsheet programs read UTF-8 names right.
    yield `\uFEFF${csvLine(header)}`;
    try {
      for await (const rows of batches) yield rows.map(csvLine).join('');
    } catch (error) {
      logger.error({ err: error, filename }, 'CSV export failed part way; the download was cut short');
      throw error;
    }
  }
  return reply
    .status(200)
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store')
    .send(Readable.from(lines(), { objectMode: false }));
}

/** A table already computed, as the one batch of a CSV stream. */
export async function* oneBatch<T>(rows: T[]): AsyncIterable<T[]> {
  await Promise.resolve();
  yield rows;
}
