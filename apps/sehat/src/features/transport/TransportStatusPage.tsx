import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { TransportStatus } from '@layanan/domain';
import { FormAlert, errorText } from '@layanan/ui';
import { useSehatApi } from '../api';
import { formatTime, label, useTx } from '../text';

/** How often the page asks for the request's status (polling; stated in docs/SEHAT.md). */
export const TRANSPORT_POLL_MS = 5_000;

const steps: TransportStatus[] = ['requested', 'assigned', 'on_the_way', 'picked_up', 'arrived'];

/** The resident follows her request live: the page refreshes its status by itself. */
export function TransportStatusPage() {
  const { id = '' } = useParams();
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const request = useQuery({
    queryKey: ['sehat', 'transport', id],
    queryFn: () => api.transport(id),
    refetchInterval: (q) =>
      q.state.data && ['arrived', 'cancelled', 'invalid'].includes(q.state.data.status)
        ? false
        : TRANSPORT_POLL_MS,
  });
  const cancel = useMutation({
    mutationFn: () => api.cancelTransport(id),
    onSuccess: (r) => queryClient.setQueryData(['sehat', 'transport', id], r),
  });
  if (request.isLoading) return <p className="muted">{tx('Memuat…', 'Loading…')}</p>;
  if (!request.data) return <p role="alert">{tx('Permintaan tidak ditemukan.', 'Request not found.')}</p>;
  const r = request.data;
  const at = steps.indexOf(r.status);
  return (
    <section className="page narrow">
      <h1>{tx('Permintaan transportasi', 'Transport request')}</h1>
      <p>
        {r.patientName} → {r.destinationName}
      </p>
      <p aria-live="polite" className="sehat-big-status">
        {tx('Status', 'Status')}:{' '}
        <strong data-testid="transport-status">{label.transport(r.status, tx.lang)}</strong>
      </p>
      {r.vehicleLabel ? (
        <p>
          {tx('Kendaraan', 'Vehicle')}: {r.vehicleLabel}
        </p>
      ) : null}
      {r.statusReason ? <p className="muted">{r.statusReason}</p> : null}
      {at >= 0 ? (
        <ol className="sehat-steps">
          {steps.map((s, i) => (
            <li key={s} className={i <= at ? 'done' : undefined} aria-current={i === at ? 'step' : undefined}>
              {label.transport(s, tx.lang)}
            </li>
          ))}
        </ol>
      ) : null}
      {r.ksprCategory ? (
        <p className="notice">
          {tx('Data e-Babhar', 'From e-Babhar')}: KSPR {r.ksprCategory}
          {r.hpl ? ` · HPL ${r.hpl}` : ''}
        </p>
      ) : null}
      <p className="muted">
        {tx('Diminta', 'Requested')} {formatTime(r.requestedAt, tx.lang)} ·{' '}
        {tx('diperbarui otomatis tiap 5 detik', 'refreshes itself every 5 seconds')}
      </p>
      <FormAlert>{cancel.error ? errorText(cancel.error, tx.lang) : null}</FormAlert>
      {['requested', 'assigned', 'on_the_way'].includes(r.status) ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (window.confirm(tx('Batalkan permintaan ini?', 'Cancel this request?'))) cancel.mutate();
          }}
        >
          {tx('Batalkan permintaan', 'Cancel the request')}
        </button>
      ) : null}
      <p>
        <Link to="/transportasi">{tx('Semua permintaan saya', 'All my requests')}</Link>
      </p>
    </section>
  );
}
