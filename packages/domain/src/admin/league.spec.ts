import { defaultSlaConfig, slaConfigSchema } from '../cases/sla.js';
import { WorkingCalendar } from '../cases/working-days.js';
import { type StatCase, caseFacts, hasFigure } from './case-facts.js';
import { leagueRow, leagueRowsBy } from './league.js';

const MIN = 60_000;
// Wednesday 1 April 2026, 09:00 WIB. Good Friday, 3 April 2026, is a holiday.
const received = new Date('2026-04-01T02:00:00Z');
const now = new Date('2026-04-20T00:00:00Z');
const calendar = new WorkingCalendar([{ date: '2026-04-03' }]);
const at = (minutes: number) => new Date(received.getTime() + minutes * MIN);

let n = 0;
function mk(overrides: Partial<StatCase> = {}): StatCase {
  n++;
  return {
    id: `c${n}`,
    trackingCode: `LRG-AAAA-${String(n).padStart(4, '0')}`,
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
    routedAt: at(30),
    firstResponseAt: null,
    promisedBy: null,
    resolvedAt: null,
    closedAt: null,
    ...overrides,
  };
}
const facts = (c: StatCase, config = defaultSlaConfig) => caseFacts(c, config, calendar, now);

describe('league figures (hand-computed)', () => {
  it('median and p90 by nearest rank with ties; reward, sanction and shares', () => {
    const cases = [5, 10, 10, 30, 2000, null].map((m) => mk({ firstResponseAt: m === null ? null : at(m) }));
    const row = leagueRow(cases.map((c) => facts(c)));
    // answered, sorted: 5 10 10 30 2000 → median rank 3 = 10, p90 rank 5 = 2000
    expect(row).toMatchObject({
      cases: 6,
      answered: 5,
      medianFirstResponseMinutes: 10,
      p90FirstResponseMinutes: 2000,
      reward: 3, // 5, 10, 10 (≤ 10 minutes)
      rewardShare: 0.5,
      sanction: 2, // 2000 minutes, and the unanswered case 19 days later
    });
    expect(cases.map((c) => facts(c).mark)).toEqual([
      'reward',
      'reward',
      'reward',
      'neutral',
      'sanction',
      'sanction',
    ]);
  });

  it('an empty period has counts of zero and no medians or shares', () => {
    expect(leagueRow([])).toEqual({
      cases: 0,
      answered: 0,
      medianFirstResponseMinutes: null,
      p90FirstResponseMinutes: null,
      reward: 0,
      rewardShare: null,
      sanction: 0,
      verifyDue: 0,
      verifyOnTime: 0,
      followUpDue: 0,
      followUpOnTime: 0,
      workingDayCompliance: null,
      promisesDue: 0,
      promisesKept: 0,
      ratings: 0,
      satisfaction: null,
    });
  });

  it('thresholds come from the category configuration', () => {
    const strict = slaConfigSchema.parse({ rewardMinutes: 5, sanctionMinutes: 20 });
    const c = mk({ firstResponseAt: at(10) });
    expect(facts(c).mark).toBe('reward');
    expect(facts(c, strict).mark).toBe('neutral');
    expect(facts(mk({ firstResponseAt: at(30) }), strict).mark).toBe('sanction');
  });

  it('counts working days around a holiday and a weekend', () => {
    // 3 working days after Wed 1 April: Thu 2, (Fri 3 holiday, weekend), Mon 6, Tue 7 → end of Tue 7 WIB.
    const routedTuesday = mk({ routedAt: new Date('2026-04-07T08:00:00Z'), firstResponseAt: at(5) });
    expect(facts(routedTuesday).verifiedInTime).toBe(true);
    // Without the holiday the deadline was the end of Monday 6: late.
    const noHoliday = caseFacts(routedTuesday, defaultSlaConfig, new WorkingCalendar([]), now);
    expect(noHoliday.verifiedInTime).toBe(false);
    // 5 working days: Thu 2, Mon 6, Tue 7, Wed 8, Thu 9 → end of Thursday 9 April WIB (16:59:59.999Z).
    const answeredThursday = mk({ firstResponseAt: new Date('2026-04-09T16:59:00Z') });
    const answeredFriday = mk({ firstResponseAt: new Date('2026-04-09T17:01:00Z') });
    expect(facts(answeredThursday).followedUpInTime).toBe(true);
    expect(facts(answeredFriday).followedUpInTime).toBe(false);
    const row = leagueRow([routedTuesday, answeredThursday, answeredFriday].map((c) => facts(c)));
    expect(row).toMatchObject({ verifyDue: 3, verifyOnTime: 3, followUpDue: 3, followUpOnTime: 2 });
    expect(row.workingDayCompliance).toBeCloseTo(5 / 6);
  });

  it('a case not yet due for a deadline does not count in its compliance', () => {
    const fresh = mk({ routedAt: null });
    const early = caseFacts(fresh, defaultSlaConfig, calendar, at(60));
    expect(early.verifiedInTime).toBeNull();
    expect(leagueRow([early])).toMatchObject({ verifyDue: 0, followUpDue: 0, workingDayCompliance: null });
  });

  it('promises kept and broken, satisfaction from ratings', () => {
    const kept = mk({
      promisedBy: new Date('2026-04-10T16:59:59.999Z'),
      resolvedAt: new Date('2026-04-09T03:00:00Z'),
      status: 'selesai',
      rating: 4,
    });
    const broken = mk({ promisedBy: new Date('2026-04-08T16:59:59.999Z') });
    const lateResolve = mk({
      promisedBy: new Date('2026-04-08T16:59:59.999Z'),
      resolvedAt: new Date('2026-04-09T03:00:00Z'),
      rating: 5,
    });
    const notYet = caseFacts(
      mk({ promisedBy: new Date('2026-05-01T16:59:59.999Z') }),
      defaultSlaConfig,
      calendar,
      now,
    );
    const row = leagueRow([...[kept, broken, lateResolve].map((c) => facts(c)), notYet]);
    expect(row).toMatchObject({ promisesDue: 3, promisesKept: 1, ratings: 2, satisfaction: 4.5 });
    expect(hasFigure(facts(broken), 'promise_broken')).toBe(true);
    expect(hasFigure(notYet, 'promise_broken')).toBe(false);
  });

  it('a rerouted case counts for the agency holding it, with the first-response clock of its receipt', () => {
    // Received by A, rerouted to B after 2 hours, answered by B after 3 hours in all.
    const rerouted = mk({ agencyId: 'B', routedAt: at(120), firstResponseAt: at(180) });
    const stayed = mk({ agencyId: 'A', firstResponseAt: at(8) });
    const rows = leagueRowsBy([rerouted, stayed].map((c) => ({ key: c.agencyId, facts: facts(c) })));
    expect(rows.get('B')).toMatchObject({ cases: 1, medianFirstResponseMinutes: 180, reward: 0 });
    expect(rows.get('A')).toMatchObject({ cases: 1, medianFirstResponseMinutes: 8, reward: 1 });
  });
});
