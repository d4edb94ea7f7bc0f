import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { WorklistReason } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { Pagination, roleLabel, usePageTitle, useT } from '@layanan/ui';
import { useBabharApi } from '../api';
import { L, Loadable, ToneBadge, formatDate } from '../common';
import { StaffNav } from './StaffNav';

/** The bidan's worklists with counts; due in blue, overdue and urgent in red. */
export function WorklistPage() {
  const t = useT();
  const api = useBabharApi();
  const [reason, setReason] = useState<WorklistReason | undefined>();
  const [page, setPage] = useState(1);
  const choose = (next: WorklistReason | undefined) => {
    setReason(next);
    setPage(1);
  };
  const { user } = useSession();
  usePageTitle(t('staff.title'));
  const query = useQuery({
    queryKey: ['babhar', 'worklist', reason, page],
    queryFn: () => api.worklist(reason, page),
    refetchOnMount: 'always',
  });
  return (
    <section className="page" aria-labelledby="worklist-title">
      <h1 id="worklist-title">{t('staff.title')}</h1>
      {user ? (
        <p className="muted">
          <strong>{user.fullName}</strong> ({roleLabel(user.role, t.lang)})
        </p>
      ) : null}
      <StaffNav />
      <h2>{t.pick(L('Daftar kerja bidan', 'Worklist'))}</h2>
      <Loadable query={query}>
        {(data) => (
          <>
            <div className="filter-buttons" role="group" aria-label={t.pick(L('Saring daftar', 'Filter'))}>
              <button
                type="button"
                className="button button-secondary"
                aria-pressed={!reason}
                onClick={() => choose(undefined)}
              >
                {t.pick(L('Semua', 'All'))}
              </button>
              {data.reasons.map((r) => (
                <button
                  key={r.reason}
                  type="button"
                  className="button button-secondary"
                  aria-pressed={reason === r.reason}
                  data-reason={r.reason}
                  onClick={() => choose(r.reason)}
                >
                  {t.pick(r.label)}{' '}
                  <span className="counter" data-testid={`count-${r.reason}`}>
                    {r.count}
                  </span>
                </button>
              ))}
            </div>
            {data.pending.length ? (
              <>
                <h2>{t.pick(L('Menunggu verifikasi', 'Waiting for verification'))}</h2>
                <ul className="case-list">
                  {data.pending.map((p) => (
                    <li key={p.pregnancyId} className="case-card">
                      <Link to={`/staf/kehamilan/${p.pregnancyId}`}>{p.motherName}</Link> · HPHT{' '}
                      {formatDate(p.hpht, t.lang)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2>
              {t.pick(L('Ibu hamil', 'Pregnant mothers'))}{' '}
              <span className="counter" data-testid="worklist-total">
                {data.total}
              </span>
            </h2>
            {data.items.length === 0 ? (
              <p className="muted">
                {t.pick(L('Tidak ada yang perlu ditindaklanjuti.', 'Nothing to follow up.'))}
              </p>
            ) : (
              <ul className="case-list" aria-label={t.pick(L('Ibu hamil', 'Pregnant mothers'))}>
                {data.items.map((item) => (
                  <li
                    key={item.pregnancyId}
                    className={`case-card worklist-${item.tone}`}
                    data-tone={item.tone}
                  >
                    <p className="case-card-title">
                      <Link to={`/staf/kehamilan/${item.pregnancyId}`}>{item.motherName}</Link>
                    </p>
                    <p className="case-card-meta">
                      {t.pick(L(`${item.gestationalWeeks} minggu`, `${item.gestationalWeeks} weeks`))} · HPL{' '}
                      {formatDate(item.hpl, t.lang)}
                      {item.ksprCategory ? ` · ${item.ksprCategory}` : null}
                    </p>
                    <p>
                      {item.entries.map((e) => (
                        <ToneBadge key={e.reason + (e.trimester ?? '')} tone={e.tone}>
                          {t.pick(e.label)}
                          {e.date ? ` (${formatDate(e.date, t.lang)})` : null}
                        </ToneBadge>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          </>
        )}
      </Loadable>
    </section>
  );
}
