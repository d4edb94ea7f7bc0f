import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CaseService } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { CaseForm } from './CaseForm.js';

function Submitted({ code, onAnother }: { code: string; onAnother(): void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page narrow submitted" aria-labelledby="submitted-title">
      <h1 id="submitted-title" ref={heading} tabIndex={-1}>
        {t('case.report.sent')}
      </h1>
      <p>{t('case.report.codeIntro')}</p>
      <p className="tracking-code" data-testid="tracking-code">
        {code}
      </p>
      <p>{t('case.report.keepCode')}</p>
      <p className="actions">
        <Link className="button" to={`/kasus/${code}`}>
          {t('case.report.open')}
        </Link>
        <Link className="button button-secondary" to="/saya">
          {t('case.mine.title')}
        </Link>
      </p>
      <p>
        <button type="button" className="link-button text-link" onClick={onAnother}>
          {t('case.report.another')}
        </button>
      </p>
    </section>
  );
}

/** The phone was offline: the report waits on it and goes when the portal is online again. */
function SavedOffline({ onAnother }: { onAnother(): void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page narrow submitted" aria-labelledby="saved-title">
      <h1 id="saved-title" ref={heading} tabIndex={-1}>
        {t('case.outbox.saved')}
      </h1>
      <p role="status">{t('case.outbox.savedBody')}</p>
      <p>{t('case.outbox.savedHint')}</p>
      <p className="actions">
        <Link className="button button-secondary" to="/saya">
          {t('case.mine.title')}
        </Link>
      </p>
      <p>
        <button type="button" className="link-button text-link" onClick={onAnother}>
          {t('case.report.another')}
        </button>
      </p>
    </section>
  );
}

/** `/lapor`: the report form (signed-in residents), then the tracking code. */
export function ReportPage(props: { service: CaseService; roadFields?: boolean; facilityField?: boolean }) {
  const t = useT();
  usePageTitle(t('case.report.title'));
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [savedOffline, setSavedOffline] = useState(false);
  // A new form (and a new idempotency key) for each report.
  const [round, setRound] = useState(0);
  if (savedOffline)
    return (
      <SavedOffline
        onAnother={() => {
          setSavedOffline(false);
          setRound((n) => n + 1);
        }}
      />
    );
  if (submitted)
    return (
      <Submitted
        code={submitted}
        onAnother={() => {
          setSubmitted(null);
          setRound((n) => n + 1);
        }}
      />
    );
  return (
    <section className="page narrow" aria-labelledby="report-title">
      <h1 id="report-title">{t('case.report.title')}</h1>
      <p>{t(props.roadFields ? 'case.report.introRoad' : 'case.report.intro')}</p>
      <CaseForm
        key={round}
        {...props}
        mapInitiallyOpen={!!props.roadFields}
        onSubmitted={setSubmitted}
        onSavedOffline={() => setSavedOffline(true)}
      />
    </section>
  );
}
