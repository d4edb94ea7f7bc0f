import { Link } from 'react-router';
import type { Bilingual } from '@layanan/domain';
import { useT } from '@layanan/ui';

export interface BarRow {
  key: string;
  label: Bilingual;
  count: number;
  /** The list behind the number. */
  to: string;
}

/**
 * A bar chart as a list: each row its label, a bar to scale and the number,
 * which opens the cases it counts. Readable by screen readers as it is.
 */
export function Bars({ title, rows, id }: { title: string; rows: BarRow[]; id: string }) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure className="bars" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {rows.length ? (
        <ul>
          {rows.map((r) => (
            <li key={r.key}>
              <span className="bar-label">{t.pick(r.label)}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(r.count / max) * 100}%` }} />
              </span>
              <Link className="bar-count" to={r.to}>
                {r.count}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">–</p>
      )}
    </figure>
  );
}
