import { z } from 'zod';
import type { WorkingCalendar } from './working-days.js';

/**
 * Service levels of DOMAIN §3.5, both regimes, from one record. Thresholds are
 * configuration (per category, with these defaults), never literals at the
 * call sites.
 */
export const slaConfigSchema = z.object({
  /** e-Sambat (wall clock, 24/7): a first response within this many minutes earns a reward mark. */
  rewardMinutes: z.number().int().min(1).default(10),
  /** e-Sambat: a first response later than this many minutes (or none yet) earns a sanction mark. */
  sanctionMinutes: z
    .number()
    .int()
    .min(1)
    .default(24 * 60),
  /** LAPOR!: verify and route within this many working days. */
  verifyWorkingDays: z.number().int().min(1).default(3),
  /** LAPOR!: the agency follows up within this many working days. */
  followUpWorkingDays: z.number().int().min(1).default(5),
  /** LAPOR!: a resolved case closes itself after this many working days without the reporter's reply. */
  autoCloseWorkingDays: z.number().int().min(1).default(10),
  /** KemenPAN-RB tier of the category: days to resolve (complaint 5, no field check 14, field check 60). */
  resolveWorkingDays: z.number().int().min(1).default(14),
});
export type SlaConfig = z.infer<typeof slaConfigSchema>;
export const defaultSlaConfig: SlaConfig = slaConfigSchema.parse({});

/** KemenPAN-RB tiers (Perpres 76/2013: resolve within 60 days). */
export const resolutionTiers = { complaint: 5, noFieldCheck: 14, fieldCheck: 60 } as const;

/** The clock fields every case stores. */
export interface CaseClock {
  receivedAt: Date;
  /** Verified or routed to an agency (whichever came first). */
  routedAt: Date | null;
  /** The first public response by a human officer; rerouting does not reset it. */
  firstResponseAt: Date | null;
  promisedBy: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

export type ResponseMark = 'reward' | 'neutral' | 'sanction' | 'pending';

/** e-Sambat: reward ≤ rewardMinutes, sanction > sanctionMinutes, neutral between; pending while not late yet. */
export function responseMark(
  clock: Pick<CaseClock, 'receivedAt' | 'firstResponseAt'>,
  config: SlaConfig,
  now: Date,
): ResponseMark {
  const rewardMs = config.rewardMinutes * 60_000;
  const sanctionMs = config.sanctionMinutes * 60_000;
  if (clock.firstResponseAt) {
    const waited = clock.firstResponseAt.getTime() - clock.receivedAt.getTime();
    if (waited <= rewardMs) return 'reward';
    return waited > sanctionMs ? 'sanction' : 'neutral';
  }
  return now.getTime() - clock.receivedAt.getTime() > sanctionMs ? 'sanction' : 'pending';
}

/** Minutes from receipt to the first response (null while unanswered). */
export function firstResponseMinutes(
  clock: Pick<CaseClock, 'receivedAt' | 'firstResponseAt'>,
): number | null {
  return clock.firstResponseAt
    ? (clock.firstResponseAt.getTime() - clock.receivedAt.getTime()) / 60_000
    : null;
}

export interface LaporDeadlines {
  verifyBy: Date;
  followUpBy: Date;
  resolveBy: Date;
  /** Set once resolved: when the case closes itself without a reply. */
  autoCloseAt: Date | null;
}

/** LAPOR! regime: deadlines in working days on the Indonesian calendar. */
export function laporDeadlines(
  clock: CaseClock,
  config: SlaConfig,
  calendar: WorkingCalendar,
): LaporDeadlines {
  return {
    verifyBy: calendar.deadline(clock.receivedAt, config.verifyWorkingDays),
    followUpBy: calendar.deadline(clock.receivedAt, config.followUpWorkingDays),
    resolveBy: calendar.deadline(clock.receivedAt, config.resolveWorkingDays),
    autoCloseAt: clock.resolvedAt ? calendar.deadline(clock.resolvedAt, config.autoCloseWorkingDays) : null,
  };
}

export interface Compliance {
  verifiedInTime: boolean | null; // null: not due yet and not done
  followedUpInTime: boolean | null;
  resolvedInTime: boolean | null;
  /** Resolved on or before promised_by with a proof photo. */
  promiseKept: boolean | null;
}

function metBy(doneAt: Date | null, dueBy: Date, now: Date): boolean | null {
  if (doneAt) return doneAt.getTime() <= dueBy.getTime();
  return now.getTime() > dueBy.getTime() ? false : null;
}

export function compliance(
  clock: CaseClock,
  config: SlaConfig,
  calendar: WorkingCalendar,
  now: Date,
  hasProofPhoto: boolean,
): Compliance {
  const due = laporDeadlines(clock, config, calendar);
  let promiseKept: boolean | null = null;
  if (clock.promisedBy) {
    if (clock.resolvedAt)
      promiseKept = hasProofPhoto && clock.resolvedAt.getTime() <= clock.promisedBy.getTime();
    else if (now.getTime() > clock.promisedBy.getTime()) promiseKept = false;
  }
  return {
    verifiedInTime: metBy(clock.routedAt, due.verifyBy, now),
    followedUpInTime: metBy(clock.firstResponseAt, due.followUpBy, now),
    resolvedInTime: metBy(clock.resolvedAt, due.resolveBy, now),
    promiseKept,
  };
}

/** Overdue when any LAPOR! deadline has passed undone, or a promise has been broken. */
export function isOverdue(
  clock: CaseClock,
  config: SlaConfig,
  calendar: WorkingCalendar,
  now: Date,
): boolean {
  if (clock.resolvedAt || clock.closedAt) return false;
  const c = compliance(clock, config, calendar, now, false);
  return (
    c.verifiedInTime === false ||
    c.followedUpInTime === false ||
    c.resolvedInTime === false ||
    c.promiseKept === false
  );
}

/**
 * The earliest deadline not yet met (verify, follow-up, the 24-hour sanction
 * line, the promise or the resolution target); null when nothing is pending.
 * The officer's queue sorts on it: earliest first, past ones overdue.
 */
export function nextDeadline(clock: CaseClock, config: SlaConfig, calendar: WorkingCalendar): Date | null {
  if (clock.resolvedAt || clock.closedAt) return null;
  const due = laporDeadlines(clock, config, calendar);
  const pending = [
    clock.routedAt ? null : due.verifyBy,
    clock.firstResponseAt ? null : due.followUpBy,
    clock.firstResponseAt ? null : new Date(clock.receivedAt.getTime() + config.sanctionMinutes * 60_000),
    clock.promisedBy ?? due.resolveBy,
  ].filter((d): d is Date => !!d);
  return new Date(Math.min(...pending.map((d) => d.getTime())));
}

/** Milliseconds until the next deadline (negative: overdue; Infinity: nothing pending). */
export function urgency(clock: CaseClock, config: SlaConfig, calendar: WorkingCalendar, now: Date): number {
  const next = nextDeadline(clock, config, calendar);
  return next ? next.getTime() - now.getTime() : Number.POSITIVE_INFINITY;
}
