import { useQuery } from '@tanstack/react-query';
import { Loading, errorText, useT } from '@layanan/ui';
import { type MaternalFilters, useAdminApi } from '../../api';
import { CsvButton } from '../shared/CsvButton';
import { formatMinutes } from '../shared/format';
import { M } from './text';

function Region({ label, children }: { label: string; children: React.ReactNode }) {
  const t = useT();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t.lang === 'en' ? `${label}: table` : `Tabel ${label}`}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

/** e-Sehat: bookings against quota and no-shows; transport requests and their response times. */
export function SehatFigures({ filters }: { filters: MaternalFilters }) {
  const t = useT();
  const api = useAdminApi();
  const view = useQuery({ queryKey: ['admin', 'sehat', filters], queryFn: () => api.sehatFigures(filters) });
  const pair = (a: number | null, b: number | null) =>
    `${formatMinutes(a, t.lang)} / ${formatMinutes(b, t.lang)}`;
  return (
    <section aria-labelledby="sehat-title">
      <h2 id="sehat-title">{t.pick(M.sehat)}</h2>
      {view.isError ? (
        <p role="alert" className="form-alert">
          {errorText(view.error, t.lang)}
        </p>
      ) : !view.data ? (
        <Loading />
      ) : (
        <>
          <h3>{t.pick(M.bookings)}</h3>
          <CsvButton
            request={{ path: '/api/admin/exports/maternal.csv', query: { ...filters, table: 'bookings' } }}
            filename={`sehat-antrean-${view.data.period.from}_${view.data.period.to}.csv`}
          />
          {view.data.bookings.length ? (
            <Region label={t.pick(M.bookings)}>
              <table className="league">
                <caption>{t.pick(M.bookings)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.pick(M.facility)}</th>
                    <th scope="col">{t.pick(M.polyclinic)}</th>
                    <th scope="col">{t.pick(M.quota)}</th>
                    <th scope="col">{t.pick(M.booked)}</th>
                    <th scope="col">{t.pick(M.served)}</th>
                    <th scope="col">{t.pick(M.noShow)}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.data.bookings.map((r) => (
                    <tr key={`${r.facilityId}-${r.polyclinic}`}>
                      <th scope="row">{r.facilityName}</th>
                      <td>{r.polyclinic}</td>
                      <td>{r.quota}</td>
                      <td>{r.booked}</td>
                      <td>{r.served}</td>
                      <td>{r.noShow}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Region>
          ) : (
            <p className="muted">{t.pick(M.nothing)}</p>
          )}
          <h3>{t.pick(M.transport)}</h3>
          <CsvButton
            request={{ path: '/api/admin/exports/maternal.csv', query: { ...filters, table: 'transport' } }}
            filename={`sehat-transport-${view.data.period.from}_${view.data.period.to}.csv`}
          />
          {view.data.transport.length ? (
            <Region label={t.pick(M.transport)}>
              <table className="league">
                <caption>{t.pick(M.transport)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.pick(M.destination)}</th>
                    <th scope="col">{t.pick(M.requests)}</th>
                    <th scope="col">{t.pick(M.arrived)}</th>
                    <th scope="col">{t.pick(M.toAssign)}</th>
                    <th scope="col">{t.pick(M.toPickup)}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.data.transport.map((r) => (
                    <tr key={r.facilityId}>
                      <th scope="row">{r.facilityName}</th>
                      <td>{r.requests}</td>
                      <td>{r.arrived}</td>
                      <td>{pair(r.medianMinutesToAssign, r.p90MinutesToAssign)}</td>
                      <td>{pair(r.medianMinutesToPickup, r.p90MinutesToPickup)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Region>
          ) : (
            <p className="muted">{t.pick(M.nothing)}</p>
          )}
        </>
      )}
    </section>
  );
}
