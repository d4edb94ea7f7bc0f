import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField, useT } from '@layanan/ui';
import { type CategoryRow, useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Kategori: campuran dan batas layanan', en: 'Categories: mix and service levels' },
  mix: { id: 'Campuran dasbor', en: 'Dashboard mix' },
  byService: { id: 'Bawaan layanan', en: 'Service default' },
  reward: { id: 'Batas reward (menit)', en: 'Reward limit (minutes)' },
  sanction: { id: 'Batas sanksi (menit)', en: 'Sanction limit (minutes)' },
  save: { id: 'Simpan', en: 'Save' },
};
const mixes = {
  infrastructure: { id: 'Infrastruktur', en: 'Infrastructure' },
  service: { id: 'Layanan', en: 'Service' },
  other: { id: 'Lainnya', en: 'Other' },
};

function CategoryForm({ category }: { category: CategoryRow }) {
  const t = useT();
  const api = useAdminApi();
  const action = useAction();
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const mix = text(d, 'mix');
    const sla: Record<string, number> = {};
    for (const key of ['rewardMinutes', 'sanctionMinutes']) {
      const value = text(d, key);
      if (value) sla[key] = Number(value);
    }
    await action.run(() =>
      api.updateCategory(category.id, {
        mix: mix ? (mix as keyof typeof mixes) : null,
        ...(Object.keys(sla).length ? { sla } : {}),
      }),
    );
  };
  return (
    <form className="form form-inline" onSubmit={(e) => void save(e)} aria-label={category.code}>
      <SelectField label={t.pick(T.mix)} name="mix" defaultValue={category.mix ?? ''}>
        <option value="">{t.pick(T.byService)}</option>
        {Object.entries(mixes).map(([key, label]) => (
          <option key={key} value={key}>
            {t.pick(label)}
          </option>
        ))}
      </SelectField>
      <TextField label={t.pick(T.reward)} name="rewardMinutes" type="number" min={1} max={100000} />
      <TextField label={t.pick(T.sanction)} name="sanctionMinutes" type="number" min={1} max={100000} />
      <button type="submit" className="button button-small" disabled={action.busy}>
        {t.pick(T.save)}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

export function CategoriesPanel() {
  const t = useT();
  const api = useAdminApi();
  const categories = useQuery({ queryKey: ['manage', 'categories'], queryFn: () => api.categories() });
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t.pick(T.title)}</h2>
      <ul className="manage-list">
        {categories.data?.map((c) => (
          <li key={c.id}>
            <h3>
              {c.service} · {t.pick({ id: c.nameId, en: c.nameEn })}
            </h3>
            <CategoryForm category={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
