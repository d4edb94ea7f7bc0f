import { defaultSlaConfig } from '../cases/sla.js';
import { WorkingCalendar } from '../cases/working-days.js';
import { type CaseFacts, type StatCase, caseFacts } from './case-facts.js';
import { THE_END, isSettled, laterChanges } from './later-changes.js';
import { type LeagueSums, addFacts, emptyLeagueSums } from './league.js';

const MIN = 60_000;
const DAY = 86_400_000;
// Wednesday 1 April 2026, 09:00 WIB. Good Friday, 3 April 2026, is a holiday.
const received = new Date('2026-04-01T02:00:00Z');
const calendar = new WorkingCalendar([{ date: '2026-04-03' }]);
const at = (minutes: number) => new Date(received.getTime() + minutes * MIN);

function mk(overrides: Partial<StatCase> = {}): StatCase {
  return {
    id: 'c1',
    trackingCode: 'LRG-AAAA-0001',
    service: 'lorong',
    categoryId: 'cat',
    status: 'diproses',
    districtCode: '35.28.01',
    agencyId: 'A',
    assigneeId: null,
    lat: null,
    lng: null,
    rating: null,
    receivedAt: received,
    routedAt: null,
    firstResponseAt: null,
    promisedBy: null,
    resolvedAt: null,
    closedAt: null,
    ...overrides,
  };
}

const sums = (f: CaseFacts): LeagueSums => {
  const s = emptyLeagueSums();
  addFacts(s, f);
  return s;
};
const figureOf = {
  sanction: 'sanction',
  verify: 'verifyDue',
  follow_up: 'followUpDue',
  promise: 'promisesDue',
} as const;

/** The sums at `now` the way the rollup gives them: at the end of time, minus the changes not yet come. */
function rolled(c: StatCase, now: Date): LeagueSums {
  const s = sums(caseFacts(c, defaultSlaConfig, calendar, THE_END));
  for (const change of laterChanges(c, defaultSlaConfig, calendar))
    if (change.at >= now.getTime()) s[figureOf[change.kind]]--;
  return s;
}

const cases: Record<string, StatCase> = {
  silent: mk(),
  answeredLate: mk({ firstResponseAt: at(2000), routedAt: at(30) }),
  routedOnly: mk({ routedAt: at(30) }),
  promised: mk({ firstResponseAt: at(5), routedAt: at(5), promisedBy: at(10 * 24 * 60) }),
  promiseKept: mk({
    firstResponseAt: at(5),
    routedAt: at(5),
    promisedBy: at(9000),
    resolvedAt: at(8000),
    rating: 4,
  }),
  resolvedLate: mk({ firstResponseAt: at(5), routedAt: at(5), promisedBy: at(9000), resolvedAt: at(9001) }),
};
// Instants around every threshold: the sanction line (24 h), the working-day deadlines, the promise.
const instants = [
  0,
  10,
  1439,
  1440,
  1441,
  2 * 1440,
  4 * 1440,
  6 * 1440,
  8 * 1440,
  10 * 1440,
  10 * 1440 + 1,
  30 * 1440,
];

describe('later changes and the settled rule', () => {
  it.each(Object.entries(cases))(
    '%s: the facts at any time are the end-of-time facts minus the changes to come',
    (_, c) => {
      const boundaries = laterChanges(c, defaultSlaConfig, calendar).flatMap((ch) => [
        ch.at - 1,
        ch.at,
        ch.at + 1,
      ]);
      for (const ms of [...instants.map((m) => at(m).getTime()), ...boundaries]) {
        const now = new Date(ms);
        expect(rolled(c, now)).toEqual(sums(caseFacts(c, defaultSlaConfig, calendar, now)));
      }
    },
  );

  it('lists the sanction line, the LAPOR! deadlines and the promise still to come', () => {
    expect(
      laterChanges(cases.silent, defaultSlaConfig, calendar)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['follow_up', 'sanction', 'verify']);
    // Verify: the end of the 3rd working day after 1 April (Good Friday and the weekend off): Tue 7 April, 24:00 WIB.
    const verify = laterChanges(cases.silent, defaultSlaConfig, calendar).find((c) => c.kind === 'verify')!;
    expect(new Date(verify.at).toISOString()).toBe('2026-04-07T16:59:59.999Z');
    expect(laterChanges(cases.answeredLate, defaultSlaConfig, calendar)).toEqual([]);
    expect(laterChanges(cases.promised, defaultSlaConfig, calendar)).toEqual([
      { kind: 'promise', at: at(10 * 24 * 60).getTime() },
    ]);
    expect(laterChanges(cases.promiseKept, defaultSlaConfig, calendar)).toEqual([]);
  });

  it('calls a case settled once no change is still to come', () => {
    expect(isSettled(cases.answeredLate, defaultSlaConfig, calendar, at(0))).toBe(true);
    expect(isSettled(cases.silent, defaultSlaConfig, calendar, at(1441))).toBe(false); // verify not yet due
    expect(isSettled(cases.silent, defaultSlaConfig, calendar, new Date(received.getTime() + 30 * DAY))).toBe(
      true,
    );
    expect(isSettled(cases.promised, defaultSlaConfig, calendar, at(10 * 24 * 60))).toBe(false); // the promise's own instant
    expect(isSettled(cases.promised, defaultSlaConfig, calendar, at(10 * 24 * 60 + 1))).toBe(true);
    // A settled case's facts no longer move.
    const later = new Date(received.getTime() + 300 * DAY);
    expect(caseFacts(cases.silent, defaultSlaConfig, calendar, later)).toEqual(
      caseFacts(cases.silent, defaultSlaConfig, calendar, new Date(received.getTime() + 30 * DAY)),
    );
  });
});
