import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSehatApi } from '../api';
import { formatTime, label, useTx } from '../text';

export function MyTransportPage() {
  const api = useSehatApi();
  const tx = useTx();
  const mine = useQuery({ queryKey: ['sehat', 'transport', 'mine'], queryFn: () => api.myTransport() });
  return (
    <section className="page">
      <h1>{tx('Transportasi kesehatan', 'Health transport')}</h1>
      <p>
        <Link className="button" to="/transportasi/baru">
          {tx('Minta transportasi', 'Request transport')}
        </Link>
      </p>
      {mine.isSuccess && mine.data.length === 0 ? (
        <p className="muted">{tx('Belum ada permintaan.', 'No requests yet.')}</p>
      ) : null}
      <ul className="sehat-cards">
        {mine.data?.map((r) => (
          <li key={r.id} className="sehat-card">
            <h2>
              <Link to={`/transportasi/${r.id}`}>
                {r.patientName} → {r.destinationName}
              </Link>
            </h2>
            <p>
              {label.transport(r.status, tx.lang)} · {formatTime(r.requestedAt, tx.lang)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
