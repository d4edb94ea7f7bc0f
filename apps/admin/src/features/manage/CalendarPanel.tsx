import { type FormEvent, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import { text } from '../shared/form';

const T = {
  title: { id: 'Hari libur dan cuti bersama', en: 'Holidays and cuti bersama' },
  year: { id: 'Tahun', en: 'Year' },
  date: { id: 'Tanggal', en: 'Date' },
  kind: { id: 'Jenis', en: 'Kind' },
  name: { id: 'Nama', en: 'Name' },
  add: { id: 'Simpan hari libur', en: 'Save day off' },
  remove: { id: 'Hapus', en: 'Remove' },
  national: { id: 'Libur nasional', en: 'Public holiday' },
  joint: { id: 'Cuti bersama', en: 'Collective leave' },
};

export function CalendarPanel() {
  const t = useT();
  const api = useAdminApi();
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useQuery({ queryKey: ['manage', 'holidays', year], queryFn: () => api.holidays(year) });
  const action = useAction();

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    const ok = await action.run(() =>
      api.putHoliday({
        date: text(d, 'date'),
        kind: text(d, 'kind') as 'libur_nasional' | 'cuti_bersama',
        name: text(d, 'name'),
      }),
    );
    if (ok) form.reset();
  };

  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t.pick(T.title)}</h2>
      <TextField
        label={t.pick(T.year)}
        name="year"
        type="number"
        min={2000}
        max={2100}
        value={year}
        onChange={(e) => setYear(Number(e.target.value) || year)}
      />
      <ErrorNote error={action.error} />
      <ul className="manage-list">
        {holidays.data?.map((h) => (
          <li key={h.date}>
            <strong>{h.date}</strong> {h.name}{' '}
            <span className="muted">({t.pick(h.kind === 'cuti_bersama' ? T.joint : T.national)})</span>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.busy}
              onClick={() => void action.run(() => api.deleteHoliday(h.date))}
            >
              {t.pick(T.remove)}
            </button>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={(e) => void add(e)} aria-label={t.pick(T.add)}>
        <TextField label={t.pick(T.date)} name="date" type="date" required />
        <SelectField label={t.pick(T.kind)} name="kind" defaultValue="libur_nasional">
          <option value="libur_nasional">{t.pick(T.national)}</option>
          <option value="cuti_bersama">{t.pick(T.joint)}</option>
        </SelectField>
        <TextField label={t.pick(T.name)} name="name" required maxLength={120} />
        <button type="submit" className="button" disabled={action.busy}>
          {t.pick(T.add)}
        </button>
      </form>
    </section>
  );
}
