import { useState } from 'react';
import { Link } from 'react-router';
import { type Bilingual, type LeagueRow, leagueColumns } from '@layanan/domain';
import { useT } from '@layanan/ui';
import type { PeriodFilters } from '../../api';
import { L } from '../../text';
import { formatMinutes, formatNumber, formatShare } from '../shared/format';
import { listLink } from '../shared/period';

/** The figures every league row carries (docs/ADMIN.md). */
export type LeagueFigures = LeagueRow;

export interface LeagueEntry extends LeagueFigures {
  key: string;
  name: string;
  /** Where the name leads (the officers of an agency). */
  nameTo?: string;
  /** The list filter that selects this row's cases (agencyId or assigneeId). */
  scope: Record<string, string>;
}

type SortKey = 'name' | keyof LeagueFigures;
/** The portal's label of each shown column of the league table (the list itself: leagueColumns). */
const columnLabels: Partial<Record<keyof LeagueFigures, Bilingual>> = {
  cases: L.casesCol,
  medianFirstResponseMinutes: L.median,
  p90FirstResponseMinutes: L.p90,
  rewardShare: L.reward,
  sanction: L.sanction,
  workingDayCompliance: L.compliance,
  promisesKept: L.promises,
  satisfaction: L.satisfaction,
};
const columns: { key: SortKey; label: Bilingual; lowerIsBetter?: boolean }[] = [
  { key: 'name', label: L.agency },
  ...leagueColumns
    .filter((c) => c.shown)
    .map((c) => ({
      key: c.key,
      label: columnLabels[c.key] ?? { id: c.csv, en: c.csv },
      lowerIsBetter: c.lowerIsBetter,
    })),
];

function compare(a: LeagueEntry, b: LeagueEntry, key: SortKey): number {
  if (key === 'name') return a.name.localeCompare(b.name);
  const x = a[key];
  const y = b[key];
  // Rows without a value go last whichever the direction.
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y;
}

/** A sortable league table; every figure opens the cases it counts. */
export function LeagueTable({
  entries,
  period,
  nameLabel,
  caption,
}: {
  entries: LeagueEntry[];
  period: PeriodFilters;
  nameLabel: Bilingual;
  caption: string;
}) {
  const t = useT();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'cases', descending: true });
  const sorted = [...entries].sort((a, b) => {
    const order = compare(a, b, sort.key);
    const nullLast = sort.key !== 'name' && (a[sort.key] === null || b[sort.key] === null);
    return nullLast ? order : sort.descending ? -order : order;
  });
  const link = (e: LeagueEntry, figure: string, text: string, label: string) => (
    <Link to={listLink(period, { ...e.scope, figure })} aria-label={`${text} (${e.name}: ${label})`}>
      {text}
    </Link>
  );
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t.lang === 'en' ? `${caption}: table` : `Tabel ${caption}`}
      tabIndex={0}
    >
      <table className="league">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      setSort({
                        key: c.key,
                        descending: active ? !sort.descending : c.key !== 'name' && !c.lowerIsBetter,
                      })
                    }
                  >
                    {t.pick(c.key === 'name' ? nameLabel : c.label)}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.key} data-row={e.key}>
              <th scope="row">{e.nameTo ? <Link to={e.nameTo}>{e.name}</Link> : e.name}</th>
              <td data-figure="cases">{link(e, 'cases', String(e.cases), t.pick(L.casesCol))}</td>
              <td data-figure="median">
                {link(e, 'answered', formatMinutes(e.medianFirstResponseMinutes, t.lang), t.pick(L.median))}
              </td>
              <td data-figure="p90">
                {link(e, 'answered', formatMinutes(e.p90FirstResponseMinutes, t.lang), t.pick(L.p90))}
              </td>
              <td data-figure="reward">
                {link(e, 'reward', String(e.reward), t.pick(L.reward))}{' '}
                <span className="muted">({formatShare(e.rewardShare, t.lang)})</span>
              </td>
              <td data-figure="sanction">{link(e, 'sanction', String(e.sanction), t.pick(L.sanction))}</td>
              <td data-figure="compliance">
                {formatShare(e.workingDayCompliance, t.lang)}
                <br />
                <span className="muted small">
                  {link(e, 'verify_late', `V ${e.verifyOnTime}/${e.verifyDue}`, 'verify')} ·{' '}
                  {link(e, 'follow_up_late', `T ${e.followUpOnTime}/${e.followUpDue}`, 'follow-up')}
                </span>
              </td>
              <td data-figure="promises">
                {link(e, 'promise_kept', `${e.promisesKept}/${e.promisesDue}`, t.pick(L.promises))}
              </td>
              <td data-figure="satisfaction">
                {link(
                  e,
                  'rated',
                  e.satisfaction === null ? '–' : `${formatNumber(e.satisfaction, t.lang, 1)} (${e.ratings})`,
                  t.pick(L.satisfaction),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
