import { Link, useLocation, useParams } from 'react-router';
import { type CaseDetail, trackingCodeSchema } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { Loading } from '../auth/RequireRole.js';
import type { ReturnState } from '../auth/navigation.js';
import { usePageTitle, usePortal } from '../portal/PortalContext.js';
import { CaseFacts, CaseHeader } from './CaseDetails.js';
import { isStatus, useCase, useCaseMutation } from './hooks.js';
import { ReporterActions } from './ReporterActions.js';
import { Timeline } from './Timeline.js';

/** "Saya juga mengalami" for signed-in residents who did not report it; a sign-in link for visitors. */
function Support({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const location = useLocation();
  const { status } = useSession();
  const support = useCaseMutation((api, code: string) => api.support(code));
  if (detail.viewer === 'supporter') return <p className="notice">{t('case.detail.youSupport')}</p>;
  if (status === 'signed-out') {
    const state: ReturnState = { from: location.pathname };
    return (
      <p className="muted">
        <Link to="/masuk" state={state}>
          {t('nav.signIn')}
        </Link>{' '}
        {t('case.detail.signInToSupport')}
      </p>
    );
  }
  if (!detail.actions.includes('support')) return null;
  return (
    <div className="support-box">
      <button
        type="button"
        className="button button-secondary"
        disabled={support.isPending}
        onClick={() => support.mutate(detail.trackingCode)}
      >
        {t('case.nearby.support')}
      </button>
      <p className="field-hint">{t('case.detail.supportHint')}</p>
      {support.isError ? (
        <p role="alert" className="field-error">
          {errorText(support.error, t.lang)}
        </p>
      ) : null}
    </div>
  );
}

export function CaseNotFound({ invalid = false }: { invalid?: boolean }) {
  const t = useT();
  usePageTitle(t('case.detail.notFound'));
  return (
    <section className="page notice notice-error" aria-labelledby="case-missing">
      <h1 id="case-missing">{t('case.detail.notFound')}</h1>
      <p>{t(invalid ? 'case.track.invalid' : 'case.detail.notFoundText')}</p>
      <p>
        <Link to="/kasus">{t('case.list.title')}</Link>
      </p>
    </section>
  );
}

/** `/kasus/:code`: a case as its viewer may see it, with the reporter's buttons. */
export function CasePage() {
  const t = useT();
  const portal = usePortal();
  const { code = '' } = useParams();
  const parsed = trackingCodeSchema.safeParse(code);
  const trackingCode = parsed.success ? parsed.data : '';
  const query = useCase(trackingCode, parsed.success);
  const detail = query.data;
  usePageTitle(detail ? detail.title : t('case.detail.title'));

  if (!parsed.success) return <CaseNotFound invalid />;
  if (query.isError)
    return isStatus(query.error, 404) ? (
      <CaseNotFound />
    ) : (
      <p role="alert" className="page form-alert">
        {errorText(query.error, t.lang)}
      </p>
    );
  if (!detail) return <Loading />;

  return (
    <article className="page case-page" aria-labelledby="case-title">
      <CaseHeader detail={detail} titleId="case-title" />
      {detail.service !== portal.service ? (
        <p className="notice">
          <a href={`/${detail.service}/kasus/${detail.trackingCode}`}>{t('case.detail.otherPortal')}</a>
        </p>
      ) : null}
      {detail.viewer === 'staff' ? (
        <p>
          <Link className="button button-secondary" to={`/staf/kasus/${detail.trackingCode}`}>
            {t('case.staff.openInStaff')}
          </Link>
        </p>
      ) : null}
      {detail.viewer === 'reporter' ? (
        <>
          <p className="notice">
            {t('case.detail.yours')}
            {detail.anonim ? <> {t('case.detail.anonimOn')}</> : null}
            {detail.rahasia ? <> {t('case.detail.rahasiaOn')}</> : null}
          </p>
          <ReporterActions detail={detail} />
        </>
      ) : (
        <Support detail={detail} />
      )}
      <CaseFacts detail={detail} />
      <Timeline entries={detail.timeline} />
    </article>
  );
}
