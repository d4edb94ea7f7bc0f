import { type FormEvent, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Bilingual } from '@layanan/domain';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { text } from '../shared/form';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';

const T = {
  title: { id: 'Penduduk per desa (sasaran PWS-KIA)', en: 'Population per desa (PWS-KIA targets)' },
  district: { id: 'Kecamatan', en: 'Kecamatan' },
  population: { id: 'Penduduk', en: 'Population' },
  defaultIs: { id: 'Bawaan', en: 'Default' },
  none: { id: 'tidak ada', en: 'none' },
  save: { id: 'Simpan penduduk kecamatan ini', en: 'Save this kecamatan’s population' },
  hint: {
    id: 'Kosongkan untuk kembali ke nilai bawaan. Desa tanpa penduduk tidak punya sasaran.',
    en: 'Leave empty to go back to the default. A desa without a population has no target.',
  },
} satisfies Record<string, Bilingual>;

/** The population of each desa of a kecamatan, for the PWS-KIA targets (saved ones audited). */
export function PopulationPanel() {
  const t = useT();
  const api = useAdminApi();
  const view = useQuery({ queryKey: ['manage', 'population'], queryFn: () => api.population() });
  const action = useAction();
  const key = useRef(crypto.randomUUID());
  const rows = view.data?.rows ?? [];
  const districts = [...new Map(rows.map((r) => [r.districtCode, r.districtName])).entries()];
  const [district, setDistrict] = useState<string>('');
  const current = district || districts[0]?.[0] || '';
  const shown = rows.filter((r) => r.districtCode === current);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, number | null> = {};
    for (const r of shown) {
      const value = text(form, r.villageCode);
      const next = value === '' ? null : Number(value);
      const now = r.saved ? r.population : null;
      if (next !== now) changes[r.villageCode] = next;
    }
    if (!Object.keys(changes).length) return;
    const ok = await action.run(() => api.savePopulation(changes, key.current));
    if (ok) key.current = crypto.randomUUID();
  };

  return (
    <section aria-labelledby="population-title">
      <h2 id="population-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error ?? view.error} />
      <SelectField
        label={t.pick(T.district)}
        name="district"
        value={current}
        onChange={(e) => setDistrict(e.target.value)}
      >
        {districts.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>
      <form
        className="form population"
        onSubmit={(e) => void save(e)}
        aria-label={t.pick(T.title)}
        key={`${current}-${JSON.stringify(shown)}`}
      >
        <p className="muted small">{t.pick(T.hint)}</p>
        {shown.map((r) => (
          <TextField
            key={r.villageCode}
            label={`${r.villageName} (${r.villageCode})`}
            name={r.villageCode}
            inputMode="numeric"
            defaultValue={r.saved && r.population !== null ? String(r.population) : ''}
            hint={`${t.pick(T.defaultIs)}: ${r.defaultPopulation ?? t.pick(T.none)}`}
          />
        ))}
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.save)}
        </button>
      </form>
    </section>
  );
}
