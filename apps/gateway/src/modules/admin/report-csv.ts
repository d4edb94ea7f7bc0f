import {
  type AdminCaseItem,
  type DashboardTable,
  type DashboardView,
  type LeagueRow,
  leagueColumns,
} from '@layanan/domain';
import type { CsvCell } from './csv';

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function leagueCsvHeader(lead: string[]): string[] {
  return [...lead, ...leagueColumns.map((c) => c.csv)];
}

export function leagueCsvRow(lead: CsvCell[], r: LeagueRow): CsvCell[] {
  return [
    ...lead,
    ...leagueColumns.map((c) => (c.digits === undefined ? r[c.key] : round(r[c.key], c.digits))),
  ];
}

export const caseCsvHeader = [
  'tracking_code',
  'service',
  'category',
  'title',
  'status',
  'kecamatan',
  'agency',
  'received_at',
  'first_response_at',
  'first_response_minutes',
  'response_mark',
  'promised_by',
  'resolved_at',
  'rating',
];

export function caseCsvRow(c: AdminCaseItem): CsvCell[] {
  return [
    c.trackingCode,
    c.service,
    c.categoryName.id,
    c.title,
    c.status,
    c.districtName,
    c.agencyCode,
    c.receivedAt,
    c.firstResponseAt,
    c.firstResponseMinutes,
    c.responseMark,
    c.promisedBy,
    c.resolvedAt,
    c.rating,
  ];
}

/** One breakdown of the dashboard as a table. */
export function dashboardCsv(
  view: DashboardView,
  table: DashboardTable,
): { header: string[]; rows: CsvCell[][] } {
  if (table === 'trend') {
    const services = ['lorong', 'madul', 'sehat'];
    return {
      header: ['week', ...services, 'total'],
      rows: view.trend.map((t) => {
        const counts = services.map((s) => t.counts[s] ?? 0);
        return [t.week, ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    };
  }
  const source = {
    service: view.byService,
    category: view.byCategory,
    status: view.byStatus,
    district: view.byDistrict,
    week: view.byWeek,
    mix: view.byMix,
  }[table];
  return {
    header: [table, 'label_id', 'label_en', 'cases'],
    rows: source.map((r) => [r.key, r.label.id, r.label.en, r.count]),
  };
}
