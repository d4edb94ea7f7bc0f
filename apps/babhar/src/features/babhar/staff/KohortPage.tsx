import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle, useT } from '@layanan/ui';
import { useBabharApi } from '../api';
import { L, Loadable, formatDate, statusLabel } from '../common';
import { StaffNav } from './StaffNav';

/** The kohort register of the puskesmas, paged. */
export function KohortPage() {
  const t = useT();
  const api = useBabharApi();
  const [page, setPage] = useState(1);
  usePageTitle(t.pick(L('Kohort ibu hamil', 'Pregnancy register')));
  const query = useQuery({
    queryKey: ['babhar', 'kohort', page],
    queryFn: () => api.kohort(page),
    refetchOnMount: 'always',
  });
  return (
    <section className="page" aria-labelledby="kohort-title">
      <h1 id="kohort-title">{t.pick(L('Kohort ibu hamil', 'Pregnancy register (kohort)'))}</h1>
      <StaffNav />
      <Loadable query={query}>
        {(data) => (
          <>
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t.pick(L('Tabel kohort, dapat digeser', 'Kohort table, scrollable'))}
            >
              <table className="babhar-table">
                <thead>
                  <tr>
                    <th>{t.pick(L('Ibu', 'Mother'))}</th>
                    <th>HPL</th>
                    <th>{t.pick(L('UK', 'GA'))}</th>
                    <th>{t.pick(L('Kunjungan', 'Contacts'))}</th>
                    <th>KSPR</th>
                    <th>Status</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((r) => (
                    <tr key={r.pregnancyId}>
                      <td>
                        <Link to={`/staf/kehamilan/${r.pregnancyId}`}>{r.motherName}</Link>
                        <br />
                        <span className="muted">{r.nikMasked}</span>
                      </td>
                      <td>{formatDate(r.hpl, t.lang)}</td>
                      <td>{r.gestationalWeeks}</td>
                      <td>
                        {r.visits
                          .map((v) => v.code)
                          .filter(Boolean)
                          .join(', ') || '—'}
                      </td>
                      <td>{r.ksprTotal ?? '—'}</td>
                      <td>
                        {statusLabel(r.status, t)}
                        {r.verification === 'pending'
                          ? ` (${t.pick(L('belum verifikasi', 'unverified'))})`
                          : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="pagination">
              <button
                type="button"
                className="button button-secondary"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                {t.pick(L('Sebelumnya', 'Previous'))}
              </button>{' '}
              {t.pick(
                L(
                  `Halaman ${data.page} · ${data.total} kehamilan`,
                  `Page ${data.page} · ${data.total} pregnancies`,
                ),
              )}{' '}
              <button
                type="button"
                className="button button-secondary"
                disabled={data.page * data.pageSize >= data.total}
                onClick={() => setPage(page + 1)}
              >
                {t.pick(L('Berikutnya', 'Next'))}
              </button>
            </p>
          </>
        )}
      </Loadable>
    </section>
  );
}
