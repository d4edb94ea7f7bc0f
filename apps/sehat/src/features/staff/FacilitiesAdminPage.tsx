import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type FacilityKind,
  type FacilityView,
  type Polyclinic,
  facilityKinds,
  polyclinics,
} from '@layanan/domain';
import { CheckboxField, FormAlert, SelectField, TextField, errorText, serverFieldErrors } from '@layanan/ui';
import { useSehatApi } from '../api';
import { label, useTx } from '../text';
import { useFacilities } from '../useFacilities';

interface Draft {
  code: string;
  kind: FacilityKind;
  name: string;
  districtCode: string;
  address: string;
  lat: string;
  lng: string;
  phone: string;
  polyclinics: Polyclinic[];
  services: string;
  bookable: boolean;
  dispatchCentre: boolean;
}

const empty: Draft = {
  code: '',
  kind: 'puskesmas',
  name: '',
  districtCode: '',
  address: '',
  lat: '',
  lng: '',
  phone: '',
  polyclinics: [],
  services: '',
  bookable: false,
  dispatchCentre: false,
};

const draftOf = (f: FacilityView): Draft => ({
  code: f.code,
  kind: f.kind,
  name: f.name,
  districtCode: f.districtCode,
  address: f.address ?? '',
  lat: f.lat === null ? '' : String(f.lat),
  lng: f.lng === null ? '' : String(f.lng),
  phone: f.phone ?? '',
  polyclinics: f.polyclinics,
  services: f.services.join('\n'),
  bookable: f.bookable,
  dispatchCentre: f.dispatchCentre,
});

/** The regency admin adds and edits health facilities (the gateway audits every change). */
export function FacilitiesAdminPage() {
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const facilities = useFacilities();
  const [editing, setEditing] = useState<string>('');
  const [draft, setDraft] = useState<Draft>(empty);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        code: draft.code.trim().toUpperCase(),
        kind: draft.kind,
        name: draft.name,
        districtCode: draft.districtCode,
        address: draft.address || null,
        lat: draft.lat ? Number(draft.lat) : null,
        lng: draft.lng ? Number(draft.lng) : null,
        phone: draft.phone || null,
        polyclinics: draft.polyclinics,
        services: draft.services
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        bookable: draft.bookable,
        dispatchCentre: draft.dispatchCentre,
      };
      return editing ? api.updateFacility(editing, body) : api.createFacility(body);
    },
    onSuccess: (f) => {
      setEditing(f.id);
      setDraft(draftOf(f));
      void queryClient.invalidateQueries({ queryKey: ['sehat'] });
    },
  });
  const fields = serverFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="page narrow">
      <h1>{tx('Kelola fasilitas kesehatan', 'Manage health facilities')}</h1>
      <SelectField
        label={tx('Fasilitas', 'Facility')}
        value={editing}
        onChange={(e) => {
          const f = facilities.data?.find((x) => x.id === e.target.value);
          setEditing(e.target.value);
          setDraft(f ? draftOf(f) : empty);
          save.reset();
        }}
      >
        <option value="">{tx('+ Fasilitas baru', '+ New facility')}</option>
        {facilities.data?.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </SelectField>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={tx('Kode', 'Code')}
          value={draft.code}
          error={fields.code}
          onChange={(e) => set({ code: e.target.value })}
        />
        <SelectField
          label={tx('Jenis', 'Kind')}
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as FacilityKind })}
        >
          {facilityKinds.map((k) => (
            <option key={k} value={k}>
              {label.kind(k, tx.lang)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={tx('Nama', 'Name')}
          value={draft.name}
          error={fields.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <TextField
          label={tx('Kode kecamatan', 'District code')}
          hint="35.28.01"
          value={draft.districtCode}
          error={fields.districtCode}
          onChange={(e) => set({ districtCode: e.target.value })}
        />
        <TextField
          label={tx('Alamat', 'Address')}
          value={draft.address}
          error={fields.address}
          onChange={(e) => set({ address: e.target.value })}
        />
        <div className="coordinates">
          <TextField
            label={tx('Lintang', 'Latitude')}
            inputMode="decimal"
            value={draft.lat}
            error={fields.lat}
            onChange={(e) => set({ lat: e.target.value })}
          />
          <TextField
            label={tx('Bujur', 'Longitude')}
            inputMode="decimal"
            value={draft.lng}
            error={fields.lng}
            onChange={(e) => set({ lng: e.target.value })}
          />
        </div>
        <TextField
          label={tx('Telepon', 'Phone')}
          value={draft.phone}
          error={fields.phone}
          onChange={(e) => set({ phone: e.target.value })}
        />
        <fieldset>
          <legend>{tx('Poli', 'Polyclinics')}</legend>
          {polyclinics.map((p) => (
            <CheckboxField
              key={p}
              label={label.poly(p, tx.lang)}
              checked={draft.polyclinics.includes(p)}
              onChange={(e) =>
                set({
                  polyclinics: e.target.checked
                    ? [...draft.polyclinics, p]
                    : draft.polyclinics.filter((x) => x !== p),
                })
              }
            />
          ))}
        </fieldset>
        <label className="field">
          {tx('Layanan (satu per baris)', 'Services (one per line)')}
          <textarea rows={4} value={draft.services} onChange={(e) => set({ services: e.target.value })} />
        </label>
        <CheckboxField
          label={tx('Menerima pendaftaran online', 'Takes online bookings')}
          checked={draft.bookable}
          onChange={(e) => set({ bookable: e.target.checked })}
        />
        <CheckboxField
          label={tx('Pusat dispatch Pamekasan Call Care', 'Pamekasan Call Care dispatch centre')}
          checked={draft.dispatchCentre}
          onChange={(e) => set({ dispatchCentre: e.target.checked })}
        />
        <FormAlert>{save.error ? errorText(save.error, tx.lang) : null}</FormAlert>
        {save.isSuccess ? <p role="status">{tx('Tersimpan.', 'Saved.')}</p> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {editing ? tx('Simpan perubahan', 'Save changes') : tx('Tambah fasilitas', 'Add the facility')}
        </button>
      </form>
    </section>
  );
}
