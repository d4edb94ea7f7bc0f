import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type PostpartumContactInput,
  ancProviderLabels,
  ancProviders,
  familyPlanningLabels,
  familyPlanningMethods,
  postpartumDangerSigns,
  postpartumVisitLabels,
} from '@layanan/domain';
import { CheckboxField, FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { type PregnancyDetail, newKey, useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { L, Loadable, fieldErrors, numberOf, todayText } from '../common';

/** A postpartum contact (kunjungan nifas); the gateway names it KF1–KF4 from the days since the birth. */
export function PostpartumPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Kunjungan nifas', 'Postpartum contact')));
  const query = useQuery({ queryKey: ['babhar', 'pregnancy', id], queryFn: () => api.pregnancy(id) });
  return (
    <section className="page narrow" aria-labelledby="postpartum-title">
      <h1 id="postpartum-title">{t.pick(L('Kunjungan nifas (KF)', 'Postpartum contact (KF)'))}</h1>
      <Loadable query={query}>{(data) => <PostpartumForm detail={data} />}</Loadable>
    </section>
  );
}

function PostpartumForm({ detail }: { detail: PregnancyDetail }) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const [key] = useState(newKey);
  const pregnancyId = detail.pregnancy.id;
  const { values: f, bind } = useFormState({
    date: todayText(),
    provider: 'bidan',
    systolic: '',
    diastolic: '',
    temperatureC: '',
    lochia: '',
    breasts: '',
    vitaminA: false,
    ironTablets: '0',
    familyPlanning: '',
    referralTo: '',
    referralReason: '',
    note: '',
  });
  const [signs, setSigns] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () => {
      const n = (text: string) => numberOf(text);
      const body: PostpartumContactInput = {
        date: f.date,
        provider: f.provider as 'bidan',
        ...(n(f.systolic) !== undefined ? { systolic: n(f.systolic) } : {}),
        ...(n(f.diastolic) !== undefined ? { diastolic: n(f.diastolic) } : {}),
        ...(n(f.temperatureC) !== undefined ? { temperatureC: n(f.temperatureC) } : {}),
        ...(f.lochia ? { lochia: f.lochia as 'normal' } : {}),
        ...(f.breasts ? { breasts: f.breasts as 'normal' } : {}),
        vitaminA: f.vitaminA,
        ironTablets: n(f.ironTablets) ?? 0,
        ...(f.familyPlanning ? { familyPlanning: f.familyPlanning as 'undecided' } : {}),
        dangerSignsFound: signs as PostpartumContactInput['dangerSignsFound'],
        ...(f.referralTo.trim() || f.referralReason.trim()
          ? { referral: { to: f.referralTo, reason: f.referralReason } }
          : {}),
        ...(f.note.trim() ? { note: f.note.trim() } : {}),
      };
      return api.recordPostpartum(pregnancyId, body, key);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const errors = fieldErrors(save.error);
  const { field, box } = bind(errors);
  if (save.data)
    return (
      <div className="notice" role="status" data-testid="postpartum-saved">
        <p>
          {t.pick(L('Tersimpan', 'Saved'))}:{' '}
          <strong>{t.pick(postpartumVisitLabels[save.data.visitCode])}</strong>
        </p>
        <Link className="button" to={`/staf/kehamilan/${pregnancyId}`}>
          {t.pick(L('Kembali ke data kehamilan', 'Back to the pregnancy'))}
        </Link>
      </div>
    );
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <p className="muted">
        {detail.mother.fullName} · {t.pick(L('Persalinan', 'Birth'))} {detail.outcome?.date ?? '—'}
      </p>
      <TextField label={t.pick(L('Tanggal kunjungan', 'Date'))} type="date" {...field('date')} required />
      <SelectField label={t.pick(L('Diperiksa oleh', 'Seen by'))} {...field('provider')}>
        {ancProviders.map((p) => (
          <option key={p} value={p}>
            {t.pick(ancProviderLabels[p])}
          </option>
        ))}
      </SelectField>
      <div className="babhar-row">
        <TextField
          label={t.pick(L('Sistolik (mmHg)', 'Systolic (mmHg)'))}
          inputMode="numeric"
          {...field('systolic')}
        />
        <TextField
          label={t.pick(L('Diastolik (mmHg)', 'Diastolic (mmHg)'))}
          inputMode="numeric"
          {...field('diastolic')}
        />
      </div>
      <TextField
        label={t.pick(L('Suhu (°C)', 'Temperature (°C)'))}
        inputMode="decimal"
        {...field('temperatureC')}
      />
      <SelectField label={t.pick(L('Lokia (cairan nifas)', 'Lochia'))} {...field('lochia')}>
        <option value="">—</option>
        <option value="normal">{t.pick(L('Normal', 'Normal'))}</option>
        <option value="abnormal">{t.pick(L('Tidak normal', 'Abnormal'))}</option>
      </SelectField>
      <SelectField label={t.pick(L('Payudara', 'Breasts'))} {...field('breasts')}>
        <option value="">—</option>
        <option value="normal">{t.pick(L('Normal', 'Normal'))}</option>
        <option value="problem">{t.pick(L('Ada masalah', 'Problem'))}</option>
      </SelectField>
      <CheckboxField
        label={t.pick(L('Kapsul vitamin A diberikan', 'Vitamin A capsule given'))}
        {...box('vitaminA')}
      />
      <TextField
        label={t.pick(L('Tablet tambah darah (jumlah)', 'Iron tablets (count)'))}
        inputMode="numeric"
        {...field('ironTablets')}
      />
      <SelectField
        label={t.pick(L('KB pascapersalinan', 'Postpartum family planning'))}
        {...field('familyPlanning')}
      >
        <option value="">—</option>
        {familyPlanningMethods.map((m) => (
          <option key={m} value={m}>
            {t.pick(familyPlanningLabels[m])}
          </option>
        ))}
      </SelectField>
      <fieldset className="field">
        <legend>{t.pick(L('Tanda bahaya nifas yang ditemukan', 'Postpartum danger signs found'))}</legend>
        {postpartumDangerSigns.map((s) => (
          <CheckboxField
            key={s.code}
            label={t.pick(s.label)}
            checked={signs.includes(s.code)}
            onChange={(e) =>
              setSigns((list) => (e.target.checked ? [...list, s.code] : list.filter((c) => c !== s.code)))
            }
          />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t.pick(L('Rujukan (bila dirujuk)', 'Referral (if referred)'))}</legend>
        <TextField label={t.pick(L('Dirujuk ke', 'Referred to'))} {...field('referralTo', 'referral.to')} />
        <TextField label={t.pick(L('Alasan', 'Reason'))} {...field('referralReason', 'referral.reason')} />
      </fieldset>
      <TextField label={t.pick(L('Catatan', 'Note'))} {...field('note')} />
      <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={save.isPending}>
        {t.pick(L('Simpan', 'Save'))}
      </button>
    </form>
  );
}
