import { Link } from 'react-router';
import type { CaseDetail } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { DetailList } from '../shell/DetailList.js';
import { formatDate, formatDateTime, roadStatusLabel, severityLabel } from './format.js';
import { useCategoryQuestions } from './categories.js';
import { StatusBadge } from './StatusBadge.js';

/** The case's heading: category, title, status and tracking code. */
export function CaseHeader({ detail, titleId }: { detail: CaseDetail; titleId: string }) {
  const t = useT();
  return (
    <header className="case-header">
      <p className="eyebrow">{t.pick(detail.categoryName)}</p>
      <h1 id={titleId}>{detail.title}</h1>
      <p className="case-status-line">
        <StatusBadge status={detail.status} />{' '}
        <span className="tracking-code-inline" aria-label={t('case.detail.code')}>
          {detail.trackingCode}
        </span>
      </p>
    </header>
  );
}

function answerText(value: unknown, values: { key: string; name: string }[]): string {
  const name = (key: unknown) => values.find((v) => v.key === key)?.name ?? String(key);
  if (Array.isArray(value)) return value.map(name).join(', ');
  return name(value);
}

/** The answers to the category's extra questions, labelled with the questions. */
function Answers({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { categories } = useCategoryQuestions(detail.service);
  const entries = Object.entries(detail.attributes);
  if (!entries.length) return null;
  const questions = categories?.find((c) => c.id === detail.categoryId)?.attributes ?? [];
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{t('case.detail.answers')}</h2>
      <DetailList
        items={entries.map(([code, value]) => {
          const question = questions.find((q) => q.code === code);
          return {
            term: question ? t.pick(question.description) : code,
            value: answerText(value, question?.values ?? []),
          };
        })}
      />
    </section>
  );
}

/** Everything known about a case that its viewer may see (the API already leaves out the rest). */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const place = [detail.address, detail.villageName, detail.districtName].filter(Boolean).join(', ');
  const coordinates = detail.lat !== null && detail.lng !== null ? `${detail.lat}, ${detail.lng}` : null;
  return (
    <>
      <DetailList
        items={[
          { term: t('case.detail.code'), value: detail.trackingCode, className: 'nik' },
          { term: t('case.detail.received'), value: formatDateTime(detail.receivedAt, t.lang) },
          { term: t('case.detail.agency'), value: detail.agency.name },
          !!detail.facility && { term: t('case.detail.facility'), value: detail.facility.name },
          !!place && { term: t('case.detail.place'), value: place },
          !!coordinates && {
            term: t('case.detail.coordinates'),
            value: (
              <a href={`geo:${detail.lat},${detail.lng}`} className="nik">
                {coordinates}
              </a>
            ),
          },
          !!detail.roadStatus && {
            term: t('case.road.legend'),
            value: roadStatusLabel(detail.roadStatus, t),
          },
          !!detail.severity && { term: t('case.severity.legend'), value: severityLabel(detail.severity, t) },
          !!detail.promisedBy && {
            term: t('case.detail.promisedBy'),
            value: formatDate(detail.promisedBy, t.lang),
          },
          !!detail.resolvedAt && {
            term: t('case.detail.resolvedAt'),
            value: formatDateTime(detail.resolvedAt, t.lang),
          },
          !!detail.closedAt && {
            term: t('case.detail.closedAt'),
            value: formatDateTime(detail.closedAt, t.lang),
          },
          detail.budgetYear !== null && {
            term: t('case.detail.budgetYear'),
            value: String(detail.budgetYear),
          },
          !!detail.responsibleBody && {
            term: t('case.detail.responsibleBody'),
            value: detail.responsibleBody,
          },
          !!detail.duplicateOf && {
            term: t('case.detail.duplicateOf'),
            value: <Link to={`/kasus/${detail.duplicateOf}`}>{detail.duplicateOf}</Link>,
          },
          { term: t('case.detail.supporters'), value: String(detail.supporterCount) },
          detail.rating !== null && {
            term: t('case.detail.rating'),
            value: t('case.rating.value', { n: detail.rating }),
          },
        ]}
      />
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t('case.form.description')}</h2>
        <p className="pre">{detail.description}</p>
      </section>
      <Answers detail={detail} />
      {detail.photos.length ? (
        <section aria-labelledby="photos-title">
          <h2 id="photos-title">{t('case.photo.legend')}</h2>
          <ul className="photo-grid">
            {detail.photos.map((photo, index) => (
              <li key={photo.url}>
                <a href={photo.url} target="_blank" rel="noreferrer">
                  <img
                    src={photo.url}
                    alt={`${t('case.photo.n', { n: index + 1 })} (${t(photo.role === 'proof' ? 'case.photo.proof' : photo.role === 'response' ? 'case.photo.response' : 'case.photo.report')})`}
                    loading="lazy"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
