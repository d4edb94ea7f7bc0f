import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSession } from '@layanan/auth/client';
import { parseNik } from '@layanan/domain';
import { FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { type LookupResult, type MotherView, newKey, useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { L, fieldErrors, formatDate, numberOf, statusLabel } from '../common';
import { StaffNav } from './StaffNav';

/** Find a mother by NIK first (no duplicates), then register her and her pregnancy. */
export function RegisterMotherPage() {
  const t = useT();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Daftarkan ibu hamil', 'Register a pregnant mother')));
  const [nik, setNik] = useState('');
  const [mother, setMother] = useState<MotherView | null>(null);
  const lookup = useMutation({
    mutationFn: async (): Promise<LookupResult | null> => {
      try {
        return await api.lookup(nik.trim());
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    onSuccess: (found) => setMother(found?.mother ?? null),
  });
  const errors = fieldErrors(lookup.error);
  return (
    <section className="page narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t.pick(L('Daftarkan ibu hamil', 'Register a pregnant mother'))}</h1>
      <StaffNav />
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setMother(null);
          lookup.mutate();
        }}
      >
        <TextField
          label={t.pick(L('NIK ibu', 'Mother’s NIK'))}
          hint={t.pick(
            L('Cari dulu agar tidak terdaftar dua kali.', 'Search first so she is not registered twice.'),
          )}
          inputMode="numeric"
          maxLength={16}
          value={nik}
          onChange={(e) => setNik(e.target.value)}
          error={errors.nik}
          required
        />
        <FormAlert>{lookup.error && !errors.nik ? errorText(lookup.error, t.lang) : null}</FormAlert>
        <button type="submit" className="button" disabled={lookup.isPending}>
          {t.pick(L('Cari', 'Search'))}
        </button>
      </form>
      {lookup.isSuccess && lookup.data ? <Found result={lookup.data} /> : null}
      {lookup.isSuccess && !lookup.data && !mother ? (
        <MotherForm nik={nik.trim()} onCreated={setMother} />
      ) : null}
      {mother && !(lookup.data?.pregnancies.some((p) => p.status === 'active') ?? false) ? (
        <PregnancyForm mother={mother} />
      ) : null}
    </section>
  );
}

function Found({ result }: { result: LookupResult }) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <p>
        {t.pick(L('Sudah terdaftar:', 'Already registered:'))} <strong>{result.mother.fullName}</strong> (
        {result.mother.nikMasked})
      </p>
      <ul>
        {result.pregnancies.map((p) => (
          <li key={p.id}>
            <Link to={`/staf/kehamilan/${p.id}`}>
              HPHT {formatDate(p.hpht, t.lang)} · {statusLabel(p.status, t)}
            </Link>
          </li>
        ))}
      </ul>
      {result.elsewhere ? (
        <p>{t.pick(L('Juga diikuti puskesmas lain.', 'Also followed by another puskesmas.'))}</p>
      ) : null}
    </div>
  );
}

function MotherForm({ nik, onCreated }: { nik: string; onCreated: (m: MotherView) => void }) {
  const t = useT();
  const api = useBabharApi();
  const { user } = useSession();
  const [key] = useState(newKey);
  const { values: form, bind } = useFormState({
    fullName: '',
    // The NIK carries the date of birth (DOMAIN §2); the gateway refuses another one.
    birthDate: birthDateInNik(nik),
    phone: '',
    villageCode: '',
    address: '',
    heightCm: '',
    marriageDate: '',
  });
  const puskesmas = useQuery({ queryKey: ['babhar', 'puskesmas'], queryFn: () => api.puskesmas() });
  const district =
    puskesmas.data?.find((p) => p.id === user?.facilityId)?.districtCode ?? puskesmas.data?.[0]?.districtCode;
  const villages = useQuery({
    queryKey: ['babhar', 'villages', district],
    queryFn: () => api.villages(district!),
    enabled: !!district,
  });
  const create = useMutation({
    mutationFn: () =>
      api.registerMother(
        {
          nik,
          fullName: form.fullName,
          birthDate: form.birthDate,
          ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
          villageCode: form.villageCode,
          address: form.address,
          ...(numberOf(form.heightCm) !== undefined ? { heightCm: numberOf(form.heightCm) } : {}),
          ...(form.marriageDate ? { marriageDate: form.marriageDate } : {}),
        },
        key,
      ),
    onSuccess: onCreated,
  });
  const errors = fieldErrors(create.error);
  const { field } = bind(errors);
  return (
    <form
      className="form"
      aria-labelledby="mother-title"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2 id="mother-title">{t.pick(L('Data ibu', 'Mother'))}</h2>
      <p className="muted">
        {t.pick(L('NIK belum terdaftar: isi data ibu.', 'NIK not registered yet: fill in her details.'))}
      </p>
      <TextField label={t.pick(L('Nama lengkap', 'Full name'))} {...field('fullName')} required />
      <TextField
        label={t.pick(L('Tanggal lahir', 'Date of birth'))}
        type="date"
        {...field('birthDate')}
        required
      />
      <TextField label={t.pick(L('Nomor HP', 'Mobile number'))} inputMode="tel" {...field('phone')} />
      <SelectField label={t.pick(L('Desa / kelurahan', 'Village'))} {...field('villageCode')} required>
        <option value="">{t.pick(L('— pilih —', '— choose —'))}</option>
        {villages.data?.map((v) => (
          <option key={v.code} value={v.code}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.pick(L('Alamat (dusun, RT/RW)', 'Address (hamlet, RT/RW)'))}
        {...field('address')}
        required
      />
      <TextField
        label={t.pick(L('Tinggi badan (cm)', 'Height (cm)'))}
        inputMode="decimal"
        {...field('heightCm')}
      />
      <TextField
        label={t.pick(L('Tanggal menikah', 'Date of marriage'))}
        type="date"
        {...field('marriageDate')}
      />
      <FormAlert>{create.error ? errorText(create.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={create.isPending}>
        {t.pick(L('Simpan data ibu', 'Save mother'))}
      </button>
    </form>
  );
}

function PregnancyForm({ mother }: { mother: MotherView }) {
  const t = useT();
  const api = useBabharApi();
  const navigate = useNavigate();
  const { user } = useSession();
  const [key] = useState(newKey);
  const puskesmas = useQuery({ queryKey: ['babhar', 'puskesmas'], queryFn: () => api.puskesmas() });
  const { values: form, bind } = useFormState({
    hpht: '',
    usgHpl: '',
    gravida: '1',
    para: '0',
    abortus: '0',
    lastBirthDate: '',
    puskesmasId: user?.facilityId ?? '',
  });
  const create = useMutation({
    mutationFn: () =>
      api.registerPregnancy(
        {
          motherId: mother.id,
          hpht: form.hpht,
          ...(form.usgHpl ? { usgHpl: form.usgHpl } : {}),
          gravida: numberOf(form.gravida) ?? 0,
          para: numberOf(form.para) ?? 0,
          abortus: numberOf(form.abortus) ?? 0,
          ...(form.lastBirthDate ? { lastBirthDate: form.lastBirthDate } : {}),
          puskesmasId: form.puskesmasId,
        },
        key,
      ),
    onSuccess: (p) => navigate(`/staf/kehamilan/${p.id}`),
  });
  const errors = fieldErrors(create.error);
  const { field } = bind(errors);
  return (
    <form
      className="form"
      aria-labelledby="pregnancy-title"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2 id="pregnancy-title">
        {t.pick(L('Kehamilan', 'Pregnancy'))}: {mother.fullName}
      </h2>
      <TextField
        label={t.pick(L('HPHT', 'First day of last period (HPHT)'))}
        type="date"
        {...field('hpht')}
        required
      />
      <TextField
        label={t.pick(L('HPL dari USG (jika ada)', 'Due date by ultrasound (if any)'))}
        type="date"
        {...field('usgHpl')}
      />
      <div className="babhar-row">
        <TextField label="G" inputMode="numeric" {...field('gravida')} />
        <TextField label="P" inputMode="numeric" {...field('para')} />
        <TextField label="A" inputMode="numeric" {...field('abortus')} />
      </div>
      <TextField
        label={t.pick(L('Tanggal persalinan terakhir', 'Date of the last birth'))}
        type="date"
        {...field('lastBirthDate')}
      />
      {user?.role === 'regency_admin' ? (
        <SelectField label="Puskesmas" {...field('puskesmasId')} required>
          <option value="">{t.pick(L('— pilih —', '— choose —'))}</option>
          {puskesmas.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <FormAlert>{create.error ? errorText(create.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={create.isPending}>
        {t.pick(L('Daftarkan kehamilan', 'Register pregnancy'))}
      </button>
    </form>
  );
}

function birthDateInNik(nik: string): string {
  const parsed = parseNik(nik);
  return parsed.ok ? parsed.value.birthDate : '';
}
