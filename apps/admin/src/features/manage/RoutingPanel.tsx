import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SelectField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Aturan disposisi', en: 'Routing rules' },
  category: { id: 'Kategori', en: 'Category' },
  district: { id: 'Kecamatan', en: 'Kecamatan' },
  regency: { id: 'Seluruh kabupaten', en: 'Whole regency' },
  agency: { id: 'Instansi', en: 'Agency' },
  save: { id: 'Simpan aturan', en: 'Save rule' },
  remove: { id: 'Hapus', en: 'Remove' },
};

export function RoutingPanel() {
  const t = useT();
  const api = useAdminApi();
  const rules = useQuery({ queryKey: ['manage', 'rules'], queryFn: () => api.routingRules() });
  const categories = useQuery({ queryKey: ['manage', 'categories'], queryFn: () => api.categories() });
  const agencies = useQuery({ queryKey: ['manage', 'agencies'], queryFn: () => api.agencies() });
  const districts = useQuery({ queryKey: ['regions', 'districts'], queryFn: () => api.districts() });
  const action = useAction();
  const categoryName = (id: string) => {
    const c = categories.data?.find((x) => x.id === id);
    return c ? `${c.service} · ${t.pick({ id: c.nameId, en: c.nameEn })}` : id;
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    await action.run(() =>
      api.putRoutingRule({
        categoryId: text(d, 'categoryId'),
        districtCode: text(d, 'districtCode') || null,
        agencyId: text(d, 'agencyId'),
      }),
    );
  };

  return (
    <section aria-labelledby="routing-title">
      <h2 id="routing-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error} />
      <ul className="manage-list">
        {rules.data?.map((r) => (
          <li key={r.id}>
            {categoryName(r.categoryId)} ·{' '}
            {r.districtCode
              ? (districts.data?.find((d) => d.code === r.districtCode)?.name ?? r.districtCode)
              : t.pick(T.regency)}{' '}
            → <strong>{agencies.data?.find((a) => a.id === r.agencyId)?.code ?? r.agencyId}</strong>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => void action.run(() => api.deleteRoutingRule(r.id))}
            >
              {t.pick(T.remove)}
            </button>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(e) => void save(e)} aria-label={t.pick(T.save)}>
        <SelectField label={t.pick(T.category)} name="categoryId">
          {categories.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c.id)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.pick(T.district)} name="districtCode" defaultValue="">
          <option value="">{t.pick(T.regency)}</option>
          {districts.data?.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.pick(T.agency)} name="agencyId">
          {agencies.data
            ?.filter((a) => a.active)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.code} – {a.name}
              </option>
            ))}
        </SelectField>
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.save)}
        </button>
      </form>
    </section>
  );
}
