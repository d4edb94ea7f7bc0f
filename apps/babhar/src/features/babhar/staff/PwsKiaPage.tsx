import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { accessToken } from '@layanan/auth/client';
import { FormAlert, SelectField, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { pwsCsvPath, useBabharApi } from '../api';
import { L, Loadable } from '../common';
import { StaffNav } from './StaffNav';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** PWS-KIA per desa: the month, cumulative since January and % of the target, with a CSV download. */
export function PwsKiaPage() {
  const t = useT();
  const api = useBabharApi();
  const now = new Date();
  const [year, setYear] = useState(String(now.getFullYear()));
  const [month, setMonth] = useState(String(now.getMonth() + 1));
  const [csvError, setCsvError] = useState<unknown>(null);
  usePageTitle('PWS-KIA');
  const query = useQuery({
    queryKey: ['babhar', 'pws', year, month],
    queryFn: () => api.pwsKia(Number(year), Number(month)),
  });
  const download = async () => {
    setCsvError(null);
    try {
      const res = await fetch(pwsCsvPath(Number(year), Number(month)), {
        headers: { Authorization: `Bearer ${accessToken.get() ?? ''}` },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `pws-kia-${year}-${month.padStart(2, '0')}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setCsvError(error);
    }
  };
  return (
    <section className="page" aria-labelledby="pws-title">
      <h1 id="pws-title">PWS-KIA</h1>
      <StaffNav />
      <div className="babhar-row">
        <TextField
          label={t.pick(L('Tahun', 'Year'))}
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
        <SelectField
          label={t.pick(L('Bulan', 'Month'))}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
        >
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="button" className="button button-secondary" onClick={() => void download()}>
        {t.pick(L('Unduh CSV', 'Download CSV'))}
      </button>
      <FormAlert>{csvError ? errorText(csvError, t.lang) : null}</FormAlert>
      <Loadable query={query}>
        {(data) => (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t.pick(L('Tabel PWS-KIA, dapat digeser', 'PWS-KIA table, scrollable'))}
          >
            <table className="babhar-table">
              <thead>
                <tr>
                  <th>{t.pick(L('Desa', 'Village'))}</th>
                  <th>{t.pick(L('Sasaran', 'Target'))}</th>
                  {data.indicators.map((i) => (
                    <th key={i.code}>{t.pick(i.label)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.villageCode}>
                    <td>{r.villageName}</td>
                    <td>{r.target ?? '—'}</td>
                    {data.indicators.map((i) => {
                      const v = r.indicators[i.code];
                      return (
                        <td key={i.code}>
                          {v.month} / {v.cumulative}
                          {i.coverage ? ` (${pct(v.cumulativePercent)})` : ''}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              {t.pick(
                L(
                  'Angka: bulan ini / kumulatif sejak Januari (% sasaran).',
                  'Figures: this month / cumulative since January (% of target).',
                ),
              )}
            </p>
          </div>
        )}
      </Loadable>
    </section>
  );
}
