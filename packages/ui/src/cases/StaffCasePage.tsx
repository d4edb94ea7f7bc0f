import { Link, useParams } from 'react-router';
import { type CaseDetail, trackingCodeSchema } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { Loading } from '../auth/RequireRole.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { DetailList } from '../shell/DetailList.js';
import { CaseFacts, CaseHeader } from './CaseDetails.js';
import { CaseNotFound } from './CasePage.js';
import { formatDateTime, responseMarkLabel, urgencyOf } from './format.js';
import { isStatus, useCase } from './hooks.js';
import { OfficerActions } from './OfficerActions.js';
import { Timeline } from './Timeline.js';

/** What only staff see: who reported it (unless anonim), privacy flags and the service-level clock. */
function StaffFacts({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const sla = detail.sla;
  const urgency = sla ? urgencyOf(sla) : 'normal';
  return (
    <section aria-labelledby="staff-facts-title" className={`staff-facts queue-${urgency}`}>
      <h2 id="staff-facts-title">{t('case.staff.handling')}</h2>
      {urgency === 'overdue' ? <p className="flag flag-overdue">{t('case.queue.overdue')}</p> : null}
      {urgency === 'due-soon' ? <p className="flag flag-due-soon">{t('case.queue.dueSoon')}</p> : null}
      <DetailList
        items={[
          {
            term: t('case.staff.reporter'),
            value: detail.anonim ? t('case.staff.anonymous') : (detail.reporter?.name ?? '-'),
          },
          !!detail.reporter && {
            term: t('case.staff.reporterVerified'),
            value: detail.reporter.verified ? t('account.yes') : t('account.no'),
          },
          { term: t('case.privacy.rahasia'), value: detail.rahasia ? t('account.yes') : t('account.no') },
          {
            term: t('case.staff.assignee'),
            value: detail.assigneeId ? t('case.staff.assigned') : t('case.staff.unassigned'),
          },
          !!sla && { term: t('case.staff.responseMark'), value: responseMarkLabel(sla.responseMark, t) },
          !!sla?.dueAt && { term: t('case.staff.dueAt'), value: formatDateTime(sla.dueAt, t.lang) },
          !!sla && { term: t('case.staff.verifyBy'), value: formatDateTime(sla.verifyBy, t.lang) },
          !!sla && { term: t('case.staff.followUpBy'), value: formatDateTime(sla.followUpBy, t.lang) },
          !!sla && { term: t('case.staff.resolveBy'), value: formatDateTime(sla.resolveBy, t.lang) },
          !!sla?.autoCloseAt && {
            term: t('case.staff.autoCloseAt'),
            value: formatDateTime(sla.autoCloseAt, t.lang),
          },
        ]}
      />
    </section>
  );
}

/** `/staf/kasus/:code`: a case as its agency sees it, with every step the officer may take now. */
export function StaffCasePage() {
  const t = useT();
  const { code = '' } = useParams();
  const parsed = trackingCodeSchema.safeParse(code);
  const query = useCase(parsed.success ? parsed.data : '', parsed.success);
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
      <p>
        <Link to="/staf">{t('case.staff.back')}</Link>
      </p>
      <CaseHeader detail={detail} titleId="case-title" />
      {detail.viewer !== 'staff' ? (
        <p className="notice notice-error">{t('case.staff.notYours')}</p>
      ) : (
        <>
          <OfficerActions detail={detail} />
          <StaffFacts detail={detail} />
        </>
      )}
      <CaseFacts detail={detail} />
      <Timeline entries={detail.timeline} />
    </article>
  );
}
