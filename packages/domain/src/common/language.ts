import { z } from 'zod';

/** Bahasa Indonesia first, English second. */
export const languages = ['id', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Lang = z.infer<typeof languageSchema>;
export const defaultLanguage: Lang = 'id';

/** A text in both languages of the suite. */
export interface Bilingual {
  id: string;
  en: string;
}

/** Picks the language from an Accept-Language header (Indonesian unless English is preferred). */
export function pickLanguage(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return defaultLanguage;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (entry.tag === 'id' || entry.tag === 'en') return entry.tag;
  }
  return defaultLanguage;
}
