import { type FormEvent, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Klien Open311 (kunci API)', en: 'Open311 clients (API keys)' },
  name: { id: 'Nama klien', en: 'Client name' },
  issue: { id: 'Terbitkan kunci', en: 'Issue key' },
  revoke: { id: 'Cabut', en: 'Revoke' },
  revoked: { id: 'dicabut', en: 'revoked' },
  keyOnce: {
    id: 'Kunci ini hanya ditampilkan sekali. Simpan sekarang:',
    en: 'This key is shown only once. Keep it now:',
  },
};

export function Open311Panel() {
  const t = useT();
  const api = useAdminApi();
  const clients = useQuery({ queryKey: ['manage', 'open311'], queryFn: () => api.open311Clients() });
  const action = useAction();
  const [key, setKey] = useState<string | null>(null);
  const issue = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = text(new FormData(form), 'name');
    await action.run(async () => {
      setKey((await api.createOpen311Client(name)).apiKey);
      form.reset();
    });
  };
  return (
    <section aria-labelledby="open311-title">
      <h2 id="open311-title">{t.pick(T.title)}</h2>
      <ErrorNote error={action.error} />
      {key ? (
        <p className="notice" role="status">
          {t.pick(T.keyOnce)} <code>{key}</code>
        </p>
      ) : null}
      <ul className="manage-list">
        {clients.data?.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>{' '}
            {c.revokedAt ? <span className="muted">({t.pick(T.revoked)})</span> : null}{' '}
            {!c.revokedAt ? (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={action.busy}
                onClick={() => void action.run(() => api.revokeOpen311Client(c.id))}
              >
                {t.pick(T.revoke)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(e) => void issue(e)} aria-label={t.pick(T.issue)}>
        <TextField label={t.pick(T.name)} name="name" required maxLength={120} />
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.issue)}
        </button>
      </form>
    </section>
  );
}
