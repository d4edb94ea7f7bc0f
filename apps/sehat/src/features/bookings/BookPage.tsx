import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { BookingView, Polyclinic } from '@layanan/domain';
import { FormAlert, SelectField, TextField, errorText, serverFieldErrors } from '@layanan/ui';
import { newKey, useSehatApi } from '../api';
import { addDays, formatDate, label, todayWib, useTx } from '../text';
import { useFacilities } from '../useFacilities';

/** A resident books a puskesmas visit and gets a queue number and an estimated time. */
export function BookPage() {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const facilities = useFacilities({ bookable: 'true' });
  const [facilityId, setFacilityId] = useState(params.get('fasilitas') ?? '');
  const [date, setDate] = useState(todayWib());
  const [polyclinic, setPolyclinic] = useState<Polyclinic | ''>('');
  const [key, setKey] = useState(newKey);
  const [done, setDone] = useState<BookingView | null>(null);
  const facility = useMemo(
    () => facilities.data?.find((f) => f.id === facilityId),
    [facilities.data, facilityId],
  );
  const availability = useQuery({
    queryKey: ['sehat', 'availability', facilityId, date],
    queryFn: () => api.availability(facilityId, date),
    enabled: !!facilityId && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
  const book = useMutation({
    mutationFn: () => api.book({ facilityId, polyclinic: polyclinic as Polyclinic, date }, key),
    onSuccess: (booking) => {
      setDone(booking);
      setKey(newKey());
      void queryClient.invalidateQueries({ queryKey: ['sehat'] });
    },
  });
  const fields = serverFieldErrors(book.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (facilityId && polyclinic) book.mutate();
  };

  if (done) {
    return (
      <section className="page narrow">
        <h1>{tx('Pendaftaran berhasil', 'You are booked')}</h1>
        <p>
          {done.facilityName} · {label.poly(done.polyclinic, tx.lang)}
        </p>
        <p>{formatDate(done.date, tx.lang)}</p>
        <div className="sehat-ticket" aria-label={tx('Nomor antrean', 'Queue number')}>
          <span className="muted">{tx('Nomor antrean', 'Queue number')}</span>
          <strong data-testid="queue-number">{done.queueNumber}</strong>
          <span>
            {tx('Perkiraan dilayani', 'Estimated time')}: <b>{done.estimatedTime} WIB</b>
          </span>
        </div>
        <p className="sehat-actions">
          <Link className="button" to="/antrean-saya">
            {tx('Antrean saya', 'My bookings')}
          </Link>
          <button type="button" className="button button-secondary" onClick={() => setDone(null)}>
            {tx('Daftar lagi', 'Book another')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="page narrow">
      <h1>{tx('Daftar kunjungan puskesmas', 'Book a puskesmas visit')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={tx('Puskesmas', 'Puskesmas')}
          value={facilityId}
          error={fields.facilityId}
          required
          onChange={(e) => {
            setFacilityId(e.target.value);
            setPolyclinic('');
          }}
        >
          <option value="">{tx('Pilih puskesmas', 'Choose a puskesmas')}</option>
          {facilities.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={tx('Tanggal kunjungan', 'Visit date')}
          type="date"
          value={date}
          min={todayWib()}
          max={addDays(todayWib(), 14)}
          error={fields.date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
        <SelectField
          label={tx('Poli', 'Polyclinic')}
          value={polyclinic}
          error={fields.polyclinic}
          required
          disabled={!facility}
          onChange={(e) => setPolyclinic(e.target.value as Polyclinic)}
        >
          <option value="">{tx('Pilih poli', 'Choose a polyclinic')}</option>
          {facility?.polyclinics.map((p) => {
            const left = availability.data?.find((a) => a.polyclinic === p)?.remaining;
            return (
              <option key={p} value={p} disabled={left === 0}>
                {label.poly(p, tx.lang)}
                {left !== undefined ? ` — ${tx('sisa', 'left')} ${left}` : ''}
              </option>
            );
          })}
        </SelectField>
        <FormAlert>{book.error ? errorText(book.error, tx.lang) : null}</FormAlert>
        <button type="submit" className="button" disabled={!facilityId || !polyclinic || book.isPending}>
          {book.isPending ? tx('Mendaftar…', 'Booking…') : tx('Ambil nomor antrean', 'Get a queue number')}
        </button>
      </form>
    </section>
  );
}
