import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, errorText, usePageTitle, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { L } from '../../text';
import { CsvButton } from '../shared/CsvButton';
import { PeriodForm } from '../shared/PeriodForm';
import { readPeriod } from '../shared/period';
import { LeagueTable } from './LeagueTable';

/** `/liga/:agencyId`: the same figures per officer of one agency. */
export function OfficersPage() {
  const t = useT();
  const api = useAdminApi();
  const { agencyId = '' } = useParams();
  const [params] = useSearchParams();
  const period = readPeriod(params);
  const league = useQuery({
    queryKey: ['admin', 'officers', agencyId, period],
    queryFn: () => api.officers({ ...period, agencyId }),
  });
  const agency = league.data?.agency;
  usePageTitle(agency ? `${t.pick(L.officersOf)} ${agency.code}` : t.pick(L.officersOf));
  return (
    <section className="page admin-page" aria-labelledby="officers-title">
      <h1 id="officers-title">
        {t.pick(L.officersOf)} {agency ? agency.name : ''}
      </h1>
      <PeriodForm />
      {league.isError ? (
        <p role="alert" className="form-alert">
          {errorText(league.error, t.lang)}
        </p>
      ) : !league.data ? (
        <Loading />
      ) : (
        <>
          <CsvButton
            request={{ path: '/api/admin/exports/officers.csv', query: { ...period, agencyId } }}
            filename={`liga-petugas-${league.data.agency.code}.csv`}
          />
          <LeagueTable
            caption={`${t.pick(L.officersOf)} ${league.data.agency.code}`}
            nameLabel={L.officer}
            period={period}
            entries={league.data.rows.map((r) => ({
              ...r,
              key: r.assigneeId,
              name: r.assigneeId === 'none' ? t.pick(L.unassigned) : (r.officerName ?? r.assigneeId),
              scope: { agencyId, assigneeId: r.assigneeId },
            }))}
          />
        </>
      )}
    </section>
  );
}
