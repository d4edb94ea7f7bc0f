import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/LanguageProvider.js';
import { formText } from './form-data.js';

/** "lrg 7k2q 9m4x", "LRG7K2Q9M4X" and "LRG-7K2Q-9M4X" all open the same case. */
export function normaliseTrackingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length === 11
    ? `${compact.slice(0, 3)}-${compact.slice(3, 7)}-${compact.slice(7)}`
    : input.trim();
}

/** The home page's "lacak" box: type a tracking code, open its case. */
export function TrackBox() {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const [error, setError] = useState(false);
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normaliseTrackingCode(formText(event.currentTarget, 'code'));
    if (!code) {
      setError(true);
      return;
    }
    void navigate(`/kasus/${encodeURIComponent(code)}`);
  };
  return (
    <form className="track-box" role="search" aria-labelledby={`${id}-title`} onSubmit={open} noValidate>
      <h2 id={`${id}-title`}>{t('case.track.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('case.track.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('case.track.hint')}
        </p>
        <div className="track-row">
          <input
            id={`${id}-code`}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={() => setError(false)}
          />
          <button type="submit" className="button">
            {t('case.track.submit')}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t('form.required')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
