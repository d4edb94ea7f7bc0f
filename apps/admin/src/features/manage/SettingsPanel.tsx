import { type FormEvent, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  type BabharSettingsView,
  type Bilingual,
  type Threshold,
  ancScheduleIds,
  comparisonOps,
} from '@layanan/domain';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { text } from '../shared/form';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';

const T = {
  title: { id: 'Pengaturan kabupaten (e-Babhar)', en: 'Regency settings (e-Babhar)' },
  cbrTitle: { id: 'Sasaran PWS-KIA', en: 'PWS-KIA targets' },
  cbr: { id: 'Angka kelahiran kasar (per 1.000 penduduk)', en: 'Crude birth rate (per 1,000 population)' },
  factor: { id: 'Faktor sasaran bumil', en: 'Target factor' },
  defaultIs: { id: 'Bawaan', en: 'Default' },
  saved: { id: 'disimpan', en: 'saved' },
  fromEnv: { id: 'dari konfigurasi', en: 'from the configuration' },
  save: { id: 'Simpan', en: 'Save' },
  reset: { id: 'Kembalikan ke bawaan', en: 'Back to the default' },
  rulesTitle: { id: 'Ambang klinis dan jadwal ANC', en: 'Clinical thresholds and ANC schedule' },
  schedule: { id: 'Jadwal ANC', en: 'ANC schedule' },
  dueSoon: { id: 'Kunjungan "segera" (hari)', en: 'Contact "due soon" (days)' },
  done: { id: 'Tersimpan', en: 'Saved' },
} satisfies Record<string, Bilingual>;

type Rules = BabharSettingsView['rules'];
type ThresholdPath = ['kspr' | 'flags', string];

/** The thresholds the form edits (each: comparison and value). */
const thresholds: { path: ThresholdPath; label: Bilingual }[] = [
  {
    path: ['flags', 'systolic'],
    label: { id: 'Hipertensi: sistolik (mmHg)', en: 'Hypertension: systolic (mmHg)' },
  },
  {
    path: ['flags', 'diastolic'],
    label: { id: 'Hipertensi: diastolik (mmHg)', en: 'Hypertension: diastolic (mmHg)' },
  },
  { path: ['flags', 'lilaCm'], label: { id: 'KEK: LILA (cm)', en: 'KEK: MUAC (cm)' } },
  { path: ['flags', 'hbGdl'], label: { id: 'Anemia: Hb (g/dL)', en: 'Anaemia: Hb (g/dL)' } },
  {
    path: ['flags', 'heightCm'],
    label: { id: 'Risiko panggul sempit: tinggi (cm)', en: 'CPD risk: height (cm)' },
  },
  { path: ['kspr', 'highRisk'], label: { id: 'KSPR: skor KRT', en: 'KSPR: KRT score' } },
  { path: ['kspr', 'veryHighRisk'], label: { id: 'KSPR: skor KRST', en: 'KSPR: KRST score' } },
];

const thresholdOf = (rules: Rules, [group, name]: ThresholdPath) =>
  (rules[group] as unknown as Record<string, Threshold>)[name];

/** The crude birth rate for the PWS-KIA targets, and the clinical thresholds and ANC preset (audited). */
export function SettingsPanel() {
  const t = useT();
  const api = useAdminApi();
  const settings = useQuery({ queryKey: ['manage', 'babhar-settings'], queryFn: () => api.babharSettings() });
  const action = useAction();
  const key = useRef(crypto.randomUUID());
  const save = async (input: Parameters<typeof api.saveBabharSettings>[0]) => {
    const ok = await action.run(() => api.saveBabharSettings(input, key.current));
    if (ok) key.current = crypto.randomUUID();
  };
  const data = settings.data;
  if (!data) return <ErrorNote error={settings.error} />;

  const saveRate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = text(new FormData(event.currentTarget), 'cbr').replace(',', '.');
    void save({ crudeBirthRatePerMille: value === '' ? null : Number(value) });
  };
  const saveRules = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rules = structuredClone<Rules>(data.rules);
    for (const { path } of thresholds) {
      const id = path.join('.');
      const threshold = thresholdOf(rules, path);
      threshold.op = text(form, `${id}.op`) as Threshold['op'];
      threshold.value = Number(text(form, `${id}.value`).replace(',', '.'));
    }
    rules.anc.schedule = text(form, 'schedule') as Rules['anc']['schedule'];
    rules.worklist.dueSoonDays = Number(text(form, 'dueSoonDays'));
    void save({ rules });
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error} />
      <form className="form" aria-labelledby="cbr-title" onSubmit={saveRate}>
        <h3 id="cbr-title">{t.pick(T.cbrTitle)}</h3>
        <TextField
          key={`cbr-${data.crudeBirthRatePerMille}`}
          label={t.pick(T.cbr)}
          name="cbr"
          inputMode="decimal"
          defaultValue={String(data.crudeBirthRatePerMille)}
          hint={`${t.pick(T.defaultIs)}: ${data.crudeBirthRateDefault} · ${t.pick(
            data.crudeBirthRateSaved ? T.saved : T.fromEnv,
          )} · ${t.pick(T.factor)} ${data.rules.reports.targetFactor}`}
        />
        <div className="filter-buttons">
          <button type="submit" className="button" disabled={action.busy}>
            {t.pick(T.save)}
          </button>
          {data.crudeBirthRateSaved ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={action.busy}
              onClick={() => void save({ crudeBirthRatePerMille: null })}
            >
              {t.pick(T.reset)}
            </button>
          ) : null}
        </div>
      </form>
      <form
        className="form"
        aria-labelledby="rules-title"
        onSubmit={saveRules}
        key={JSON.stringify(data.rules)}
      >
        <h3 id="rules-title">{t.pick(T.rulesTitle)}</h3>
        <p className="muted small">{t.pick(data.rulesSaved ? T.saved : T.fromEnv)}</p>
        {thresholds.map(({ path, label }) => {
          const id = path.join('.');
          const current = thresholdOf(data.rules, path);
          const fallback = thresholdOf(data.rulesDefault, path);
          return (
            <fieldset key={id} className="threshold">
              <legend>{t.pick(label)}</legend>
              <SelectField
                label={`${t.pick(label)}: ${t.lang === 'en' ? 'comparison' : 'perbandingan'}`}
                name={`${id}.op`}
                defaultValue={current.op}
              >
                {comparisonOps.map((op) => (
                  <option key={op} value={op}>
                    {op}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={`${t.pick(label)}: ${t.lang === 'en' ? 'value' : 'nilai'}`}
                name={`${id}.value`}
                inputMode="decimal"
                defaultValue={String(current.value)}
                hint={`${t.pick(T.defaultIs)}: ${fallback.op} ${fallback.value}`}
              />
            </fieldset>
          );
        })}
        <SelectField label={t.pick(T.schedule)} name="schedule" defaultValue={data.rules.anc.schedule}>
          {ancScheduleIds.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.pick(T.dueSoon)}
          name="dueSoonDays"
          inputMode="numeric"
          defaultValue={String(data.rules.worklist.dueSoonDays)}
        />
        <div className="filter-buttons">
          <button type="submit" className="button" disabled={action.busy}>
            {t.pick(T.save)}
          </button>
          {data.rulesSaved ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={action.busy}
              onClick={() => void save({ rules: null })}
            >
              {t.pick(T.reset)}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
