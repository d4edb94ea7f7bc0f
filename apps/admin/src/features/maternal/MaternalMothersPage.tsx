import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type MaternalFigure, maternalFigures } from '@layanan/domain';
import { Loading, Pagination, errorText, usePageTitle, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { CsvButton } from '../shared/CsvButton';
import { queryOf } from '../shared/period';
import { maternalFilters } from './MaternalPage';
import { M, figureLabels } from './text';

const PAGE_SIZE = 20;

/** `/kia/ibu?figure=…`: the mothers behind a maternal figure (an audited read). */
export function MaternalMothersPage() {
  const t = useT();
  const api = useAdminApi();
  const [params, setParams] = useSearchParams();
  const filters = maternalFilters(params);
  const villageCode = params.get('villageCode') ?? undefined;
  const raw = params.get('figure');
  const figure: MaternalFigure = maternalFigures.includes(raw as MaternalFigure)
    ? (raw as MaternalFigure)
    : 'k1';
  const page = Number(params.get('page') ?? '1') || 1;
  const heading = t.pick(figureLabels[figure]);
  usePageTitle(heading);
  const query = { ...filters, villageCode, figure };
  const list = useQuery({
    queryKey: ['admin', 'maternal-mothers', query, page],
    queryFn: () => api.maternalMothers({ ...query, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const { puskesmasId: _p, ...period } = filters;
  return (
    <section className="page admin-page" aria-labelledby="mothers-title">
      <h1 id="mothers-title">{heading}</h1>
      <p>
        <Link to={`/kia${queryOf(filters.puskesmasId ? filters : period)}`}>← {t.pick(M.title)}</Link>
      </p>
      <p className="muted small">{t.pick(M.auditNote)}</p>
      <CsvButton
        request={{ path: '/api/admin/exports/maternal.csv', query: { ...query, table: 'mothers' } }}
        filename={`kia-ibu-${figure}.csv`}
      />
      <div aria-live="polite">
        {list.isError ? (
          <p role="alert" className="form-alert">
            {errorText(list.error, t.lang)}
          </p>
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <p className="result-count" data-total={list.data.total}>
              {list.data.total} {t.pick(M.mothers)}
            </p>
            <ul className="mother-list">
              {list.data.items.map((m) => (
                <li key={m.pregnancyId} className="case-card">
                  <p>
                    <strong>{m.motherName}</strong> <span className="muted">{m.nikMasked}</span>
                  </p>
                  <p className="case-card-meta">
                    {m.villageName} · {m.puskesmasName} · {t.pick(M.gestation)} {m.gestationalWeeks}{' '}
                    {t.pick(M.weeks)}
                    {m.ksprCategory ? ` · ${m.ksprCategory}` : ''}
                    {m.date ? ` · ${t.pick(M.date)} ${m.date}` : ''}
                    {m.nextContactDate ? ` · ${t.pick(M.nextContact)} ${m.nextContactDate}` : ''}
                  </p>
                </li>
              ))}
            </ul>
            <Pagination
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              onPage={(next) => {
                const p = new URLSearchParams(params);
                p.set('page', String(next));
                setParams(p);
              }}
            />
          </>
        )}
      </div>
    </section>
  );
}
