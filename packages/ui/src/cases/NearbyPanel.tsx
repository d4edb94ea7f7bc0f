import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import type { NearbyCase, Point } from './api.js';
import { formatNumber } from './format.js';
import { useCaseMutation, useNearby } from './hooks.js';
import { StatusBadge } from './StatusBadge.js';

function NearbyItem({ item }: { item: NearbyCase }) {
  const t = useT();
  const { user } = useSession();
  const support = useCaseMutation((api, code: string) => api.support(code));
  return (
    <li className="nearby-item">
      <p className="nearby-title">
        <Link to={`/kasus/${item.trackingCode}`}>{item.title}</Link>
      </p>
      <p className="muted">
        <StatusBadge status={item.status} /> ·{' '}
        {t('case.nearby.distance', { m: formatNumber(item.distanceM, t.lang) })} ·{' '}
        {t('case.nearby.supporters', { n: item.supporterCount })}
      </p>
      {support.isSuccess ? (
        <p role="status" className="success-text">
          {t('case.nearby.supported')}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button button-secondary"
            disabled={!user || support.isPending}
            onClick={() => support.mutate(item.trackingCode)}
            aria-describedby={`nearby-${item.trackingCode}`}
          >
            {t('case.nearby.support')}
          </button>
          <span id={`nearby-${item.trackingCode}`} className="visually-hidden">
            {item.title}
          </span>
          {support.isError ? (
            <p role="alert" className="field-error">
              {errorText(support.error, t.lang)}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}

/** The point once it has stopped changing for a moment (typing coordinates, dragging the marker). */
function useSettledPoint(point: Point | null, delayMs = 500): Point | null {
  const key = point ? `${point.lat},${point.lng}` : '';
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  if (!settled) return null;
  const [lat, lng] = settled.split(',').map(Number);
  return { lat, lng };
}

/**
 * Open cases of the same category near the chosen point, shown before the
 * report is sent: the resident can support one ("saya juga mengalami")
 * instead of filing the same problem again.
 */
export function NearbyPanel({ categoryId, point }: { categoryId: string; point: Point | null }) {
  const t = useT();
  const nearby = useNearby(categoryId, useSettledPoint(point));
  const items = nearby.data ?? [];
  return (
    <div aria-live="polite" className="nearby-region">
      {items.length ? (
        <section className="notice nearby" aria-labelledby="nearby-title">
          <h2 id="nearby-title">{t('case.nearby.title')}</h2>
          <p>{t('case.nearby.intro')}</p>
          <ul className="nearby-list">
            {items.map((item) => (
              <NearbyItem key={item.trackingCode} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
