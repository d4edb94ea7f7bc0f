import { compliance, defaultSlaConfig, isOverdue, laporDeadlines, responseMark, urgency } from './sla.js';
import { WorkingCalendar } from './working-days.js';

const calendar = new WorkingCalendar([{ date: '2026-12-25' }]);
const wib = (text: string) => new Date(`${text}+07:00`);
const received = wib('2026-11-23T08:00:00'); // Monday
const at = (ms: number) => new Date(received.getTime() + ms);
const MIN = 60_000;

describe('e-Sambat regime (wall clock, 24/7)', () => {
  const mark = (responseAfterMs: number | null, nowAfterMs = 0) =>
    responseMark(
      { receivedAt: received, firstResponseAt: responseAfterMs === null ? null : at(responseAfterMs) },
      defaultSlaConfig,
      at(nowAfterMs),
    );

  it('rewards a first response within 10 minutes, the boundary included', () => {
    expect(mark(0)).toBe('reward');
    expect(mark(10 * MIN)).toBe('reward');
    expect(mark(10 * MIN + 1)).toBe('neutral');
  });

  it('sanctions a first response later than one day, the boundary neutral', () => {
    expect(mark(24 * 60 * MIN)).toBe('neutral');
    expect(mark(24 * 60 * MIN + 1)).toBe('sanction');
  });

  it('counts minutes at night and on weekends (24/7)', () => {
    const saturdayNight = wib('2026-11-28T23:55:00');
    expect(
      responseMark(
        { receivedAt: saturdayNight, firstResponseAt: wib('2026-11-29T00:04:00') },
        defaultSlaConfig,
        saturdayNight,
      ),
    ).toBe('reward');
  });

  it('is pending while unanswered and not late, then sanctioned', () => {
    expect(mark(null, 60 * MIN)).toBe('pending');
    expect(mark(null, 24 * 60 * MIN + 1)).toBe('sanction');
  });

  it('takes its thresholds from configuration (the mayor has also said 30 minutes)', () => {
    const config = { ...defaultSlaConfig, rewardMinutes: 30 };
    expect(responseMark({ receivedAt: received, firstResponseAt: at(25 * MIN) }, config, received)).toBe(
      'reward',
    );
  });
});

describe('LAPOR! regime (working days)', () => {
  const clock = {
    receivedAt: received,
    routedAt: null,
    firstResponseAt: null,
    promisedBy: null,
    resolvedAt: null,
    closedAt: null,
  };

  it('sets verify (3), follow-up (5) and resolve (tier) deadlines in working days', () => {
    const due = laporDeadlines(clock, defaultSlaConfig, calendar);
    expect(due.verifyBy.toISOString()).toBe(wib('2026-11-26T23:59:59.999').toISOString());
    expect(due.followUpBy.toISOString()).toBe(wib('2026-11-30T23:59:59.999').toISOString());
    expect(due.resolveBy.toISOString()).toBe(wib('2026-12-11T23:59:59.999').toISOString());
    expect(due.autoCloseAt).toBeNull();
  });

  it('auto-closes 10 working days after resolution, skipping Christmas', () => {
    const due = laporDeadlines(
      { ...clock, resolvedAt: wib('2026-12-18T10:00:00') },
      defaultSlaConfig,
      calendar,
    );
    // Fri 18 Dec → 21, 22, 23, 24, (25 off), 28, 29, 30, 31, 1 Jan, 4 Jan.
    expect(due.autoCloseAt!.toISOString()).toBe(wib('2027-01-04T23:59:59.999').toISOString());
  });

  it('judges compliance and promises kept', () => {
    const done = {
      ...clock,
      routedAt: wib('2026-11-24T09:00:00'),
      firstResponseAt: wib('2026-12-01T09:00:00'), // after the 5-day follow-up deadline
      promisedBy: wib('2026-12-10T23:59:59'),
      resolvedAt: wib('2026-12-09T15:00:00'),
    };
    const now = wib('2026-12-20T00:00:00');
    expect(compliance(done, defaultSlaConfig, calendar, now, true)).toEqual({
      verifiedInTime: true,
      followedUpInTime: false,
      resolvedInTime: true,
      promiseKept: true,
    });
    expect(compliance(done, defaultSlaConfig, calendar, now, false).promiseKept).toBe(false);
    expect(
      compliance({ ...done, resolvedAt: null }, defaultSlaConfig, calendar, now, false).promiseKept,
    ).toBe(false);
  });

  it('flags overdue cases and sorts the most urgent first', () => {
    expect(isOverdue(clock, defaultSlaConfig, calendar, wib('2026-11-26T23:59:59'))).toBe(false);
    expect(isOverdue(clock, defaultSlaConfig, calendar, wib('2026-11-27T00:00:01'))).toBe(true);
    const now = wib('2026-11-23T09:00:00');
    const fresh = urgency(clock, defaultSlaConfig, calendar, now);
    const older = urgency(
      { ...clock, receivedAt: wib('2026-11-22T10:00:00') },
      defaultSlaConfig,
      calendar,
      now,
    );
    expect(older).toBeLessThan(fresh);
    expect(
      urgency(
        { ...clock, resolvedAt: now, routedAt: now, firstResponseAt: now },
        defaultSlaConfig,
        calendar,
        now,
      ),
    ).toBe(Number.POSITIVE_INFINITY);
  });
});
