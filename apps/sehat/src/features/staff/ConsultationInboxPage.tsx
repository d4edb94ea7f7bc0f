import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSehatApi } from '../api';
import { consultationStatusLabel } from '../consultations/status';
import { formatTime, useTx } from '../text';

/** Health workers: consultations for their puskesmas and for anyone, oldest first. */
export function ConsultationInboxPage() {
  const api = useSehatApi();
  const tx = useTx();
  const inbox = useQuery({
    queryKey: ['sehat', 'consultations', 'inbox'],
    queryFn: () => api.inbox(),
    refetchInterval: 30_000,
  });
  return (
    <section className="page">
      <h1>{tx('Konsultasi warga', 'Residents’ consultations')}</h1>
      {inbox.isSuccess && inbox.data.length === 0 ? (
        <p className="muted">{tx('Belum ada konsultasi.', 'No consultations.')}</p>
      ) : null}
      <ul className="sehat-cards">
        {inbox.data?.map((c) => (
          <li key={c.id} className="sehat-card">
            <h2>
              <Link to={`/staf/konsultasi/${c.id}`}>{c.subject}</Link>
            </h2>
            <p className="muted">
              {c.residentName} · {consultationStatusLabel(c.status, tx.lang)} ·{' '}
              {formatTime(c.createdAt, tx.lang)}
              {c.facilityName ? ` · ${c.facilityName}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
