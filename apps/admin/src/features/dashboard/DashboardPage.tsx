import { Suspense, lazy } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, errorText, usePageTitle, usePortal, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { L } from '../../text';
import { Bars } from '../shared/Bars';
import { CsvButton } from '../shared/CsvButton';
import { PeriodForm } from '../shared/PeriodForm';
import { listLink, readPeriod } from '../shared/period';
import { TrendChart } from './TrendChart';

const ClusterMap = lazy(() => import('./ClusterMap'));

const tables = [
  { key: 'byService', table: 'service', param: 'service', title: L.byService },
  { key: 'byMix', table: 'mix', param: 'mix', title: L.byMix },
  { key: 'byStatus', table: 'status', param: 'status', title: L.byStatus },
  { key: 'byCategory', table: 'category', param: 'categoryId', title: L.byCategory },
  { key: 'byDistrict', table: 'district', param: 'districtCode', title: L.byDistrict },
  { key: 'byWeek', table: 'week', param: 'week', title: L.byWeek },
] as const;

/** `/dasbor`: volumes of every service in the period, each number opening its list. */
export function DashboardPage() {
  const t = useT();
  const api = useAdminApi();
  const { basename } = usePortal();
  usePageTitle(t.pick(L.dashboard));
  const [params] = useSearchParams();
  const period = readPeriod(params);
  const dashboard = useQuery({
    queryKey: ['admin', 'dashboard', period],
    queryFn: () => api.dashboard(period),
  });
  const d = dashboard.data;
  return (
    <section className="page admin-page" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t.pick(L.dashboard)}</h1>
      <PeriodForm />
      <div aria-live="polite">
        {dashboard.isError ? (
          <p role="alert" className="form-alert">
            {errorText(dashboard.error, t.lang)}
          </p>
        ) : !d ? (
          <Loading />
        ) : (
          <>
            <p className="muted">
              {t.pick(L.period)}: {d.period.from} – {d.period.to}
            </p>
            <div className="stat-cards">
              <Link className="stat-card" to={listLink(period, {})}>
                <span className="stat-value">{d.total}</span> {t.pick(L.total)}
              </Link>
              <Link className="stat-card" to={listLink(period, { open: 'true' })}>
                <span className="stat-value">{d.open}</span> {t.pick(L.open)}
              </Link>
            </div>
            <TrendChart trend={d.trend} />
            <div className="chart-grid">
              {tables.map((table) => (
                <div key={table.key}>
                  <Bars
                    id={`bars-${table.table}`}
                    title={t.pick(table.title)}
                    rows={d[table.key].map((r) => ({
                      ...r,
                      to: listLink(period, { [table.param]: r.key }),
                    }))}
                  />
                  <CsvButton
                    request={{
                      path: '/api/admin/exports/dashboard.csv',
                      query: { ...period, table: table.table },
                    }}
                    filename={`dasbor-${table.table}.csv`}
                  />
                </div>
              ))}
            </div>
            <h2>{t.pick(L.map)}</h2>
            {d.clusters.length ? (
              <Suspense fallback={<Loading />}>
                <ClusterMap
                  clusters={d.clusters}
                  label={t.pick(L.map)}
                  caseHref={(code) => `${basename}/staf/kasus/${code}`}
                />
              </Suspense>
            ) : (
              <p className="muted">{t.pick(L.mapNone)}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
