import type { CaseService } from '../cases/tracking-code.js';
import type { CaseStatus } from '../cases/case-status.js';
import { type CaseClock, type ResponseMark, type SlaConfig, compliance, responseMark } from '../cases/sla.js';
import type { WorkingCalendar } from '../cases/working-days.js';

/** The columns of a case the back office figures are computed from (one narrow row per case). */
export interface StatCase extends CaseClock {
  id: string;
  trackingCode: string;
  service: CaseService;
  categoryId: string;
  status: CaseStatus;
  districtCode: string | null;
  /** The agency holding the case now: a rerouted case counts for the agency it was rerouted to. */
  agencyId: string;
  assigneeId: string | null;
  lat: number | null;
  lng: number | null;
  rating: number | null;
}

/** What one case contributes to the league table, judged with its category's thresholds. */
export interface CaseFacts {
  /** Minutes from receipt to the first public response (the clock survives a reroute); null: unanswered. */
  firstResponseMinutes: number | null;
  mark: ResponseMark;
  /** LAPOR!: verified/routed within verifyWorkingDays (null: not due yet and not done). */
  verifiedInTime: boolean | null;
  /** LAPOR!: first response within followUpWorkingDays (null: not due yet and not done). */
  followedUpInTime: boolean | null;
  /** Resolved on or before promised_by (null: no promise, or a promise not yet due). */
  promiseKept: boolean | null;
  rating: number | null;
}

/**
 * The facts of one case at `now`. A resolved case always carries a proof photo
 * (the engine refuses `resolve` without one), so a resolution counts as proven.
 */
export function caseFacts(c: StatCase, config: SlaConfig, calendar: WorkingCalendar, now: Date): CaseFacts {
  const done = compliance(c, config, calendar, now, c.resolvedAt !== null);
  return {
    firstResponseMinutes: c.firstResponseAt
      ? (c.firstResponseAt.getTime() - c.receivedAt.getTime()) / 60_000
      : null,
    mark: responseMark(c, config, now),
    verifiedInTime: done.verifiedInTime,
    followedUpInTime: done.followedUpInTime,
    promiseKept: done.promiseKept,
    rating: c.rating,
  };
}

/** The figures of the league table a person can open as a list of cases. */
export const leagueFigures = [
  'cases',
  'answered',
  'unanswered',
  'reward',
  'neutral',
  'sanction',
  'pending',
  'verify_on_time',
  'verify_late',
  'follow_up_on_time',
  'follow_up_late',
  'promise_kept',
  'promise_broken',
  'rated',
] as const;
export type LeagueFigure = (typeof leagueFigures)[number];

/** Whether a case is one of those counted by a figure. */
export function hasFigure(facts: CaseFacts, figure: LeagueFigure): boolean {
  switch (figure) {
    case 'cases':
      return true;
    case 'answered':
      return facts.firstResponseMinutes !== null;
    case 'unanswered':
      return facts.firstResponseMinutes === null;
    case 'reward':
    case 'neutral':
    case 'sanction':
    case 'pending':
      return facts.mark === figure;
    case 'verify_on_time':
      return facts.verifiedInTime === true;
    case 'verify_late':
      return facts.verifiedInTime === false;
    case 'follow_up_on_time':
      return facts.followedUpInTime === true;
    case 'follow_up_late':
      return facts.followedUpInTime === false;
    case 'promise_kept':
      return facts.promiseKept === true;
    case 'promise_broken':
      return facts.promiseKept === false;
    case 'rated':
      return facts.rating !== null;
  }
}
