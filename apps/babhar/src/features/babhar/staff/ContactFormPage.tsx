import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AncContactInput,
  type UrineProtein,
  gestationalAgeDays,
  measurementFlags,
  parseCalendarDate,
  tdStatuses,
  urineProteinLevels,
} from '@layanan/domain';
import { CheckboxField, FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { type ContactView, newKey, useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { FlagList, L, Loadable, fieldErrors, numberOf, todayText, useRules } from '../common';

/** The ANC contact form following the 10T, with flags shown live as values are typed. */
export function ContactFormPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Kunjungan ANC', 'ANC contact')));
  const query = useQuery({ queryKey: ['babhar', 'pregnancy', id], queryFn: () => api.pregnancy(id) });
  return (
    <section className="page narrow" aria-labelledby="contact-title">
      <h1 id="contact-title">{t.pick(L('Kunjungan ANC (10T)', 'ANC contact (10T)'))}</h1>
      <Loadable query={query}>{(data) => <ContactForm pregnancyId={id} detail={data} />}</Loadable>
    </section>
  );
}

function ContactForm({
  pregnancyId,
  detail,
}: {
  pregnancyId: string;
  detail: Awaited<ReturnType<ReturnType<typeof useBabharApi>['pregnancy']>>;
}) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const rules = useRules();
  const navigate = useNavigate();
  const [key] = useState(newKey);
  const first = detail.contacts.length === 0;
  const { values: f, bind } = useFormState({
    date: todayText(),
    provider: 'bidan',
    weightKg: '',
    heightCm: detail.mother.heightCm ? String(detail.mother.heightCm) : '',
    systolic: '',
    diastolic: '',
    oedema: false,
    lilaCm: '',
    fundalHeightCm: '',
    fetalHeartRate: '',
    presentation: '',
    tdStatus: 'T0',
    tdDoseGiven: '',
    ironTablets: '0',
    hbGdl: '',
    urineProtein: '',
    ultrasound: false,
    dangerSignsChecked: true,
    nextContactDate: '',
  });

  const flags = useMemo(() => {
    const on = parseCalendarDate(f.date);
    const hpht = parseCalendarDate(detail.pregnancy.hpht);
    return measurementFlags(
      {
        systolic: numberOf(f.systolic),
        diastolic: numberOf(f.diastolic),
        oedema: f.oedema,
        urineProtein: (f.urineProtein || null) as UrineProtein | null,
        lilaCm: numberOf(f.lilaCm),
        hbGdl: numberOf(f.hbGdl),
        heightCm: numberOf(f.heightCm),
        fetalHeartRate: numberOf(f.fetalHeartRate),
        gestationalAgeDays: on && hpht ? gestationalAgeDays({ hpht }, on) : null,
        birthDate: parseCalendarDate(detail.mother.birthDate),
        on,
        hpht,
        para: detail.pregnancy.para,
      },
      rules,
    );
  }, [f, detail, rules]);

  const save = useMutation({
    mutationFn: (): Promise<ContactView> => {
      const n = (v: string) => numberOf(v);
      const lab = {
        ...(n(f.hbGdl) !== undefined ? { hbGdl: n(f.hbGdl) } : {}),
        ...(f.urineProtein ? { urineProtein: f.urineProtein as UrineProtein } : {}),
      };
      const body: AncContactInput = {
        date: f.date,
        provider: f.provider as 'bidan' | 'doctor',
        weightKg: n(f.weightKg) ?? 0,
        ...(n(f.heightCm) !== undefined ? { heightCm: n(f.heightCm) } : {}),
        systolic: n(f.systolic) ?? 0,
        diastolic: n(f.diastolic) ?? 0,
        oedema: f.oedema,
        ...(n(f.lilaCm) !== undefined ? { lilaCm: n(f.lilaCm) } : {}),
        ...(n(f.fundalHeightCm) !== undefined ? { fundalHeightCm: n(f.fundalHeightCm) } : {}),
        ...(n(f.fetalHeartRate) !== undefined ? { fetalHeartRate: n(f.fetalHeartRate) } : {}),
        ...(f.presentation ? { presentation: f.presentation as never } : {}),
        tdStatus: f.tdStatus as never,
        ...(f.tdDoseGiven ? { tdDoseGiven: f.tdDoseGiven as never } : {}),
        ironTablets: n(f.ironTablets) ?? 0,
        ...(Object.keys(lab).length ? { lab } : {}),
        ultrasound: f.ultrasound,
        dangerSignsChecked: f.dangerSignsChecked,
        ...(f.nextContactDate ? { nextContactDate: f.nextContactDate } : {}),
      };
      return api.recordContact(pregnancyId, body, key);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const errors = fieldErrors(save.error);
  const { field, box } = bind(errors);
  if (save.data)
    return (
      <div className="notice" role="status" data-testid="contact-saved">
        <p>
          {t.pick(L('Tersimpan', 'Saved'))}: <strong>{save.data.visitCode}</strong> ·{' '}
          {save.data.gestationalAge.weeks}
          {t.pick(L(' minggu', ' weeks'))} · TM{save.data.trimester}
        </p>
        <FlagList flags={save.data.flags} t={t} />
        <button type="button" className="button" onClick={() => navigate(`/staf/kehamilan/${pregnancyId}`)}>
          {t.pick(L('Kembali ke data kehamilan', 'Back to the pregnancy'))}
        </button>
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
        {detail.mother.fullName} · HPHT {detail.pregnancy.hpht}
      </p>
      <TextField label={t.pick(L('Tanggal kunjungan', 'Date'))} type="date" {...field('date')} required />
      <SelectField label={t.pick(L('Diperiksa oleh', 'Seen by'))} {...field('provider')}>
        <option value="bidan">Bidan</option>
        <option value="doctor">{t.pick(L('Dokter', 'Doctor'))}</option>
      </SelectField>
      <fieldset className="field">
        <legend>{t.pick(L('Timbang, ukur, tensi, LILA', 'Weight, height, BP, MUAC'))}</legend>
        <div className="babhar-row">
          <TextField
            label={t.pick(L('Berat (kg)', 'Weight (kg)'))}
            inputMode="decimal"
            {...field('weightKg')}
            required
          />
          <TextField
            label={t.pick(L('Tinggi (cm)', 'Height (cm)'))}
            inputMode="decimal"
            {...field('heightCm')}
            required={first}
          />
        </div>
        <div className="babhar-row">
          <TextField
            label={t.pick(L('Sistolik (mmHg)', 'Systolic (mmHg)'))}
            inputMode="numeric"
            {...field('systolic')}
            required
          />
          <TextField
            label={t.pick(L('Diastolik (mmHg)', 'Diastolic (mmHg)'))}
            inputMode="numeric"
            {...field('diastolic')}
            required
          />
        </div>
        <CheckboxField label={t.pick(L('Bengkak (oedema)', 'Oedema'))} {...box('oedema')} />
        <TextField
          label={t.pick(L('LILA (cm)', 'MUAC / LILA (cm)'))}
          inputMode="decimal"
          {...field('lilaCm')}
        />
      </fieldset>
      <fieldset className="field">
        <legend>{t.pick(L('TFU, presentasi, DJJ', 'Fundal height, presentation, FHR'))}</legend>
        <TextField
          label={t.pick(L('TFU (cm)', 'Fundal height (cm)'))}
          inputMode="decimal"
          {...field('fundalHeightCm')}
        />
        <SelectField label={t.pick(L('Presentasi janin', 'Presentation'))} {...field('presentation')}>
          <option value="">—</option>
          <option value="cephalic">{t.pick(L('Kepala', 'Cephalic'))}</option>
          <option value="breech">{t.pick(L('Sungsang', 'Breech'))}</option>
          <option value="transverse">{t.pick(L('Lintang', 'Transverse'))}</option>
          <option value="not_determined">{t.pick(L('Belum dapat ditentukan', 'Not determined'))}</option>
        </SelectField>
        <TextField
          label={t.pick(L('DJJ (/menit)', 'FHR (/min)'))}
          inputMode="numeric"
          {...field('fetalHeartRate')}
        />
      </fieldset>
      <fieldset className="field">
        <legend>{t.pick(L('Imunisasi Td, tablet tambah darah', 'Td immunisation, iron tablets'))}</legend>
        <div className="babhar-row">
          <SelectField label={t.pick(L('Status Td', 'Td status'))} {...field('tdStatus')}>
            {tdStatuses.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </SelectField>
          <SelectField label={t.pick(L('Dosis Td diberikan', 'Td dose given'))} {...field('tdDoseGiven')}>
            <option value="">—</option>
            {tdStatuses.slice(1).map((s) => (
              <option key={s}>{s}</option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t.pick(L('Tablet tambah darah (butir)', 'Iron tablets (count)'))}
          inputMode="numeric"
          {...field('ironTablets')}
        />
      </fieldset>
      <fieldset className="field">
        <legend>{t.pick(L('Laboratorium', 'Laboratory'))}</legend>
        <div className="babhar-row">
          <TextField label="Hb (g/dL)" inputMode="decimal" {...field('hbGdl', 'lab.hbGdl')} />
          <SelectField label={t.pick(L('Protein urin', 'Urine protein'))} {...field('urineProtein')}>
            <option value="">—</option>
            {urineProteinLevels.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </SelectField>
        </div>
        <CheckboxField label={t.pick(L('USG dilakukan', 'Ultrasound done'))} {...box('ultrasound')} />
        <CheckboxField
          label={t.pick(L('Tanda bahaya sudah ditanyakan', 'Danger signs asked about'))}
          {...box('dangerSignsChecked')}
        />
      </fieldset>
      <TextField
        label={t.pick(L('Kunjungan berikutnya', 'Next contact'))}
        type="date"
        {...field('nextContactDate')}
      />
      <div aria-live="polite" className="live-flags">
        <h2>{t.pick(L('Tanda perhatian', 'Flags'))}</h2>
        {flags.length ? (
          <FlagList flags={flags} t={t} />
        ) : (
          <p className="muted">{t.pick(L('Tidak ada', 'None'))}</p>
        )}
      </div>
      <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
      <button type="submit" className="button" disabled={save.isPending}>
        {t.pick(L('Simpan kunjungan', 'Save contact'))}
      </button>
    </form>
  );
}
