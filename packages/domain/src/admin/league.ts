import { type CaseFacts, hasFigure } from './case-facts.js';
import { nearestRankMedian, nearestRankPercentile } from './percentile.js';

/** One row of the league table (an agency, or an officer inside an agency). Definitions: docs/ADMIN.md. */
export interface LeagueRow {
  cases: number;
  answered: number;
  /** Nearest-rank median of the answered cases' first-response minutes. */
  medianFirstResponseMinutes: number | null;
  /** Nearest-rank 90th percentile of the same. */
  p90FirstResponseMinutes: number | null;
  /** First response within rewardMinutes. */
  reward: number;
  /** reward / cases (null for no cases). */
  rewardShare: number | null;
  /** First response later than sanctionMinutes, or none and already later. */
  sanction: number;
  verifyDue: number;
  verifyOnTime: number;
  followUpDue: number;
  followUpOnTime: number;
  /** (verifyOnTime + followUpOnTime) / (verifyDue + followUpDue) (null when nothing was due). */
  workingDayCompliance: number | null;
  promisesDue: number;
  promisesKept: number;
  ratings: number;
  /** Mean rating 1–5 (null without ratings). */
  satisfaction: number | null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The additive figures of a group of cases (what a rollup row keeps per day). */
export interface LeagueSums {
  cases: number;
  answered: number;
  reward: number;
  sanction: number;
  verifyDue: number;
  verifyOnTime: number;
  followUpDue: number;
  followUpOnTime: number;
  promisesDue: number;
  promisesKept: number;
  ratings: number;
  ratingSum: number;
}

export const emptyLeagueSums = (): LeagueSums => ({
  cases: 0,
  answered: 0,
  reward: 0,
  sanction: 0,
  verifyDue: 0,
  verifyOnTime: 0,
  followUpDue: 0,
  followUpOnTime: 0,
  promisesDue: 0,
  promisesKept: 0,
  ratings: 0,
  ratingSum: 0,
});

/** Adds one case's facts to the sums. */
export function addFacts(s: LeagueSums, f: CaseFacts): void {
  s.cases++;
  if (f.firstResponseMinutes !== null) s.answered++;
  if (hasFigure(f, 'reward')) s.reward++;
  if (hasFigure(f, 'sanction')) s.sanction++;
  if (f.verifiedInTime !== null) s.verifyDue++;
  if (f.verifiedInTime === true) s.verifyOnTime++;
  if (f.followedUpInTime !== null) s.followUpDue++;
  if (f.followedUpInTime === true) s.followUpOnTime++;
  if (f.promiseKept !== null) s.promisesDue++;
  if (f.promiseKept === true) s.promisesKept++;
  if (f.rating !== null) {
    s.ratings++;
    s.ratingSum += f.rating;
  }
}

/** Adds b into a. */
export function mergeLeagueSums(a: LeagueSums, b: LeagueSums): void {
  for (const key of Object.keys(a) as (keyof LeagueSums)[]) a[key] += b[key];
}

/** The row of a group from its sums and the percentiles of its answered cases. */
export function leagueRowOf(
  s: LeagueSums,
  medianFirstResponseMinutes: number | null,
  p90FirstResponseMinutes: number | null,
): LeagueRow {
  return {
    cases: s.cases,
    answered: s.answered,
    medianFirstResponseMinutes,
    p90FirstResponseMinutes,
    reward: s.reward,
    rewardShare: share(s.reward, s.cases),
    sanction: s.sanction,
    verifyDue: s.verifyDue,
    verifyOnTime: s.verifyOnTime,
    followUpDue: s.followUpDue,
    followUpOnTime: s.followUpOnTime,
    workingDayCompliance: share(s.verifyOnTime + s.followUpOnTime, s.verifyDue + s.followUpDue),
    promisesDue: s.promisesDue,
    promisesKept: s.promisesKept,
    ratings: s.ratings,
    satisfaction: s.ratings === 0 ? null : s.ratingSum / s.ratings,
  };
}

/** Adds cases one by one (a scan of the period need not keep them) and gives the row at the end. */
export class LeagueAccumulator {
  private readonly minutes: number[] = [];
  private readonly sums = emptyLeagueSums();

  add(f: CaseFacts): void {
    addFacts(this.sums, f);
    if (f.firstResponseMinutes !== null) this.minutes.push(f.firstResponseMinutes);
  }

  row(): LeagueRow {
    return leagueRowOf(this.sums, nearestRankMedian(this.minutes), nearestRankPercentile(this.minutes, 90));
  }
}

/** The league figures of a group of cases. */
export function leagueRow(facts: Iterable<CaseFacts>): LeagueRow {
  const acc = new LeagueAccumulator();
  for (const f of facts) acc.add(f);
  return acc.row();
}

/** Groups cases by a key (agency, officer) and gives each group's row. */
export class GroupedLeague<K> {
  private readonly groups = new Map<K, LeagueAccumulator>();

  add(key: K, facts: CaseFacts): void {
    let acc = this.groups.get(key);
    if (!acc) this.groups.set(key, (acc = new LeagueAccumulator()));
    acc.add(facts);
  }

  rows(): Map<K, LeagueRow> {
    return new Map([...this.groups].map(([key, acc]) => [key, acc.row()]));
  }
}

/** The rows of facts grouped by key. */
export function leagueRowsBy<K>(items: Iterable<{ key: K; facts: CaseFacts }>): Map<K, LeagueRow> {
  const grouped = new GroupedLeague<K>();
  for (const { key, facts } of items) grouped.add(key, facts);
  return grouped.rows();
}
