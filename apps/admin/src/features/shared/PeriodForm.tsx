import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { L, serviceNames } from '../../text';
import { readPeriod } from './period';
import { text } from './form';

/** Period (WIB dates), kecamatan and service: written to the address, read by every page. */
export function PeriodForm({ withService = true }: { withService?: boolean }) {
  const t = useT();
  const api = useAdminApi();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const districts = useQuery({ queryKey: ['regions', 'districts'], queryFn: () => api.districts() });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams(params);
    for (const key of ['from', 'to', 'districtCode', 'service']) {
      const value = text(data, key);
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  };

  return (
    <form
      key={params.toString()}
      className="form filters"
      role="search"
      aria-label={t.pick(L.period)}
      onSubmit={apply}
    >
      <TextField label={t.pick(L.from)} name="from" type="date" defaultValue={period.from ?? ''} />
      <TextField label={t.pick(L.to)} name="to" type="date" defaultValue={period.to ?? ''} />
      <SelectField label={t.pick(L.district)} name="districtCode" defaultValue={period.districtCode ?? ''}>
        <option value="">{t.pick(L.all)}</option>
        {districts.data?.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
      {withService ? (
        <SelectField label={t.pick(L.service)} name="service" defaultValue={period.service ?? ''}>
          <option value="">{t.pick(L.all)}</option>
          {Object.entries(serviceNames).map(([key, name]) => (
            <option key={key} value={key}>
              {t.pick(name)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="filter-buttons">
        <button type="submit" className="button">
          {t.pick(L.apply)}
        </button>
      </div>
    </form>
  );
}
