import type { z } from 'zod';
import { AppError } from '@layanan/domain';
import { currentContext } from '../../common/http/request-context';
import { describeIssues } from '../../common/http/validation.pipe';

/**
 * Parses a body with a schema built for the request (schemas that need today's
 * WIB date, the configuration or the records at hand): a failure is a 400
 * naming every bad field, like the global pipe.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix?: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = prefix
    ? result.error.issues.map((i) => ({ ...i, path: [prefix, ...i.path] }))
    : result.error.issues;
  throw new AppError('validation_failed', 400, describeIssues(issues, currentContext().lang));
}
