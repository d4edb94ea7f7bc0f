import { Link } from 'react-router';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { TrackBox } from './TrackBox.js';

/** The home page's part of a case service: how it works, where to start, and the tracking box. */
export function CaseHome({ roadFields = false }: { roadFields?: boolean }) {
  const t = useT();
  const { user } = useSession();
  return (
    <div className="case-home">
      <p className="home-actions">
        <Link className="button" to="/lapor">
          {t('case.home.report')}
        </Link>
        <Link className="button button-secondary" to="/kasus">
          {t('case.home.list')}
        </Link>
        {user?.role === 'resident' ? (
          <Link className="button button-secondary" to="/saya">
            {t('case.mine.title')}
          </Link>
        ) : null}
      </p>
      <TrackBox />
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('case.home.howTitle')}</h2>
        <ol className="steps">
          <li>{t(roadFields ? 'case.home.step1Road' : 'case.home.step1')}</li>
          <li>{t('case.home.step2')}</li>
          <li>{t('case.home.step3')}</li>
          <li>{t('case.home.step4')}</li>
        </ol>
        {roadFields ? <p className="notice">{t('case.road.note')}</p> : null}
        <p className="muted">{t('case.home.privacy')}</p>
      </section>
    </div>
  );
}
