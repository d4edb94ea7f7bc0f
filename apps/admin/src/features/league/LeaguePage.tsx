import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Loading, errorText, usePageTitle, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';
import { L } from '../../text';
import { CsvButton } from '../shared/CsvButton';
import { PeriodForm } from '../shared/PeriodForm';
import { queryOf, readPeriod } from '../shared/period';
import { LeagueTable } from './LeagueTable';

/** `/liga`: the agency league table of the period. */
export function LeaguePage() {
  const t = useT();
  const api = useAdminApi();
  usePageTitle(t.pick(L.league));
  const [params] = useSearchParams();
  const period = readPeriod(params);
  const league = useQuery({ queryKey: ['admin', 'league', period], queryFn: () => api.league(period) });
  return (
    <section className="page admin-page" aria-labelledby="league-title">
      <h1 id="league-title">{t.pick(L.league)}</h1>
      <PeriodForm />
      {league.isError ? (
        <p role="alert" className="form-alert">
          {errorText(league.error, t.lang)}
        </p>
      ) : !league.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">
            {t.pick(L.period)}: {league.data.period.from} – {league.data.period.to}
          </p>
          <CsvButton
            request={{ path: '/api/admin/exports/league.csv', query: { ...period } }}
            filename={`liga-opd-${league.data.period.from}_${league.data.period.to}.csv`}
          />
          <LeagueTable
            caption={t.pick(L.league)}
            nameLabel={L.agency}
            period={period}
            entries={league.data.rows.map((r) => ({
              ...r,
              key: r.agencyCode,
              name: r.agencyName,
              nameTo: `/liga/${r.agencyId}${queryOf(period)}`,
              scope: { agencyId: r.agencyId },
            }))}
          />
        </>
      )}
    </section>
  );
}
