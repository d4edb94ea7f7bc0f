import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver that turns the form's values into the request
 * body and checks it with the domain schema the gateway uses. Issues land on
 * the form field named by the first segment of their path (or `root`);
 * `extra` adds checks only the browser can make.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toBody: (values: V) => unknown,
  extra?: (values: V) => Record<string, FieldError>,
): Resolver<V, unknown, z.output<S>> {
  return (values) => {
    const errors: Record<string, FieldError> = { ...extra?.(values) };
    const parsed = schema.safeParse(toBody(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? String(issue.path[0]) : 'root';
        errors[field] ??= { type: issue.code, message: issue.message };
      }
    }
    if (Object.keys(errors).length || !parsed.success)
      return { values: {}, errors: errors as FieldErrors<V> };
    return { values: parsed.data, errors: {} };
  };
}
