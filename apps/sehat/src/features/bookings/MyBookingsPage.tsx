import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormAlert, errorText } from '@layanan/ui';
import { useSehatApi } from '../api';
import { formatDate, label, todayWib, useTx } from '../text';

/** My bookings, with their numbers and estimated times; a booking not yet called can be cancelled. */
export function MyBookingsPage() {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const bookings = useQuery({
    queryKey: ['sehat', 'bookings', 'mine'],
    queryFn: () => api.myBookings(),
    refetchInterval: 30_000,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api.cancelBooking(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sehat'] }),
  });
  return (
    <section className="page">
      <h1>{tx('Antrean saya', 'My bookings')}</h1>
      <p>
        <Link to="/daftar-kunjungan">{tx('Daftar kunjungan baru', 'Book a new visit')}</Link>
      </p>
      <FormAlert>{cancel.error ? errorText(cancel.error, tx.lang) : null}</FormAlert>
      {bookings.isSuccess && bookings.data.length === 0 ? (
        <p className="muted">{tx('Belum ada pendaftaran.', 'No bookings yet.')}</p>
      ) : null}
      <ul className="sehat-cards">
        {bookings.data?.map((b) => (
          <li key={b.id} className="sehat-card">
            <h2>
              {tx('Nomor', 'Number')} {b.queueNumber} · {label.poly(b.polyclinic, tx.lang)}
            </h2>
            <p>
              {b.facilityName} · {formatDate(b.date, tx.lang)}
            </p>
            <p>
              {tx('Perkiraan', 'Estimated')}: {b.estimatedTime} WIB ·{' '}
              <span className={`sehat-status sehat-status-${b.status}`}>
                {label.booking(b.status, tx.lang)}
              </span>
            </p>
            {b.status === 'booked' && b.date >= todayWib() ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={cancel.isPending}
                onClick={() => {
                  if (window.confirm(tx('Batalkan pendaftaran ini?', 'Cancel this booking?')))
                    cancel.mutate(b.id);
                }}
              >
                {tx('Batalkan', 'Cancel')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
