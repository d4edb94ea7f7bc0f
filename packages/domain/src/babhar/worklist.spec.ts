import type { AncContactFacts } from './anc-visits.js';
import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import { type WorklistFacts, worklistMembership, worklistReasonLabels, worklistReasons } from './worklist.js';

// HPHT 1 Jan 2025: TM1 to 1 Apr (day 90), TM2 to 24 Jun (day 174), TM3 to the due date 8 Oct (day 280).
const pregnancy = { hpht: d('2025-01-01'), status: 'active' as const };
const bidan = (date: string, next?: string): AncContactFacts => ({
  date: d(date),
  provider: 'bidan',
  nextContactDate: next ? d(next) : null,
});
const doctor = (date: string, next?: string): AncContactFacts => ({
  date: d(date),
  provider: 'doctor',
  ultrasound: true,
  nextContactDate: next ? d(next) : null,
});
const facts = (contacts: AncContactFacts[], extra: Partial<WorklistFacts> = {}): WorklistFacts => ({
  pregnancy,
  contacts,
  ...extra,
});
const reasons = (f: WorklistFacts, on: string, c = config) =>
  worklistMembership(f, d(on), c).entries.map((e) => [e.reason, e.tone]);

describe('worklist membership', () => {
  it('lists a pregnancy not yet seen (K1): blue while K1 murni is possible, red after TM1', () => {
    expect(reasons(facts([]), '2025-02-01')).toEqual([['not_yet_k1', 'blue']]);
    expect(reasons(facts([]), '2025-05-01')).toEqual([
      ['not_yet_k1', 'red'],
      ['doctor_ultrasound_missing', 'red'],
    ]);
    const result = worklistMembership(facts([]), d('2025-02-01'), config);
    expect(result).toMatchObject({ member: true, tone: 'blue' });
    expect(result.entries[0].label).toEqual(worklistReasonLabels.not_yet_k1);
  });

  it('warns while TM1 is ending without a contact or a doctor with ultrasound', () => {
    // 25 Mar is day 83: 90 − 83 + 1 = 8 days left.
    const result = worklistMembership(facts([]), d('2025-03-25'), config);
    expect(result.entries).toEqual([
      expect.objectContaining({ reason: 'not_yet_k1', tone: 'blue' }),
      expect.objectContaining({
        reason: 'doctor_ultrasound_missing',
        tone: 'blue',
        trimester: 1,
        daysLeft: 8,
      }),
      expect.objectContaining({ reason: 'trimester_at_risk', tone: 'blue', trimester: 1, daysLeft: 8 }),
    ]);
  });

  it('marks a trimester at risk from 14 days left (today included) while contacts are owed', () => {
    const contacts = [doctor('2025-02-01'), bidan('2025-05-01')];
    // 11 Jun is day 161: 174 − 161 + 1 = 14 days left in TM2; 10 Jun leaves 15.
    expect(worklistMembership(facts(contacts), d('2025-06-11'), config).entries).toEqual([
      expect.objectContaining({ reason: 'trimester_at_risk', tone: 'blue', trimester: 2, daysLeft: 14 }),
    ]);
    expect(worklistMembership(facts(contacts), d('2025-06-10'), config)).toEqual({
      member: false,
      tone: null,
      entries: [],
    });
    const paid = [...contacts, bidan('2025-06-05')];
    expect(reasons(facts(paid), '2025-06-11')).toEqual([]);
  });

  it('takes the at-risk days from configuration', () => {
    const contacts = [doctor('2025-02-01'), bidan('2025-05-01')];
    const week = babharConfigSchema.parse({ worklist: { trimesterAtRiskDays: 7 } });
    expect(reasons(facts(contacts), '2025-06-11', week)).toEqual([]);
    expect(reasons(facts(contacts), '2025-06-18', week)).toEqual([['trimester_at_risk', 'blue']]);
  });

  it('warns when TM3 is ending without a doctor with ultrasound, and flags it red once missing', () => {
    const contacts = [
      doctor('2025-03-01'),
      bidan('2025-05-01'),
      bidan('2025-06-01'),
      bidan('2025-07-15'),
      bidan('2025-08-15'),
      bidan('2025-09-15'),
    ];
    // 26 Sep is day 268: 280 − 268 + 1 = 13 days left before the due date.
    expect(worklistMembership(facts(contacts), d('2025-09-26'), config).entries).toEqual([
      expect.objectContaining({
        reason: 'doctor_ultrasound_missing',
        tone: 'blue',
        trimester: 3,
        daysLeft: 13,
      }),
    ]);
    expect(reasons(facts(contacts), '2025-09-20')).toEqual([]);
    expect(reasons(facts([bidan('2025-03-01')]), '2025-04-02')).toEqual([
      ['doctor_ultrasound_missing', 'red'],
    ]);
  });

  it('flags the next contact date: due within 14 days (blue), overdue once passed (red)', () => {
    const contacts = [doctor('2025-02-01', '2025-03-01')];
    expect(reasons(facts(contacts), '2025-02-14')).toEqual([]);
    expect(worklistMembership(facts(contacts), d('2025-02-15'), config).entries).toEqual([
      expect.objectContaining({ reason: 'due_soon', tone: 'blue', date: d('2025-03-01') }),
    ]);
    expect(reasons(facts(contacts), '2025-03-01')).toEqual([['due_soon', 'blue']]);
    expect(worklistMembership(facts(contacts), d('2025-03-02'), config)).toMatchObject({
      member: true,
      tone: 'red',
      entries: [expect.objectContaining({ reason: 'overdue', tone: 'red', date: d('2025-03-01') })],
    });
  });

  it('takes the due window from configuration', () => {
    const contacts = [doctor('2025-02-01', '2025-03-01')];
    const three = babharConfigSchema.parse({ worklist: { dueSoonDays: 3 } });
    expect(reasons(facts(contacts), '2025-02-25', three)).toEqual([]);
    expect(reasons(facts(contacts), '2025-02-26', three)).toEqual([['due_soon', 'blue']]);
  });

  it('reads the next date from the latest contact only', () => {
    const kept = [doctor('2025-02-01', '2025-03-01'), bidan('2025-03-05', '2025-05-20')];
    expect(reasons(facts(kept), '2025-03-10')).toEqual([]);
    const unset = [doctor('2025-02-01', '2025-03-01'), bidan('2025-03-05')];
    expect(reasons(facts(unset), '2025-03-10')).toEqual([]);
    const unordered = [bidan('2025-03-05', '2025-03-20'), doctor('2025-02-01', '2025-02-10')];
    expect(reasons(facts(unordered), '2025-03-10')).toEqual([['due_soon', 'blue']]);
  });

  it('ignores contacts recorded after the date asked about', () => {
    expect(reasons(facts([doctor('2025-03-01')]), '2025-02-01')).toEqual([['not_yet_k1', 'blue']]);
  });

  it('lists high risk: KRT blue, KRST red, KRR not', () => {
    const seen = [doctor('2025-02-01')];
    expect(reasons(facts(seen, { ksprCategory: 'KRT' }), '2025-02-05')).toEqual([['high_risk', 'blue']]);
    expect(reasons(facts(seen, { ksprCategory: 'KRST' }), '2025-02-05')).toEqual([['high_risk', 'red']]);
    expect(reasons(facts(seen, { ksprCategory: 'KRR' }), '2025-02-05')).toEqual([]);
    expect(reasons(facts(seen, { ksprCategory: null }), '2025-02-05')).toEqual([]);
  });

  it('puts an open danger-sign report first, in red', () => {
    const result = worklistMembership(
      facts([], { openDangerSignReports: 1, ksprCategory: 'KRT' }),
      d('2025-02-01'),
      config,
    );
    expect(result.entries.map((e) => [e.reason, e.tone])).toEqual([
      ['danger_sign', 'red'],
      ['not_yet_k1', 'blue'],
      ['high_risk', 'blue'],
    ]);
    expect(result.tone).toBe('red');
    expect(reasons(facts([doctor('2025-02-01')], { openDangerSignReports: 0 }), '2025-02-05')).toEqual([]);
  });

  it('lists only active pregnancies: not delivered ones, nor one past HPHT + 308 days', () => {
    const lapsed = facts([doctor('2025-02-01', '2025-03-01')]);
    // HPHT + 308 = 5 Nov 2025 (day 309 of the year = 304 + 5).
    expect(worklistMembership(lapsed, d('2025-11-04'), config).member).toBe(true);
    expect(worklistMembership(lapsed, d('2025-11-05'), config)).toEqual({
      member: false,
      tone: null,
      entries: [],
    });
    for (const status of ['delivered', 'miscarriage', 'lost_to_follow_up'] as const) {
      expect(
        worklistMembership({ ...lapsed, pregnancy: { ...pregnancy, status } }, d('2025-03-02'), config)
          .member,
      ).toBe(false);
    }
  });

  it('labels every reason in both languages', () => {
    for (const reason of worklistReasons) {
      expect(worklistReasonLabels[reason].id.length).toBeGreaterThan(3);
      expect(worklistReasonLabels[reason].en.length).toBeGreaterThan(3);
    }
  });
});
