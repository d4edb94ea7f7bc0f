import { once } from 'node:events';
import type { Response } from 'express';

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
 * waiting for the socket to drain (the file is never built in memory). The
 * length is unknown in advance; the portal shows the rows received so far.
 */
export async function streamCsv(
  res: Response,
  filename: string,
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly CsvCell[])[]>,
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  // A byte order mark so that spreadsheet programs read UTF-8 names right.
  res.write(`\uFEFF${csvLine(header)}`);
  try {
    for await (const rows of batches) {
      if (res.destroyed) return;
      const chunk = rows.map(csvLine).join('');
      if (!res.write(chunk)) await once(res, 'drain');
    }
  } catch (error) {
    // The status line is gone already: cut the download short so that it cannot pass for a whole file.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  res.end();
}

/** A table already computed, as the one batch of a CSV stream. */
export async function* oneBatch<T>(rows: T[]): AsyncIterable<T[]> {
  await Promise.resolve();
  yield rows;
}
