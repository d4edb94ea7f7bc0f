import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormAlert, SelectField, TextField, errorText, useT } from '@layanan/ui';
import { newKey, useBabharApi } from '../api';
import { L, fieldErrors, numberOf } from '../common';

/** No pregnancy linked yet: claim the one the bidan registered, or register it herself. */
export function StartForms() {
  const t = useT();
  return (
    <>
      <p>
        {t.pick(
          L(
            'Kehamilan Ibu belum tersambung ke akun ini. Jika bidan sudah mendaftarkan Ibu, sambungkan dengan NIK Ibu. Jika belum, daftarkan sendiri: bidan puskesmas akan memverifikasinya.',
            'Your pregnancy is not linked to this account yet. If the bidan has registered you, link it with your NIK. If not, register it yourself: the puskesmas bidan will verify it.',
          ),
        )}
      </p>
      <ClaimForm />
      <SelfRegisterForm />
    </>
  );
}

function ClaimForm() {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const [nik, setNik] = useState('');
  const claim = useMutation({
    mutationFn: () => api.claim(nik.trim()),
    onSuccess: (data) => client.setQueryData(['babhar', 'mine'], data),
  });
  const errors = fieldErrors(claim.error);
  return (
    <form
      className="form"
      aria-labelledby="claim-title"
      onSubmit={(e) => {
        e.preventDefault();
        claim.mutate();
      }}
    >
      <h2 id="claim-title">{t.pick(L('Sambungkan dengan NIK', 'Link with my NIK'))}</h2>
      <TextField
        label="NIK"
        inputMode="numeric"
        maxLength={16}
        value={nik}
        onChange={(e) => setNik(e.target.value)}
        error={errors.nik}
        required
      />
      <FormAlert>{claim.error && !errors.nik ? errorText(claim.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={claim.isPending}>
        {t.pick(L('Sambungkan', 'Link'))}
      </button>
    </form>
  );
}

function SelfRegisterForm() {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const [key] = useState(newKey);
  const [form, setForm] = useState({
    fullName: '',
    birthDate: '',
    phone: '',
    puskesmasId: '',
    villageCode: '',
    address: '',
    hpht: '',
    gravida: '1',
    para: '0',
    abortus: '0',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const puskesmas = useQuery({ queryKey: ['babhar', 'puskesmas'], queryFn: () => api.puskesmas() });
  const chosen = puskesmas.data?.find((p) => p.id === form.puskesmasId);
  const villages = useQuery({
    queryKey: ['babhar', 'villages', chosen?.districtCode],
    queryFn: () => api.villages(chosen!.districtCode),
    enabled: !!chosen,
  });
  const register = useMutation({
    mutationFn: () =>
      api.selfRegister(
        {
          mother: {
            fullName: form.fullName,
            birthDate: form.birthDate,
            ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
            villageCode: form.villageCode,
            address: form.address,
          },
          pregnancy: {
            hpht: form.hpht,
            gravida: numberOf(form.gravida) ?? 0,
            para: numberOf(form.para) ?? 0,
            abortus: numberOf(form.abortus) ?? 0,
            puskesmasId: form.puskesmasId,
          },
        },
        key,
      ),
    onSuccess: (data) => client.setQueryData(['babhar', 'mine'], data),
  });
  const errors = fieldErrors(register.error);
  return (
    <form
      className="form"
      aria-labelledby="self-title"
      onSubmit={(e) => {
        e.preventDefault();
        register.mutate();
      }}
    >
      <h2 id="self-title">{t.pick(L('Daftarkan kehamilan saya', 'Register my pregnancy'))}</h2>
      <TextField
        label={t.pick(L('Nama lengkap', 'Full name'))}
        value={form.fullName}
        onChange={set('fullName')}
        error={errors['mother.fullName']}
        required
      />
      <TextField
        label={t.pick(L('Tanggal lahir', 'Date of birth'))}
        type="date"
        value={form.birthDate}
        onChange={set('birthDate')}
        error={errors['mother.birthDate']}
        required
      />
      <TextField
        label={t.pick(L('Nomor HP (boleh kosong)', 'Mobile number (optional)'))}
        inputMode="tel"
        value={form.phone}
        onChange={set('phone')}
        error={errors['mother.phone']}
      />
      <SelectField
        label="Puskesmas"
        value={form.puskesmasId}
        onChange={set('puskesmasId')}
        error={errors['pregnancy.puskesmasId']}
        required
      >
        <option value="">{t.pick(L('— pilih —', '— choose —'))}</option>
        {puskesmas.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t.pick(L('Desa / kelurahan', 'Village'))}
        value={form.villageCode}
        onChange={set('villageCode')}
        error={errors['mother.villageCode']}
        required
      >
        <option value="">{t.pick(L('— pilih —', '— choose —'))}</option>
        {villages.data?.map((v) => (
          <option key={v.code} value={v.code}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.pick(L('Alamat (dusun, RT/RW)', 'Address (hamlet, RT/RW)'))}
        value={form.address}
        onChange={set('address')}
        error={errors['mother.address']}
        required
      />
      <TextField
        label={t.pick(L('HPHT (hari pertama haid terakhir)', 'First day of last period (HPHT)'))}
        type="date"
        value={form.hpht}
        onChange={set('hpht')}
        error={errors['pregnancy.hpht']}
        required
      />
      <div className="babhar-row">
        <TextField
          label={t.pick(L('Hamil ke- (G)', 'Pregnancy no. (G)'))}
          inputMode="numeric"
          value={form.gravida}
          onChange={set('gravida')}
          error={errors['pregnancy.gravida']}
        />
        <TextField
          label={t.pick(L('Melahirkan (P)', 'Births (P)'))}
          inputMode="numeric"
          value={form.para}
          onChange={set('para')}
          error={errors['pregnancy.para']}
        />
        <TextField
          label={t.pick(L('Keguguran (A)', 'Miscarriages (A)'))}
          inputMode="numeric"
          value={form.abortus}
          onChange={set('abortus')}
          error={errors['pregnancy.abortus']}
        />
      </div>
      <FormAlert>{register.error ? errorText(register.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={register.isPending}>
        {t.pick(L('Daftar', 'Register'))}
      </button>
    </form>
  );
}
