import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { formatDate } from './format.js';
import { StatusBadge } from './StatusBadge.js';

/** Cases as a list of cards (readable at 360 px, unlike a table). */
export function CaseList<T extends CaseSummary>({
  items,
  linkTo = (code) => `/kasus/${code}`,
  extra,
  itemClass,
  label,
}: {
  items: readonly T[];
  linkTo?: (code: string) => string;
  /** More lines for an item (the staff queue adds deadlines). */
  extra?: (item: T) => ReactNode;
  itemClass?: (item: T) => string | undefined;
  /** Accessible name of the list. */
  label?: string;
}) {
  const t = useT();
  return (
    <ul className="case-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.trackingCode} className={['case-card', itemClass?.(item)].filter(Boolean).join(' ')}>
          <p className="case-card-title">
            <Link to={linkTo(item.trackingCode)}>{item.title}</Link>
          </p>
          <p className="case-card-meta">
            <StatusBadge status={item.status} /> <span className="nik">{item.trackingCode}</span>
          </p>
          <p className="case-card-meta muted">
            {t.pick(item.categoryName)}
            {item.districtName ? ` · ${item.districtName}` : ''} · {formatDate(item.receivedAt, t.lang)}
            {item.supporterCount ? ` · ${t('case.nearby.supporters', { n: item.supporterCount })}` : ''}
          </p>
          {extra?.(item)}
        </li>
      ))}
    </ul>
  );
}

/** "Halaman 2 dari 5" with previous and next links. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('case.list.pages')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('case.list.previous')}
      </button>
      <span aria-current="page">{t('case.list.pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('case.list.next')}
      </button>
    </nav>
  );
}
