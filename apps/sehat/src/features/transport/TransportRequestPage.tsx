import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type Urgency, urgencies } from '@layanan/domain';
import {
  CheckboxField,
  FormAlert,
  SelectField,
  TextAreaField,
  TextField,
  errorText,
  serverFieldErrors,
} from '@layanan/ui';
import { newKey, useSehatApi } from '../api';
import { label, useTx } from '../text';
import { useFacilities } from '../useFacilities';

/** Pamekasan Call Care online: ask for a vehicle to take a sick resident to a facility. */
export function TransportRequestPage() {
  const api = useSehatApi();
  const tx = useTx();
  const navigate = useNavigate();
  const facilities = useFacilities();
  const districts = useQuery({ queryKey: ['regions', 'districts'], queryFn: () => api.districts() });
  const [form, setForm] = useState({
    patientName: '',
    phone: '',
    lat: '',
    lng: '',
    districtCode: '',
    villageCode: '',
    address: '',
    destinationFacilityId: '',
    urgency: 'segera' as Urgency,
    pregnant: false,
    maternalConsent: false,
    notes: '',
  });
  const villages = useQuery({
    queryKey: ['regions', 'villages', form.districtCode],
    queryFn: () => api.villages(form.districtCode),
    enabled: !!form.districtCode,
  });
  const [key] = useState(newKey);
  const [geo, setGeo] = useState<'idle' | 'looking' | 'failed'>('idle');
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const send = useMutation({
    mutationFn: () =>
      api.requestTransport(
        {
          patientName: form.patientName,
          phone: form.phone,
          ...(form.lat && form.lng ? { pickup: { lat: Number(form.lat), lng: Number(form.lng) } } : {}),
          ...(form.villageCode ? { villageCode: form.villageCode } : {}),
          ...(form.address ? { address: form.address } : {}),
          destinationFacilityId: form.destinationFacilityId,
          urgency: form.urgency,
          pregnant: form.pregnant,
          maternalConsent: form.pregnant && form.maternalConsent,
          ...(form.notes ? { notes: form.notes } : {}),
        },
        key,
      ),
    onSuccess: (request) => navigate(`/transportasi/${request.id}`),
  });
  const fields = serverFieldErrors(send.error);
  const locate = () => {
    if (!('geolocation' in navigator)) return setGeo('failed');
    setGeo('looking');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        set({ lat: p.coords.latitude.toFixed(6), lng: p.coords.longitude.toFixed(6) });
        setGeo('idle');
      },
      () => setGeo('failed'),
      { timeout: 10_000 },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <section className="page narrow">
      <h1>{tx('Minta transportasi kesehatan', 'Request health transport')}</h1>
      <p className="muted">
        {tx(
          'Pamekasan Call Care: kendaraan desa gratis mengantar warga sakit ke puskesmas, klinik atau rumah sakit. Untuk keadaan gawat, hubungi juga 119.',
          'Pamekasan Call Care: free village vehicles take sick residents to a puskesmas, clinic or hospital. In an emergency also call 119.',
        )}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={tx('Nama pasien', 'Patient name')}
          value={form.patientName}
          error={fields.patientName}
          required
          onChange={(e) => set({ patientName: e.target.value })}
        />
        <TextField
          label={tx('Nomor HP yang bisa dihubungi', 'Phone to call back')}
          type="tel"
          inputMode="tel"
          value={form.phone}
          error={fields.phone}
          required
          onChange={(e) => set({ phone: e.target.value })}
        />
        <fieldset className="location-picker">
          <legend>{tx('Titik jemput', 'Pickup point')}</legend>
          <button type="button" className="button button-secondary" onClick={locate}>
            {geo === 'looking'
              ? tx('Mencari lokasi…', 'Finding you…')
              : tx('Gunakan lokasi saya', 'Use my location')}
          </button>
          {geo === 'failed' ? (
            <p className="field-error">
              {tx(
                'Lokasi tidak didapat; isi desa dan alamat.',
                'Location unavailable; give the desa and address.',
              )}
            </p>
          ) : null}
          <div className="coordinates">
            <TextField
              label={tx('Lintang', 'Latitude')}
              inputMode="decimal"
              value={form.lat}
              error={fields['pickup.lat'] ?? fields.pickup}
              onChange={(e) => set({ lat: e.target.value })}
            />
            <TextField
              label={tx('Bujur', 'Longitude')}
              inputMode="decimal"
              value={form.lng}
              error={fields['pickup.lng']}
              onChange={(e) => set({ lng: e.target.value })}
            />
          </div>
          <p className="location-or">{tx('atau', 'or')}</p>
          <SelectField
            label={tx('Kecamatan', 'District')}
            value={form.districtCode}
            onChange={(e) => set({ districtCode: e.target.value, villageCode: '' })}
          >
            <option value="">{tx('Pilih kecamatan', 'Choose a district')}</option>
            {districts.data?.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={tx('Desa/kelurahan', 'Village')}
            value={form.villageCode}
            error={fields.villageCode}
            disabled={!form.districtCode}
            onChange={(e) => set({ villageCode: e.target.value })}
          >
            <option value="">{tx('Pilih desa', 'Choose a village')}</option>
            {villages.data?.map((v) => (
              <option key={v.code} value={v.code}>
                {v.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={tx('Alamat / patokan', 'Address / landmark')}
            value={form.address}
            error={fields.address}
            onChange={(e) => set({ address: e.target.value })}
          />
        </fieldset>
        <SelectField
          label={tx('Tujuan', 'Destination')}
          value={form.destinationFacilityId}
          error={fields.destinationFacilityId}
          required
          onChange={(e) => set({ destinationFacilityId: e.target.value })}
        >
          <option value="">{tx('Pilih fasilitas tujuan', 'Choose the destination')}</option>
          {facilities.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={tx('Tingkat kedaruratan', 'Urgency')}
          value={form.urgency}
          error={fields.urgency}
          onChange={(e) => set({ urgency: e.target.value as Urgency })}
        >
          {urgencies.map((u) => (
            <option key={u} value={u}>
              {label.urgency(u, tx.lang)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={tx('Pasien sedang hamil', 'The patient is pregnant')}
          checked={form.pregnant}
          onChange={(e) => set({ pregnant: e.target.checked })}
        />
        {form.pregnant ? (
          <CheckboxField
            label={tx(
              'Ibu setuju HPL dan kategori risiko KSPR-nya dibaca dari e-Babhar',
              'The mother agrees that her due date and KSPR risk category are read from e-Babhar',
            )}
            hint={tx(
              'Ibu hamil risiko sangat tinggi (KRST) didahulukan.',
              'A very-high-risk (KRST) mother is served first.',
            )}
            checked={form.maternalConsent}
            onChange={(e) => set({ maternalConsent: e.target.checked })}
          />
        ) : null}
        <TextAreaField
          label={tx('Keterangan (opsional)', 'Notes (optional)')}
          value={form.notes}
          error={fields.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <FormAlert>{send.error ? errorText(send.error, tx.lang) : null}</FormAlert>
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? tx('Mengirim…', 'Sending…') : tx('Kirim permintaan', 'Send the request')}
        </button>
      </form>
    </section>
  );
}
