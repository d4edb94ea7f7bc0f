import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Bilingual, type Lang, defaultLanguage, languages } from '@layanan/domain';
import { type MessageKey, type MessageParams, translate } from './dictionary.js';

/** Where the chosen language is remembered between visits (shared by all portals on one origin). */
export const LANGUAGE_STORAGE_KEY = 'layanan.lang';

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** The current language. */
  lang: Lang;
  /** Picks the current language's side of a bilingual text. */
  pick(text: Bilingual): string;
}

interface LanguageContextValue {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function readStoredLanguage(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return languages.find((lang) => lang === stored) ?? defaultLanguage;
  } catch {
    return defaultLanguage; // storage disabled (private mode, sandboxed frame)
  }
}

function storeLanguage(lang: Lang) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // The choice then lasts for this page only.
  }
}

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? readStoredLanguage());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return value;
}

/** `t('nav.home')`, `t('home.greeting', { name })`, `t.pick({ id, en })`, `t.lang`. */
export function useT(): Translator {
  const { lang } = useLanguage();
  return useMemo(
    () =>
      Object.assign((key: MessageKey, params?: MessageParams) => translate(lang, key, params), {
        lang,
        pick: (text: Bilingual) => text[lang],
      }),
    [lang],
  );
}
