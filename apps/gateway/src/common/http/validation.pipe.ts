import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { AppError, type Lang, isMessageCode, message } from '@layanan/domain';
import { currentContext } from './request-context';

const locales: Record<Lang, ReturnType<typeof z.locales.id>> = { id: z.locales.id(), en: z.locales.en() };

/** Field path → message, in the request's language. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], lang: Lang): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.length ? issue.path.join('.') : '_';
    if (fields[path]) continue;
    fields[path] = isMessageCode(issue.message) ? message(issue.message, lang) : issue.message;
  }
  return fields;
}

/** Paths of the strings holding a NUL character (PostgreSQL cannot store one in text). */
export function nulPaths(value: unknown, path: string[] = [], found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.length ? path.join('.') : '_');
  } else if (value && typeof value === 'object' && depth < 32) {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push([...path, key].join('.'));
      nulPaths(inner, [...path, key], found, depth + 1);
    }
  }
  return found;
}

/**
 * The global pipe for parameters declared with a zod schema
 * (`@Body({ schema })`, `@Query({ schema })`, `@Param('x', { schema })`).
 * Failures become a 400 naming every bad field, in Indonesian or English.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = metadata.schema;
    if (!schema) return value;
    if (!(schema instanceof z.ZodType)) throw new Error('Only zod schemas are supported on routes');
    const { lang } = currentContext();
    const nul = nulPaths(value);
    if (nul.length) {
      throw new AppError(
        'validation_failed',
        400,
        Object.fromEntries(nul.map((field) => [field, message('null_character', lang)])),
      );
    }
    const result = schema.safeParse(value, { error: locales[lang].localeError });
    if (result.success) return result.data;
    const fields = describeIssues(result.error.issues, lang);
    if (metadata.type === 'body' && (value === undefined || value === null || typeof value !== 'object')) {
      fields._ ??= message('validation_failed', lang);
    }
    throw new AppError('validation_failed', 400, fields);
  }
}
