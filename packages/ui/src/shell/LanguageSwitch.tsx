import { type Lang, languages } from '@layanan/domain';
import { useLanguage, useT } from '../i18n/LanguageProvider.js';

const names: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** Two toggle buttons; each names its language in that language. */
export function LanguageSwitch() {
  const { lang, setLang } = useLanguage();
  const t = useT();
  return (
    <div role="group" aria-label={t('lang.label')} className="lang-switch">
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
          <span className="visually-hidden"> ({names[code]})</span>
        </button>
      ))}
    </div>
  );
}
