import type { AdminCaseItem, DashboardTable, DashboardView } from '@layanan/domain';
import type { CsvCell } from './csv';

interface LeagueFiguresRow {
  cases: number;
  answered: number;
  medianFirstResponseMinutes: number | null;
  p90FirstResponseMinutes: number | null;
  reward: number;
  rewardShare: number | null;
  sanction: number;
  verifyDue: number;
  verifyOnTime: number;
  followUpDue: number;
  followUpOnTime: number;
  workingDayCompliance: number | null;
  promisesDue: number;
  promisesKept: number;
  ratings: number;
  satisfaction: number | null;
}

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function leagueCsvHeader(lead: string[]): string[] {
  return [
    ...lead,
    'cases',
    'answered',
    'median_first_response_minutes',
    'p90_first_response_minutes',
    'reward_within_threshold',
    'reward_share',
    'sanction_over_threshold',
    'verify_due',
    'verify_on_time',
    'follow_up_due',
    'follow_up_on_time',
    'working_day_compliance',
    'promises_due',
    'promises_kept',
    'ratings',
    'satisfaction',
  ];
}

export function leagueCsvRow(lead: CsvCell[], r: LeagueFiguresRow): CsvCell[] {
  return [
    ...lead,
    r.cases,
    r.answered,
    round(r.medianFirstResponseMinutes, 1),
    round(r.p90FirstResponseMinutes, 1),
    r.reward,
    round(r.rewardShare, 4),
    r.sanction,
    r.verifyDue,
    r.verifyOnTime,
    r.followUpDue,
    r.followUpOnTime,
    round(r.workingDayCompliance, 4),
    r.promisesDue,
    r.promisesKept,
    r.ratings,
    round(r.satisfaction, 2),
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
