import { wibDateOf } from '../common/calendar-date.js';
import { isOpenStatus } from '../cases/case-status.js';
import type { CaseMix } from './admin.schema.js';
import type { StatCase } from './case-facts.js';

const DAY_MS = 86_400_000;

/**
 * The ISO week (Monday first; week 1 holds the year's first Thursday) of an
 * instant's WIB date, as `2026-W05`. Plain arithmetic on the calendar date:
 * the dashboard calls it once per case.
 */
export function isoWeekOf(instant: Date): string {
  return isoWeekOfDate(wibDateOf(instant));
}

/** The ISO week of a calendar date, as `2026-W05`. */
export function isoWeekOfDate({ year, month, day }: { year: number; month: number; day: number }): string {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}

/** A group of open cases on the map: the mean position of its cases in one grid cell. */
export interface MapCluster {
  lat: number;
  lng: number;
  count: number;
  /** The case's tracking code when the cluster holds exactly one. */
  trackingCode: string | null;
}

export interface Dashboard {
  total: number;
  open: number;
  byService: Record<string, number>;
  byCategory: Record<string, number>;
  byStatus: Record<string, number>;
  /** Kecamatan code, or `none`. */
  byDistrict: Record<string, number>;
  byWeek: Record<string, number>;
  byMix: Record<CaseMix, number>;
  /** Week → service → count (the trend chart). */
  trend: Record<string, Record<string, number>>;
  clusters: MapCluster[];
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * The dashboard's counts over a scan of the period's cases, one case at a time.
 * Open cases with a point are clustered on a grid of `cellDegrees`.
 */
export class DashboardAccumulator {
  private readonly result: Dashboard = {
    total: 0,
    open: 0,
    byService: {},
    byCategory: {},
    byStatus: {},
    byDistrict: {},
    byWeek: {},
    byMix: { infrastructure: 0, service: 0, other: 0 },
    trend: {},
    clusters: [],
  };
  private readonly cells = new Map<string, { lat: number; lng: number; count: number; code: string }>();

  constructor(
    private readonly mixOf: (c: StatCase) => CaseMix,
    private readonly cellDegrees: number,
  ) {}

  add(c: StatCase): void {
    const r = this.result;
    r.total++;
    bump(r.byService, c.service);
    bump(r.byCategory, c.categoryId);
    bump(r.byStatus, c.status);
    bump(r.byDistrict, c.districtCode ?? 'none');
    const week = isoWeekOf(c.receivedAt);
    bump(r.byWeek, week);
    r.byMix[this.mixOf(c)]++;
    bump((r.trend[week] ??= {}), c.service);
    if (!isOpenStatus(c.status)) return;
    r.open++;
    if (c.lat === null || c.lng === null) return;
    const key = this.cellOf(c.lat, c.lng);
    const cell = this.cells.get(key);
    if (cell) {
      cell.lat += c.lat;
      cell.lng += c.lng;
      cell.count++;
    } else this.cells.set(key, { lat: c.lat, lng: c.lng, count: 1, code: c.trackingCode });
  }

  /** Cases counted elsewhere (a rollup day): n cases of one service received on a WIB date. */
  addDayCount(date: { year: number; month: number; day: number }, service: string, n: number): void {
    const r = this.result;
    r.total += n;
    r.byService[service] = (r.byService[service] ?? 0) + n;
    const week = isoWeekOfDate(date);
    r.byWeek[week] = (r.byWeek[week] ?? 0) + n;
    const trend = (r.trend[week] ??= {});
    trend[service] = (trend[service] ?? 0) + n;
  }

  /** Cases counted elsewhere by category (with their service, for the mix), status or kecamatan (`none`). */
  addCount(
    dim: 'category' | 'status' | 'district',
    key: string,
    n: number,
    service?: StatCase['service'],
  ): void {
    const r = this.result;
    if (dim === 'category') {
      r.byCategory[key] = (r.byCategory[key] ?? 0) + n;
      r.byMix[this.mixOf({ categoryId: key, service: service! } as StatCase)] += n;
    } else if (dim === 'status') {
      r.byStatus[key] = (r.byStatus[key] ?? 0) + n;
      if (isOpenStatus(key as StatCase['status'])) r.open += n;
    } else r.byDistrict[key] = (r.byDistrict[key] ?? 0) + n;
  }

  /** Open cases counted elsewhere in one grid cell (`x:y`): their count, the sums of their positions, the code of one. */
  addCell(key: string, n: number, sumLat: number, sumLng: number, code: string): void {
    const cell = this.cells.get(key);
    if (cell) {
      cell.lat += sumLat;
      cell.lng += sumLng;
      cell.count += n;
    } else this.cells.set(key, { lat: sumLat, lng: sumLng, count: n, code });
  }

  /** The grid cell (`x:y`) of a point. */
  cellOf(lat: number, lng: number): string {
    return `${Math.floor(lat / this.cellDegrees)}:${Math.floor(lng / this.cellDegrees)}`;
  }

  dashboard(): Dashboard {
    const clusters = [...this.cells.values()]
      .map((cell) => ({
        lat: cell.lat / cell.count,
        lng: cell.lng / cell.count,
        count: cell.count,
        trackingCode: cell.count === 1 ? cell.code : null,
      }))
      .sort((a, b) => b.count - a.count);
    return { ...this.result, clusters };
  }
}
