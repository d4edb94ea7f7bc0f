import { useT } from '@layanan/ui';
import { L, serviceNames } from '../../text';

const colours: Record<string, string> = { lorong: '#b45309', madul: '#1d4ed8', sehat: '#047857' };
const services = Object.keys(serviceNames);

/** Weekly cases stacked by service, as SVG columns; each column has a title with its numbers. */
export function TrendChart({ trend }: { trend: { week: string; counts: Record<string, number> }[] }) {
  const t = useT();
  if (!trend.length) return null;
  const totals = trend.map((w) => services.reduce((sum, s) => sum + (w.counts[s] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 320;
  const height = 140;
  const gap = 4;
  const column = Math.max(4, (width - gap * (trend.length - 1)) / trend.length);
  return (
    <figure className="trend" aria-labelledby="trend-title">
      <figcaption id="trend-title">{t.pick(L.trend)}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 16}`}
        role="img"
        aria-labelledby="trend-title"
        className="trend-svg"
      >
        {trend.map((w, i) => {
          let y = height;
          const x = i * (column + gap);
          return (
            <g key={w.week}>
              <title>
                {`${w.week}: ${services.map((s) => `${t.pick(serviceNames[s])} ${w.counts[s] ?? 0}`).join(', ')}`}
              </title>
              {services.map((s) => {
                const h = ((w.counts[s] ?? 0) / max) * height;
                y -= h;
                return h > 0 ? (
                  <rect key={s} x={x} y={y} width={column} height={h} fill={colours[s]} />
                ) : null;
              })}
              {trend.length <= 8 || i % Math.ceil(trend.length / 8) === 0 ? (
                <text x={x + column / 2} y={height + 12} textAnchor="middle" fontSize="9">
                  {w.week.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {services.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: colours[s] }} aria-hidden="true" />{' '}
            {t.pick(serviceNames[s])}
          </li>
        ))}
      </ul>
    </figure>
  );
}
