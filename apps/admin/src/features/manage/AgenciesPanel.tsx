import { type FormEvent, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Instansi (OPD)', en: 'Agencies' },
  code: { id: 'Kode', en: 'Code' },
  name: { id: 'Nama', en: 'Name' },
  add: { id: 'Tambah instansi', en: 'Add agency' },
  active: { id: 'Aktif', en: 'Active' },
  inactive: { id: 'Nonaktif', en: 'Inactive' },
  deactivate: { id: 'Nonaktifkan', en: 'Deactivate' },
  activate: { id: 'Aktifkan', en: 'Activate' },
  rename: { id: 'Ganti nama', en: 'Rename' },
  head: { id: 'Kepala instansi (dihubungi saat eskalasi)', en: 'Head of agency (told on escalation)' },
  noHead: { id: '— belum ditetapkan —', en: '— not set —' },
};

export function AgenciesPanel() {
  const t = useT();
  const api = useAdminApi();
  const agencies = useQuery({ queryKey: ['manage', 'agencies'], queryFn: () => api.agencies() });
  const staff = useQuery({ queryKey: ['manage', 'staff'], queryFn: () => api.staff() });
  const action = useAction();
  // One key per form filled in: a retry after a lost answer creates the agency once.
  const key = useRef(crypto.randomUUID());

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const ok = await action.run(() =>
      api.createAgency({ code: text(data, 'code'), name: text(data, 'name') }, key.current),
    );
    if (ok) {
      form.reset();
      key.current = crypto.randomUUID();
    }
  };

  return (
    <section aria-labelledby="agencies-title">
      <h2 id="agencies-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error} />
      <ul className="manage-list">
        {agencies.data?.map((a) => (
          <li key={a.id}>
            <strong>{a.code}</strong> {a.name}{' '}
            <span className="muted">({t.pick(a.active ? T.active : T.inactive)})</span>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => void action.run(() => api.updateAgency(a.id, { active: !a.active }))}
            >
              {t.pick(a.active ? T.deactivate : T.activate)}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => {
                const name = window.prompt(t.pick(T.rename), a.name);
                if (name && name !== a.name) void action.run(() => api.updateAgency(a.id, { name }));
              }}
            >
              {t.pick(T.rename)}
            </button>
            <SelectField
              label={t.pick(T.head)}
              name={`head-${a.id}`}
              value={a.headUserId ?? ''}
              disabled={action.busy}
              onChange={(e) =>
                void action.run(() => api.updateAgency(a.id, { headUserId: e.target.value || null }))
              }
            >
              <option value="">{t.pick(T.noHead)}</option>
              {staff.data
                ?.filter((u) => u.role === 'officer' && u.agencyId === a.id && !u.disabled)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.fullName}
                  </option>
                ))}
            </SelectField>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(e) => void add(e)} aria-label={t.pick(T.add)}>
        <TextField
          label={t.pick(T.code)}
          name="code"
          required
          maxLength={32}
          hint="PUPR, DISHUB, UPT-JALAN"
        />
        <TextField label={t.pick(T.name)} name="name" required maxLength={160} />
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.add)}
        </button>
      </form>
    </section>
  );
}
