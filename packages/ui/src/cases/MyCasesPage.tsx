import { Link } from 'react-router';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { Loading } from '../auth/RequireRole.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { CaseList } from './CaseList.js';
import { useMyCases } from './hooks.js';

/** `/saya`: the cases I reported and the ones I support. */
export function MyCasesPage() {
  const t = useT();
  usePageTitle(t('case.mine.title'));
  const mine = useMyCases();
  return (
    <section className="page" aria-labelledby="mine-title">
      <h1 id="mine-title">{t('case.mine.title')}</h1>
      <p>
        <Link className="button" to="/lapor">
          {t('case.home.report')}
        </Link>
      </p>
      {mine.isError ? (
        <p role="alert" className="form-alert">
          {errorText(mine.error, t.lang)}
        </p>
      ) : !mine.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="reported-title">
            <h2 id="reported-title">{t('case.mine.reported')}</h2>
            {mine.data.reported.length ? (
              <CaseList items={mine.data.reported} />
            ) : (
              <p className="muted">{t('case.mine.noneReported')}</p>
            )}
          </section>
          <section aria-labelledby="supported-title">
            <h2 id="supported-title">{t('case.mine.supported')}</h2>
            {mine.data.supported.length ? (
              <CaseList items={mine.data.supported} />
            ) : (
              <p className="muted">{t('case.mine.noneSupported')}</p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
