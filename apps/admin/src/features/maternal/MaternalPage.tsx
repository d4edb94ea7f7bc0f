import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, errorText, usePageTitle, useT } from '@layanan/ui';
import { type MaternalFilters, useAdminApi } from '../../api';
import { CsvButton } from '../shared/CsvButton';
import { PeriodForm } from '../shared/PeriodForm';
import { queryOf } from '../shared/period';
import { formatNumber } from '../shared/format';
import { MaternalTable } from './MaternalTable';
import { SehatFigures } from './SehatFigures';
import { M } from './text';

export function maternalFilters(params: URLSearchParams): MaternalFilters {
  const out: Record<string, string> = {};
  for (const key of ['from', 'to', 'districtCode', 'puskesmasId']) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** `/kia`: maternal coverage per puskesmas (or per desa of one, `?puskesmasId=`), and e-Sehat's figures. */
export function MaternalPage() {
  const t = useT();
  const api = useAdminApi();
  usePageTitle(t.pick(M.title));
  const [params] = useSearchParams();
  const filters = maternalFilters(params);
  const view = useQuery({ queryKey: ['admin', 'maternal', filters], queryFn: () => api.maternal(filters) });
  const { puskesmasId: _p, ...period } = filters;
  const data = view.data;
  const caption = data?.puskesmas ? `${t.pick(M.perDesa)}: ${data.puskesmas.name}` : t.pick(M.perPuskesmas);
  return (
    <section className="page admin-page" aria-labelledby="maternal-title">
      <h1 id="maternal-title">{t.pick(M.title)}</h1>
      <PeriodForm withService={false} />
      {view.isError ? (
        <p role="alert" className="form-alert">
          {errorText(view.error, t.lang)}
        </p>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {data.puskesmas ? (
            <p>
              <Link to={`/kia${queryOf(period)}`}>{t.pick(M.allPuskesmas)}</Link>
            </p>
          ) : null}
          <p className="muted">
            {data.period.from} – {data.period.to} · {t.pick(M.cbr)}:{' '}
            <span data-cbr>{formatNumber(data.crudeBirthRatePerMille, t.lang, 2)} ‰</span>
          </p>
          <p className="muted small">{t.pick(M.targetNote)}</p>
          <CsvButton
            request={{
              path: '/api/admin/exports/maternal.csv',
              query: { ...filters, table: data.puskesmas ? 'villages' : 'puskesmas' },
            }}
            filename={`kia-${data.puskesmas ? 'desa' : 'puskesmas'}-${data.period.from}_${data.period.to}.csv`}
          />
          <MaternalTable
            rows={data.rows}
            total={data.total}
            level={data.level}
            filters={filters}
            caption={caption}
          />
        </>
      )}
      {filters.puskesmasId ? null : <SehatFigures filters={period} />}
    </section>
  );
}
