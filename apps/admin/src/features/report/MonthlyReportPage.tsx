import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { L } from '../../text';
import { formatMinutes, formatNumber, formatShare } from '../shared/format';

/** The first and last WIB dates of a month `YYYY-MM`. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function lastMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `/laporan?bulan=2026-10`: the month's volumes and league table on one printable page. */
export function MonthlyReportPage() {
  const t = useT();
  const api = useAdminApi();
  usePageTitle(t.pick(L.report));
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('bulan') ?? '') ? params.get('bulan')! : lastMonth();
  const period = monthPeriod(month);
  const dashboard = useQuery({
    queryKey: ['admin', 'dashboard', period],
    queryFn: () => api.dashboard(period),
  });
  const league = useQuery({ queryKey: ['admin', 'league', period], queryFn: () => api.league(period) });
  const error = dashboard.error ?? league.error;
  return (
    <section className="page admin-page monthly-report" aria-labelledby="report-title">
      <h1 id="report-title">
        {t.pick(L.report)} {month}
      </h1>
      <div className="no-print report-controls">
        <TextField
          label={t.pick(L.month)}
          name="bulan"
          type="month"
          value={month}
          onChange={(e) => e.target.value && setParams({ bulan: e.target.value })}
        />
        <button type="button" className="button" onClick={() => window.print()}>
          {t.pick(L.print)}
        </button>
      </div>
      {error ? (
        <p role="alert" className="form-alert">
          {errorText(error, t.lang)}
        </p>
      ) : !dashboard.data || !league.data ? (
        <Loading />
      ) : (
        <>
          <p>
            {t.pick(L.period)}: {period.from} – {period.to} · {t.pick(L.total)}:{' '}
            <strong>{dashboard.data.total}</strong> · {t.pick(L.open)}: <strong>{dashboard.data.open}</strong>
          </p>
          <div className="report-grid">
            {(
              [
                ['byService', L.byService],
                ['byMix', L.byMix],
                ['byStatus', L.byStatus],
                ['byDistrict', L.byDistrict],
              ] as const
            ).map(([key, title]) => (
              <table key={key} className="report-table">
                <caption>{t.pick(title)}</caption>
                <tbody>
                  {dashboard.data[key].map((r) => (
                    <tr key={r.key}>
                      <th scope="row">{t.pick(r.label)}</th>
                      <td>{r.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <table className="report-table league-print">
            <caption>{t.pick(L.league)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.pick(L.agency)}</th>
                <th scope="col">{t.pick(L.casesCol)}</th>
                <th scope="col">{t.pick(L.median)}</th>
                <th scope="col">{t.pick(L.p90)}</th>
                <th scope="col">{t.pick(L.reward)}</th>
                <th scope="col">{t.pick(L.sanction)}</th>
                <th scope="col">{t.pick(L.compliance)}</th>
                <th scope="col">{t.pick(L.promises)}</th>
                <th scope="col">{t.pick(L.satisfaction)}</th>
              </tr>
            </thead>
            <tbody>
              {[...league.data.rows]
                .sort((a, b) => b.cases - a.cases || a.agencyCode.localeCompare(b.agencyCode))
                .map((r) => (
                  <tr key={r.agencyId}>
                    <th scope="row">{r.agencyName}</th>
                    <td>{r.cases}</td>
                    <td>{formatMinutes(r.medianFirstResponseMinutes, t.lang)}</td>
                    <td>{formatMinutes(r.p90FirstResponseMinutes, t.lang)}</td>
                    <td>
                      {r.reward} ({formatShare(r.rewardShare, t.lang)})
                    </td>
                    <td>{r.sanction}</td>
                    <td>{formatShare(r.workingDayCompliance, t.lang)}</td>
                    <td>
                      {r.promisesKept}/{r.promisesDue}
                    </td>
                    <td>{r.satisfaction === null ? '–' : formatNumber(r.satisfaction, t.lang, 1)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <p className="muted small">
            {new Date(league.data.generatedAt).toLocaleString(t.lang === 'id' ? 'id-ID' : 'en-GB', {
              timeZone: 'Asia/Jakarta',
            })}{' '}
            WIB
          </p>
        </>
      )}
    </section>
  );
}
