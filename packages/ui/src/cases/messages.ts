import type { Translator } from '../i18n/LanguageProvider.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { codeText, fieldErrorText } from '../i18n/errors.js';

/** Codes the case forms use for what only the browser checks. */
const formCodes: Record<string, MessageKey> = {
  coordinate: 'case.error.coordinate',
  address_required: 'case.error.addressRequired',
  village_required: 'case.error.villageRequired',
  photos_uploading: 'case.error.photosUploading',
};

/**
 * The text of a field's error: the gateway's (already in the request's
 * language, or a code), a code of the suite or of the form, or the field's
 * own fallback for zod's generic messages.
 */
export function errorMessage(
  error: { type?: string; message?: string } | undefined,
  t: Translator,
  fallback?: MessageKey,
): string | undefined {
  if (!error) return undefined;
  const text = error.message;
  if (!text) return fallback ? t(fallback) : t('form.required');
  if (error.type === 'server') return codeText(text, t.lang);
  if (formCodes[text]) return t(formCodes[text]);
  return fieldErrorText(text, t.lang, fallback) ?? t('form.required');
}

/** Moves the focus to the first field marked invalid inside `root` (after a failed submit). */
export function focusFirstInvalid(root: HTMLElement | null) {
  const target = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
}
