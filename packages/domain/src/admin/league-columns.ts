import type { LeagueRow } from './league.js';

/**
 * The columns of the league table, in order: the figure, its CSV header and
 * rounding, whether the portal's table shows it and which way is better.
 * The portal (apps/admin LeagueTable) and the CSV exports both read this list.
 */
export interface LeagueColumn {
  key: keyof LeagueRow;
  csv: string;
  /** Decimal places in the CSV (none: a count, written as is). */
  digits?: number;
  /** Shown as a sortable column of the portal's table. */
  shown: boolean;
  lowerIsBetter?: boolean;
}

export const leagueColumns: readonly LeagueColumn[] = [
  { key: 'cases', csv: 'cases', shown: true },
  { key: 'answered', csv: 'answered', shown: false },
  {
    key: 'medianFirstResponseMinutes',
    csv: 'median_first_response_minutes',
    digits: 1,
    shown: true,
    lowerIsBetter: true,
  },
  {
    key: 'p90FirstResponseMinutes',
    csv: 'p90_first_response_minutes',
    digits: 1,
    shown: true,
    lowerIsBetter: true,
  },
  { key: 'reward', csv: 'reward_within_threshold', shown: false },
  { key: 'rewardShare', csv: 'reward_share', digits: 4, shown: true },
  { key: 'sanction', csv: 'sanction_over_threshold', shown: true, lowerIsBetter: true },
  { key: 'verifyDue', csv: 'verify_due', shown: false },
  { key: 'verifyOnTime', csv: 'verify_on_time', shown: false },
  { key: 'followUpDue', csv: 'follow_up_due', shown: false },
  { key: 'followUpOnTime', csv: 'follow_up_on_time', shown: false },
  { key: 'workingDayCompliance', csv: 'working_day_compliance', digits: 4, shown: true },
  { key: 'promisesDue', csv: 'promises_due', shown: false },
  { key: 'promisesKept', csv: 'promises_kept', shown: true },
  { key: 'ratings', csv: 'ratings', shown: false },
  { key: 'satisfaction', csv: 'satisfaction', digits: 2, shown: true },
];
