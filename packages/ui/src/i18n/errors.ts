import { type Lang, isMessageCode, message } from '@layanan/domain';
import { type MessageKey, translate } from './dictionary.js';

/**
 * What the portals need to know about a failed call. The api-client's
 * `ApiError` has this shape (status, code, message, fields); it is read by
 * shape so that any error thrown by a call can be shown.
 */
export interface ApiErrorLike {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
}

export function isApiErrorLike(error: unknown): error is ApiErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Partial<ApiErrorLike>;
  return typeof e.status === 'number' && typeof e.code === 'string';
}

/** The server's field errors (field → message code or ready text), empty when there are none. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiErrorLike(error) || typeof error.fields !== 'object' || error.fields === null) return {};
  return error.fields;
}

/** A message code of the suite (see domain `messages`) in the given language; other text unchanged. */
export function codeText(codeOrText: string, lang: Lang): string {
  return isMessageCode(codeOrText) ? message(codeOrText, lang) : codeOrText;
}

/** One sentence for the person in front of the screen, in their language. */
export function errorText(error: unknown, lang: Lang): string {
  if (isApiErrorLike(error)) {
    if (isMessageCode(error.code)) return message(error.code, lang);
    return translate(lang, 'error.generic');
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return translate(lang, 'error.network');
  return translate(lang, 'error.generic');
}

/**
 * Text for a form field's validation message. Domain schemas put a message
 * code in the issue (`nik_format`…); other zod issues fall back to the
 * field's own text, then to the raw message.
 */
export function fieldErrorText(
  messageOrCode: string | undefined,
  lang: Lang,
  fallback?: MessageKey,
): string | undefined {
  if (!messageOrCode) return undefined;
  if (isMessageCode(messageOrCode)) return message(messageOrCode, lang);
  if (fallback) return translate(lang, fallback);
  return messageOrCode;
}
