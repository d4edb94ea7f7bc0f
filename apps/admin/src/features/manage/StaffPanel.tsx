import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Akun petugas', en: 'Staff accounts' },
  username: { id: 'Nama pengguna', en: 'Username' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  role: { id: 'Peran', en: 'Role' },
  password: { id: 'Kata sandi awal', en: 'Initial password' },
  agency: { id: 'Instansi (untuk petugas OPD)', en: 'Agency (for officers)' },
  facility: { id: 'Kode fasilitas (untuk tenaga kesehatan)', en: 'Facility id (for health staff)' },
  add: { id: 'Buat akun', en: 'Create account' },
  disable: { id: 'Nonaktifkan', en: 'Disable' },
  enable: { id: 'Aktifkan', en: 'Enable' },
  reset: { id: 'Atur ulang sandi', en: 'Reset password' },
  newPassword: {
    id: 'Kata sandi baru (min. 8, huruf dan angka)',
    en: 'New password (8+, letters and digits)',
  },
  disabled: { id: 'nonaktif', en: 'disabled' },
};
const roles = {
  officer: { id: 'Petugas OPD', en: 'Agency officer' },
  health_staff: { id: 'Tenaga kesehatan', en: 'Health staff' },
  regency_admin: { id: 'Admin kabupaten', en: 'Regency admin' },
};

export function StaffPanel() {
  const t = useT();
  const api = useAdminApi();
  const staff = useQuery({ queryKey: ['manage', 'staff'], queryFn: () => api.staff() });
  const agencies = useQuery({ queryKey: ['manage', 'agencies'], queryFn: () => api.agencies() });
  const action = useAction();

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    const role = text(d, 'role');
    const ok = await action.run(() =>
      api.createStaff({
        username: text(d, 'username'),
        fullName: text(d, 'fullName'),
        role,
        password: text(d, 'password'),
        ...(role === 'officer' ? { agencyId: text(d, 'agencyId') } : {}),
        ...(role === 'health_staff' ? { facilityId: text(d, 'facilityId') } : {}),
      }),
    );
    if (ok) form.reset();
  };

  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error} />
      <ul className="manage-list">
        {staff.data?.map((u) => (
          <li key={u.id}>
            <strong>{u.username}</strong> {u.fullName}{' '}
            <span className="muted">
              ({t.pick(roles[u.role as keyof typeof roles] ?? { id: u.role, en: u.role })}
              {u.agencyId ? ` · ${agencies.data?.find((a) => a.id === u.agencyId)?.code ?? ''}` : ''}
              {u.disabled ? ` · ${t.pick(T.disabled)}` : ''})
            </span>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => void action.run(() => api.updateStaff(u.id, { disabled: !u.disabled }))}
            >
              {t.pick(u.disabled ? T.enable : T.disable)}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => {
                const password = window.prompt(t.pick(T.newPassword));
                if (password) void action.run(() => api.updateStaff(u.id, { password }));
              }}
            >
              {t.pick(T.reset)}
            </button>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(e) => void add(e)} aria-label={t.pick(T.add)}>
        <TextField label={t.pick(T.username)} name="username" required maxLength={32} />
        <TextField label={t.pick(T.fullName)} name="fullName" required maxLength={120} />
        <SelectField label={t.pick(T.role)} name="role" defaultValue="officer">
          {Object.entries(roles).map(([key, label]) => (
            <option key={key} value={key}>
              {t.pick(label)}
            </option>
          ))}
        </SelectField>
        <TextField label={t.pick(T.password)} name="password" type="password" required minLength={8} />
        <SelectField label={t.pick(T.agency)} name="agencyId">
          {agencies.data
            ?.filter((a) => a.active)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.code} – {a.name}
              </option>
            ))}
        </SelectField>
        <TextField label={t.pick(T.facility)} name="facilityId" maxLength={64} />
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.add)}
        </button>
      </form>
    </section>
  );
}
