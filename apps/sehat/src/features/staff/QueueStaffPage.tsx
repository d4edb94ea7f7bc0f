import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSession } from '@layanan/auth/client';
import type { Polyclinic } from '@layanan/domain';
import { FormAlert, SelectField, TextField, errorText } from '@layanan/ui';
import { useSehatApi } from '../api';
import { label, todayWib, useTx } from '../text';
import { useFacilities } from '../useFacilities';

/** Puskesmas staff: today's queue (call next, served, no-show) and the quotas of their own puskesmas. */
export function QueueStaffPage() {
  const api = useSehatApi();
  const tx = useTx();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const bookable = useFacilities({ bookable: 'true' });
  const [chosen, setChosen] = useState('');
  const facilityId = user?.role === 'health_staff' ? (user.facilityId ?? '') : chosen;
  const facility = bookable.data?.find((f) => f.id === facilityId);
  const [polyclinic, setPolyclinic] = useState<Polyclinic | ''>('');
  const poly = polyclinic || facility?.polyclinics[0] || '';
  const queue = useQuery({
    queryKey: ['sehat', 'staff-queue', facilityId],
    queryFn: () => api.queue(facilityId),
    enabled: !!facilityId,
    refetchInterval: 15_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sehat'] });
  const callNext = useMutation({
    mutationFn: () => api.callNext(facilityId, poly as Polyclinic),
    onSuccess: refresh,
  });
  const outcome = useMutation({
    mutationFn: (v: { id: string; status: 'served' | 'no_show' | 'called' }) => api.outcome(v.id, v.status),
    onSuccess: refresh,
  });
  const entries = (queue.data ?? []).filter((e) => e.polyclinic === poly);
  const error = callNext.error ?? outcome.error;
  return (
    <section className="page">
      <h1>{tx('Antrean hari ini', 'Today’s queue')}</h1>
      {user?.role !== 'health_staff' ? (
        <SelectField
          label={tx('Puskesmas', 'Puskesmas')}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{tx('Pilih puskesmas', 'Choose a puskesmas')}</option>
          {bookable.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="muted">{facility?.name}</p>
      )}
      {facility ? (
        <>
          <SelectField
            label={tx('Poli', 'Polyclinic')}
            value={poly}
            onChange={(e) => setPolyclinic(e.target.value as Polyclinic)}
          >
            {facility.polyclinics.map((p) => (
              <option key={p} value={p}>
                {label.poly(p, tx.lang)}
              </option>
            ))}
          </SelectField>
          <FormAlert>{error ? errorText(error, tx.lang) : null}</FormAlert>
          <button
            type="button"
            className="button"
            disabled={callNext.isPending}
            onClick={() => callNext.mutate()}
          >
            {tx('Panggil nomor berikutnya', 'Call the next number')}
          </button>
          {entries.length === 0 ? (
            <p className="muted">{tx('Belum ada antrean.', 'Nobody booked yet.')}</p>
          ) : null}
          <table className="sehat-table">
            <thead>
              <tr>
                <th>{tx('No.', 'No.')}</th>
                <th>{tx('Nama', 'Name')}</th>
                <th>{tx('Status', 'Status')}</th>
                <th>{tx('Tindakan', 'Action')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} aria-label={`${tx('Nomor', 'Number')} ${e.queueNumber}`}>
                  <td>
                    <strong>{e.queueNumber}</strong>
                  </td>
                  <td>{e.patientName}</td>
                  <td>{label.booking(e.status, tx.lang)}</td>
                  <td>
                    {e.status === 'called' ? (
                      <>
                        <button
                          type="button"
                          className="button"
                          onClick={() => outcome.mutate({ id: e.id, status: 'served' })}
                        >
                          {tx('Dilayani', 'Served')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => outcome.mutate({ id: e.id, status: 'no_show' })}
                        >
                          {tx('Tidak hadir', 'No-show')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => outcome.mutate({ id: e.id, status: 'called' })}
                        >
                          {tx('Panggil ulang', 'Call again')}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <QuotaForm facilityId={facility.id} polyclinics={facility.polyclinics} />
        </>
      ) : null}
    </section>
  );
}

function QuotaForm({ facilityId, polyclinics }: { facilityId: string; polyclinics: Polyclinic[] }) {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(todayWib());
  const quotas = useQuery({
    queryKey: ['sehat', 'quotas', facilityId, date],
    queryFn: () => api.quotas(facilityId, date),
  });
  const [form, setForm] = useState({ polyclinic: polyclinics[0] ?? 'umum', quota: '30', scope: 'daily' });
  const save = useMutation({
    mutationFn: () =>
      api.setQuota(facilityId, {
        polyclinic: form.polyclinic,
        quota: Number(form.quota),
        ...(form.scope === 'date' ? { date } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sehat'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section>
      <h2>{tx('Kuota', 'Quotas')}</h2>
      <TextField
        label={tx('Tanggal', 'Date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <table className="sehat-table">
        <thead>
          <tr>
            <th>{tx('Poli', 'Polyclinic')}</th>
            <th>{tx('Kuota harian', 'Daily quota')}</th>
            <th>{tx('Kuota tanggal ini', 'This date')}</th>
            <th>{tx('Terisi', 'Held')}</th>
          </tr>
        </thead>
        <tbody>
          {quotas.data?.map((q) => (
            <tr key={q.polyclinic}>
              <td>{label.poly(q.polyclinic, tx.lang)}</td>
              <td>{q.dailyQuota}</td>
              <td>{q.quota}</td>
              <td>{q.held}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={tx('Poli', 'Polyclinic')}
          value={form.polyclinic}
          onChange={(e) => setForm({ ...form, polyclinic: e.target.value as Polyclinic })}
        >
          {polyclinics.map((p) => (
            <option key={p} value={p}>
              {label.poly(p, tx.lang)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={tx('Berlaku untuk', 'Applies to')}
          value={form.scope}
          onChange={(e) => setForm({ ...form, scope: e.target.value })}
        >
          <option value="daily">{tx('Setiap hari (kuota harian)', 'Every day (daily quota)')}</option>
          <option value="date">{tx('Hanya tanggal di atas', 'Only the date above')}</option>
        </SelectField>
        <TextField
          label={tx('Kuota', 'Quota')}
          type="number"
          min={0}
          max={1000}
          value={form.quota}
          onChange={(e) => setForm({ ...form, quota: e.target.value })}
        />
        <FormAlert>{save.error ? errorText(save.error, tx.lang) : null}</FormAlert>
        {save.isSuccess ? <p role="status">{tx('Kuota disimpan.', 'Quota saved.')}</p> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {tx('Simpan kuota', 'Save the quota')}
        </button>
      </form>
    </section>
  );
}
