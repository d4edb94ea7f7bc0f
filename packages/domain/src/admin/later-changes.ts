import { type SlaConfig, laporDeadlines } from '../cases/sla.js';
import type { WorkingCalendar } from '../cases/working-days.js';
import type { StatCase } from './case-facts.js';

/**
 * An instant far enough in the future for every deadline to have passed: the
 * facts of a case "at the end of time" (`caseFacts(c, config, calendar, THE_END)`).
 */
export const THE_END = new Date(8.64e15);

/**
 * A figure a case still enters by the mere passing of time, without any change
 * of the case itself: an unanswered case becomes a `sanction` once its sanction
 * line has passed; a LAPOR! `verify` / `follow_up` deadline becomes due (late)
 * once passed undone; a `promise` not kept by its date becomes due (broken).
 * Each is one step, at one instant, from "not counted" to "counted".
 */
export const laterChangeKinds = ['sanction', 'verify', 'follow_up', 'promise'] as const;
export type LaterChangeKind = (typeof laterChangeKinds)[number];

export interface LaterChange {
  kind: LaterChangeKind;
  /** The last instant (epoch ms) at which the figure is not counted yet: counted once now > at. */
  at: number;
}

/**
 * The changes of a case's facts still to come with time alone, from the logic
 * of `caseFacts`: its facts at `now` are its facts at THE_END, minus one of the
 * figure of every change with `at >= now`. A change of the case itself (a
 * response, a rating, a reroute…) gives it new facts and new later changes.
 */
export function laterChanges(c: StatCase, config: SlaConfig, calendar: WorkingCalendar): LaterChange[] {
  const changes: LaterChange[] = [];
  const due = laporDeadlines(c, config, calendar);
  if (!c.firstResponseAt) {
    changes.push({ kind: 'sanction', at: c.receivedAt.getTime() + config.sanctionMinutes * 60_000 });
    changes.push({ kind: 'follow_up', at: due.followUpBy.getTime() });
  }
  if (!c.routedAt) changes.push({ kind: 'verify', at: due.verifyBy.getTime() });
  if (c.promisedBy && !c.resolvedAt) changes.push({ kind: 'promise', at: c.promisedBy.getTime() });
  return changes;
}

/**
 * Settled: the case's facts can no longer change with the passage of time
 * (every later change is behind `now`); only a change of the case can change them.
 */
export function isSettled(c: StatCase, config: SlaConfig, calendar: WorkingCalendar, now: Date): boolean {
  return laterChanges(c, config, calendar).every((change) => now.getTime() > change.at);
}
