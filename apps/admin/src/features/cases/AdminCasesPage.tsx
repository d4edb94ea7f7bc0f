import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AdminCaseItem, CaseSummary } from '@layanan/domain';
import { CaseList, Loading, Pagination, errorText, usePageTitle, useT } from '@layanan/ui';
import { type CaseListFilters, useAdminApi } from '../../api';
import { L, figureNames, serviceNames } from '../../text';
import { CsvButton } from '../shared/CsvButton';
import { PeriodForm } from '../shared/PeriodForm';
import { formatMinutes } from '../shared/format';

const PAGE_SIZE = 20;
const listKeys = [
  'from',
  'to',
  'districtCode',
  'service',
  'agencyId',
  'assigneeId',
  'categoryId',
  'status',
  'week',
  'mix',
  'open',
  'figure',
] as const;

type Row = CaseSummary & { item: AdminCaseItem };

const markNames = {
  reward: { id: 'Reward', en: 'Reward' },
  neutral: { id: 'Netral', en: 'Neutral' },
  sanction: { id: 'Sanksi', en: 'Sanction' },
  pending: { id: 'Menunggu', en: 'Pending' },
};

/** `/kasus`: the cases behind a number of the dashboard or the league table. */
export function AdminCasesPage() {
  const t = useT();
  const api = useAdminApi();
  usePageTitle(t.pick(L.cases));
  const [params, setParams] = useSearchParams();
  const filters: CaseListFilters = {};
  for (const key of listKeys) {
    const value = params.get(key);
    if (value) (filters as Record<string, string>)[key] = value;
  }
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useQuery({
    queryKey: ['admin', 'cases', filters, page],
    queryFn: () => api.cases({ ...filters, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const heading = filters.figure ? t.pick(figureNames[filters.figure] ?? L.cases) : t.pick(L.cases);
  const rows: Row[] =
    list.data?.items.map((item) => ({
      trackingCode: item.trackingCode,
      service: item.service,
      categoryId: '',
      categoryName: item.categoryName,
      title: item.title,
      status: item.status,
      districtCode: null,
      districtName: item.districtName,
      lat: null,
      lng: null,
      receivedAt: item.receivedAt,
      supporterCount: 0,
      item,
    })) ?? [];
  const applied = listKeys
    .filter((k) => filters[k] && !['from', 'to', 'figure'].includes(k))
    .map((k) => `${k}: ${k === 'service' ? t.pick(serviceNames[filters[k]!] ?? L.all) : filters[k]}`);

  return (
    <section className="page admin-page" aria-labelledby="cases-title">
      <h1 id="cases-title">{heading}</h1>
      {applied.length ? <p className="muted filters-applied">{applied.join(' · ')}</p> : null}
      <PeriodForm />
      <CsvButton
        request={{ path: '/api/admin/exports/cases.csv', query: { ...filters } }}
        filename={`kasus${filters.figure ? `-${filters.figure}` : ''}.csv`}
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
              {list.data.total} {t.pick(L.casesFound)}
            </p>
            {rows.length ? (
              <CaseList
                label={heading}
                items={rows}
                linkTo={(code) => `/staf/kasus/${code}`}
                extra={(row) => (
                  <p className="case-card-meta">
                    {row.item.agencyCode} · {t.pick(L.firstResponse)}:{' '}
                    {formatMinutes(row.item.firstResponseMinutes, t.lang)} ·{' '}
                    <span className="response-mark" data-mark={row.item.responseMark}>
                      {t.pick(markNames[row.item.responseMark])}
                    </span>
                  </p>
                )}
              />
            ) : (
              <p className="muted">{t.pick(L.noCases)}</p>
            )}
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
