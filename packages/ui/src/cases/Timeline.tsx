import { Link } from 'react-router';
import type { TimelineEntry } from '@layanan/domain';
import { type Translator, useT } from '../i18n/LanguageProvider.js';
import { actorLabel, formatCalendarDay, formatDateTime, statusLabel } from './format.js';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function headline(entry: TimelineEntry, t: Translator): string {
  switch (entry.kind) {
    case 'submitted':
      return t('case.timeline.submitted');
    case 'response':
      return t('case.timeline.response');
    case 'note':
      return t('case.timeline.note');
    case 'assign':
      return t('case.timeline.assign');
    case 'reroute':
      return t('case.timeline.reroute');
    case 'support':
      return t('case.timeline.support');
    case 'rating':
      return t('case.timeline.rating', { n: Number(entry.data.rating) || 0 });
    case 'overdue':
      return t('case.timeline.overdue');
    case 'escalation':
      return t('case.timeline.escalation');
    default:
      return entry.toStatus
        ? t('case.timeline.status', { status: statusLabel(entry.toStatus, t.lang) })
        : entry.kind;
  }
}

/** What the entry's data adds (a promised date, whose road it is…), in words. */
function Extra({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  const promisedBy = text(entry.data.promisedBy);
  const responsibleBody = text(entry.data.responsibleBody);
  const whereToReport = text(entry.data.whereToReport);
  const duplicateOf = text(entry.data.duplicateOf);
  const budgetYear = typeof entry.data.budgetYear === 'number' ? entry.data.budgetYear : null;
  const reason = text(entry.data.reason);
  return (
    <>
      {promisedBy ? (
        <p className="timeline-extra">
          {t('case.timeline.promisedBy', { date: formatCalendarDay(promisedBy, t.lang) })}
        </p>
      ) : null}
      {responsibleBody ? (
        <p className="timeline-extra">
          {t('case.detail.responsibleBody')}: {responsibleBody}
          {whereToReport ? (
            <>
              <br />
              {t('case.detail.whereToReport')}: {whereToReport}
            </>
          ) : null}
        </p>
      ) : null}
      {budgetYear ? (
        <p className="timeline-extra">
          {t('case.detail.budgetYear')}: {budgetYear}
        </p>
      ) : null}
      {duplicateOf ? (
        <p className="timeline-extra">
          {t('case.detail.duplicateOf')}: <Link to={`/kasus/${duplicateOf}`}>{duplicateOf}</Link>
        </p>
      ) : null}
      {reason ? (
        <p className="timeline-extra">
          {t('case.timeline.reason')}: {reason}
        </p>
      ) : null}
    </>
  );
}

/** The case's history, oldest first; staff also see the internal entries, marked as such. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const t = useT();
  return (
    <section aria-labelledby="timeline-title" className="timeline-section">
      <h2 id="timeline-title">{t('case.timeline.title')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={entry.isPublic ? 'timeline-entry' : 'timeline-entry timeline-internal'}
          >
            <p className="timeline-meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at, t.lang)}</time> ·{' '}
              {actorLabel(entry.actorRole, t)}
              {entry.isPublic ? null : <> · {t('case.timeline.internal')}</>}
            </p>
            <p className="timeline-headline">{headline(entry, t)}</p>
            {entry.message && entry.kind !== 'rating' ? <p className="pre">{entry.message}</p> : null}
            {entry.kind === 'rating' && entry.message ? <p className="pre">“{entry.message}”</p> : null}
            <Extra entry={entry} />
            {entry.photoUrls.length ? (
              <ul className="photo-grid">
                {entry.photoUrls.map((url, index) => (
                  <li key={url}>
                    <a href={url} target="_blank" rel="noreferrer">
                      <img src={url} alt={t('case.photo.n', { n: index + 1 })} loading="lazy" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
