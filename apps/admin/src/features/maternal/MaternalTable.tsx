import { Link } from 'react-router';
import type { MaternalFigure, MaternalRow } from '@layanan/domain';
import { useT } from '@layanan/ui';
import type { MaternalFilters } from '../../api';
import { formatMinutes, formatNumber } from '../shared/format';
import { queryOf } from '../shared/period';
import { M } from './text';

/** Per puskesmas or per desa: coverage against target, high risk, overdue, danger signs; every count opens its mothers. */
export function MaternalTable({
  rows,
  total,
  level,
  filters,
  caption,
}: {
  rows: MaternalRow[];
  total: MaternalRow;
  level: 'puskesmas' | 'village';
  filters: MaternalFilters;
  caption: string;
}) {
  const t = useT();
  const scopeOf = (r: MaternalRow) =>
    r.key === 'total'
      ? { puskesmasId: filters.puskesmasId }
      : level === 'puskesmas'
        ? { puskesmasId: r.key }
        : { puskesmasId: filters.puskesmasId, villageCode: r.key };
  const link = (r: MaternalRow, figure: MaternalFigure, count: number, label: string) => (
    <Link
      to={`/kia/ibu${queryOf({ ...filters, ...scopeOf(r), figure })}`}
      aria-label={`${count} (${r.name}: ${label})`}
    >
      {count}
    </Link>
  );
  const coverage = (r: MaternalRow, figure: 'k1' | 'k4' | 'k6') => (
    <>
      {link(r, figure, r[figure].count, t.pick(M[figure]))}{' '}
      <span className="muted">
        ({r[figure].percent === null ? t.pick(M.noTarget) : `${formatNumber(r[figure].percent, t.lang, 1)} %`}
        )
      </span>
    </>
  );
  const line = (r: MaternalRow, head: React.ReactNode) => (
    <tr key={r.key} data-row={r.key}>
      <th scope="row">{head}</th>
      <td data-figure="target">{formatNumber(r.target, t.lang)}</td>
      <td data-figure="k1">{coverage(r, 'k1')}</td>
      <td data-figure="k4">{coverage(r, 'k4')}</td>
      <td data-figure="k6">{coverage(r, 'k6')}</td>
      <td data-figure="krt">{link(r, 'krt', r.krt, t.pick(M.krt))}</td>
      <td data-figure="krst">{link(r, 'krst', r.krst, t.pick(M.krst))}</td>
      <td data-figure="overdue">{link(r, 'overdue', r.overdue, t.pick(M.overdue))}</td>
      <td data-figure="danger">
        {link(r, 'danger', r.dangerAlerts, t.pick(M.danger))}{' '}
        <span className="muted small">
          ({link(r, 'danger_unanswered', r.dangerUnanswered, t.pick(M.unanswered))} {t.pick(M.unanswered)})
        </span>
      </td>
      <td data-figure="answer">
        {formatMinutes(r.medianAnswerMinutes, t.lang)} / {formatMinutes(r.p90AnswerMinutes, t.lang)}
      </td>
    </tr>
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
            <th scope="col">{t.pick(level === 'puskesmas' ? M.puskesmas : M.desa)}</th>
            <th scope="col">{t.pick(M.target)}</th>
            <th scope="col">{t.pick(M.k1)}</th>
            <th scope="col">{t.pick(M.k4)}</th>
            <th scope="col">{t.pick(M.k6)}</th>
            <th scope="col">{t.pick(M.krt)}</th>
            <th scope="col">{t.pick(M.krst)}</th>
            <th scope="col">{t.pick(M.overdue)}</th>
            <th scope="col">{t.pick(M.danger)}</th>
            <th scope="col">{t.pick(M.answerTime)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            line(
              r,
              level === 'puskesmas' ? (
                <Link to={`/kia${queryOf({ ...filters, puskesmasId: r.key })}`}>{r.name}</Link>
              ) : (
                r.name
              ),
            ),
          )}
        </tbody>
        <tfoot>{line(total, 'Total')}</tfoot>
      </table>
    </div>
  );
}
