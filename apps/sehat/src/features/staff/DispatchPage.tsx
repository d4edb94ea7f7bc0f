import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormAlert, SelectField, TextField, errorText, serverFieldErrors } from '@layanan/ui';
import { useSehatApi } from '../api';
import { formatTime, label, useTx } from '../text';

const next: Record<string, 'on_the_way' | 'picked_up' | 'arrived' | undefined> = {
  assigned: 'on_the_way',
  on_the_way: 'picked_up',
  picked_up: 'arrived',
};

/** The Call Care dispatcher: requests by urgency (danger sign / KRST first), assign the nearest free vehicle. */
export function DispatchPage() {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const queue = useQuery({
    queryKey: ['sehat', 'dispatch'],
    queryFn: () => api.dispatchQueue(),
    refetchInterval: 5_000,
  });
  const vehicles = useQuery({
    queryKey: ['sehat', 'vehicles'],
    queryFn: () => api.vehicles(),
    refetchInterval: 10_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sehat'] });
  const assign = useMutation({
    mutationFn: (v: { id: string; vehicleId?: string }) => api.assign(v.id, v.vehicleId),
    onSuccess: refresh,
  });
  const move = useMutation({
    mutationFn: (v: {
      id: string;
      status: 'on_the_way' | 'picked_up' | 'arrived' | 'cancelled' | 'invalid';
      reason?: string;
    }) => api.setTransportStatus(v.id, v.status, v.reason),
    onSuccess: refresh,
  });
  const [picked, setPicked] = useState<Record<string, string>>({});
  const free = (vehicles.data ?? []).filter((v) => v.state === 'available');
  const error = assign.error ?? move.error;
  if (queue.isError) return <p role="alert">{errorText(queue.error, tx.lang)}</p>;
  return (
    <section className="page">
      <h1>{tx('Dispatch Call Care', 'Call Care dispatch')}</h1>
      <FormAlert>{error ? errorText(error, tx.lang) : null}</FormAlert>
      {queue.isSuccess && queue.data.length === 0 ? (
        <p className="muted">{tx('Tidak ada permintaan terbuka.', 'No open requests.')}</p>
      ) : null}
      <ol className="sehat-cards" aria-label={tx('Antrean permintaan', 'Request queue')}>
        {queue.data?.map((r) => (
          <li key={r.id} className="sehat-card" data-testid="dispatch-entry">
            <h2>
              {r.rank}. {r.patientName} → {r.destinationName}
            </h2>
            <p>
              <span className={`flag flag-${r.urgency}`}>{label.urgency(r.urgency, tx.lang)}</span>
              {r.ksprCategory ? <span className="flag"> KSPR {r.ksprCategory}</span> : null}
              {r.dangerSign ? <span className="flag"> {tx('Tanda bahaya', 'Danger sign')}</span> : null}
              {r.hpl ? ` · HPL ${r.hpl}` : ''}
            </p>
            <p className="muted">
              {label.transport(r.status, tx.lang)} · {formatTime(r.requestedAt, tx.lang)} · {r.phone}
              {r.address ? ` · ${r.address}` : ''}
              {r.vehicleLabel ? ` · ${r.vehicleLabel}` : ''}
            </p>
            {r.status === 'requested' ? (
              <div className="sehat-actions">
                <button
                  type="button"
                  className="button"
                  disabled={!r.suggestedVehicleId || assign.isPending}
                  onClick={() => assign.mutate({ id: r.id })}
                >
                  {tx('Tugaskan kendaraan terdekat', 'Assign the nearest vehicle')}
                  {r.suggestedDistanceM !== null ? ` (${(r.suggestedDistanceM / 1000).toFixed(1)} km)` : ''}
                </button>
                <SelectField
                  label={tx('Atau pilih kendaraan', 'Or pick a vehicle')}
                  value={picked[r.id] ?? ''}
                  onChange={(e) => setPicked({ ...picked, [r.id]: e.target.value })}
                >
                  <option value="">–</option>
                  {free.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.label} ({v.plate})
                    </option>
                  ))}
                </SelectField>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={!picked[r.id]}
                  onClick={() => assign.mutate({ id: r.id, vehicleId: picked[r.id] })}
                >
                  {tx('Tugaskan', 'Assign')}
                </button>
              </div>
            ) : null}
            <div className="sehat-actions">
              {next[r.status] ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => move.mutate({ id: r.id, status: next[r.status]! })}
                >
                  {label.transport(next[r.status]!, tx.lang)}
                </button>
              ) : null}
              {r.status !== 'picked_up' ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    const reason = window.prompt(tx('Alasan laporan palsu:', 'Why is it a prank?'));
                    if (reason) move.mutate({ id: r.id, status: 'invalid', reason });
                  }}
                >
                  {tx('Tandai palsu', 'Mark as prank')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <Vehicles />
    </section>
  );
}

function Vehicles() {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const vehicles = useQuery({ queryKey: ['sehat', 'vehicles'], queryFn: () => api.vehicles() });
  const [form, setForm] = useState({ plate: '', label: '', villageCode: '', lat: '', lng: '' });
  const add = useMutation({
    mutationFn: () => api.addVehicle({ ...form, lat: Number(form.lat), lng: Number(form.lng) }),
    onSuccess: () => {
      setForm({ plate: '', label: '', villageCode: '', lat: '', lng: '' });
      void queryClient.invalidateQueries({ queryKey: ['sehat', 'vehicles'] });
    },
  });
  const fields = serverFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const states = {
    available: tx('Siap', 'Available'),
    on_duty: tx('Bertugas', 'On duty'),
    off: tx('Tidak aktif', 'Off'),
  };
  return (
    <section>
      <h2>{tx('Kendaraan desa', 'Village vehicles')}</h2>
      <ul>
        {vehicles.data?.map((v) => (
          <li key={v.id}>
            {v.label} ({v.plate}) · {states[v.state]}
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={submit} noValidate>
        <h3>{tx('Tambah kendaraan', 'Add a vehicle')}</h3>
        <TextField
          label={tx('Nomor polisi', 'Plate')}
          value={form.plate}
          error={fields.plate}
          onChange={(e) => setForm({ ...form, plate: e.target.value })}
        />
        <TextField
          label={tx('Nama', 'Name')}
          value={form.label}
          error={fields.label}
          onChange={(e) => setForm({ ...form, label: e.target.value })}
        />
        <TextField
          label={tx('Kode desa', 'Village code')}
          hint="35.28.xx.xxxx"
          value={form.villageCode}
          error={fields.villageCode}
          onChange={(e) => setForm({ ...form, villageCode: e.target.value })}
        />
        <div className="coordinates">
          <TextField
            label={tx('Lintang', 'Latitude')}
            inputMode="decimal"
            value={form.lat}
            error={fields.lat}
            onChange={(e) => setForm({ ...form, lat: e.target.value })}
          />
          <TextField
            label={tx('Bujur', 'Longitude')}
            inputMode="decimal"
            value={form.lng}
            error={fields.lng}
            onChange={(e) => setForm({ ...form, lng: e.target.value })}
          />
        </div>
        <FormAlert>{add.error ? errorText(add.error, tx.lang) : null}</FormAlert>
        <button type="submit" className="button" disabled={add.isPending}>
          {tx('Simpan kendaraan', 'Save the vehicle')}
        </button>
      </form>
    </section>
  );
}
