import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useSehatApi } from '../api';
import { formatDate, label, useTx } from '../text';

/** How often the waiting-room screen refreshes itself. */
export const DISPLAY_REFRESH_MS = 5_000;

/** The waiting-room display: large numbers per polyclinic, no names; refreshes by itself. */
export function DisplayPage() {
  const { facilityId = '' } = useParams();
  const api = useSehatApi();
  const tx = useTx();
  const display = useQuery({
    queryKey: ['sehat', 'display', facilityId],
    queryFn: () => api.display(facilityId),
    refetchInterval: DISPLAY_REFRESH_MS,
  });
  if (!display.data) return <p className="muted">{tx('Memuat…', 'Loading…')}</p>;
  const d = display.data;
  return (
    <section className="page sehat-display">
      <h1>{d.facilityName}</h1>
      <p className="muted">{formatDate(d.date, tx.lang)}</p>
      <ul className="sehat-display-grid">
        {d.polyclinics.map((p) => (
          <li key={p.polyclinic} aria-label={label.poly(p.polyclinic, tx.lang)}>
            <h2>{label.poly(p.polyclinic, tx.lang)}</h2>
            <p className="sehat-display-now">
              <span className="muted">{tx('Dipanggil', 'Now serving')}</span>
              <strong data-testid={`now-${p.polyclinic}`}>{p.nowServing ?? '–'}</strong>
            </p>
            <p>
              {tx('Berikutnya', 'Next')}: {p.next.length ? p.next.join(', ') : '–'} ·{' '}
              {tx('menunggu', 'waiting')} {p.waiting}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
