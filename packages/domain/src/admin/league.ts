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

/** Adds cases one by one (a scan of the period need not keep them) and gives the row at the end. */
export class LeagueAccumulator {
  private readonly minutes: number[] = [];
  private count = 0;
  private reward = 0;
  private sanction = 0;
  private verifyDue = 0;
  private verifyOnTime = 0;
  private followUpDue = 0;
  private followUpOnTime = 0;
  private promisesDue = 0;
  private promisesKept = 0;
  private ratings = 0;
  private ratingSum = 0;

  add(f: CaseFacts): void {
    this.count++;
    if (f.firstResponseMinutes !== null) this.minutes.push(f.firstResponseMinutes);
    if (hasFigure(f, 'reward')) this.reward++;
    if (hasFigure(f, 'sanction')) this.sanction++;
    if (f.verifiedInTime !== null) this.verifyDue++;
    if (f.verifiedInTime === true) this.verifyOnTime++;
    if (f.followedUpInTime !== null) this.followUpDue++;
    if (f.followedUpInTime === true) this.followUpOnTime++;
    if (f.promiseKept !== null) this.promisesDue++;
    if (f.promiseKept === true) this.promisesKept++;
    if (f.rating !== null) {
      this.ratings++;
      this.ratingSum += f.rating;
    }
  }

  row(): LeagueRow {
    return {
      cases: this.count,
      answered: this.minutes.length,
      medianFirstResponseMinutes: nearestRankMedian(this.minutes),
      p90FirstResponseMinutes: nearestRankPercentile(this.minutes, 90),
      reward: this.reward,
      rewardShare: share(this.reward, this.count),
      sanction: this.sanction,
      verifyDue: this.verifyDue,
      verifyOnTime: this.verifyOnTime,
      followUpDue: this.followUpDue,
      followUpOnTime: this.followUpOnTime,
      workingDayCompliance: share(this.verifyOnTime + this.followUpOnTime, this.verifyDue + this.followUpDue),
      promisesDue: this.promisesDue,
      promisesKept: this.promisesKept,
      ratings: this.ratings,
      satisfaction: this.ratings === 0 ? null : this.ratingSum / this.ratings,
    };
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
