import { formatCalendarDate } from '../common/calendar-date.js';
import {
  ancCompliance,
  ancSchedulePresets,
  requiredPerTrimester,
  scheduleCompliance,
} from './anc-schedule.js';
import type { AncContactFacts } from './anc-visits.js';
import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';

// HPHT 1 Jan 2025: TM1 1 Jan–1 Apr (days 0–90), TM2 2 Apr–24 Jun (91–174), TM3 from 25 Jun (175), due 8 Oct (280).
const pregnancy = { hpht: d('2025-01-01') };
const bidan = (date: string): AncContactFacts => ({ date: d(date), provider: 'bidan' });
const doctor = (date: string, ultrasound = true): AncContactFacts => ({
  date: d(date),
  provider: 'doctor',
  ultrasound,
});

/** 1-2-3 with a doctor and ultrasound in TM1 and TM3. */
const ideal = [
  doctor('2025-03-01'),
  bidan('2025-05-01'),
  bidan('2025-06-01'),
  bidan('2025-07-15'),
  doctor('2025-08-15'),
  bidan('2025-09-15'),
];

const summary = (c: ReturnType<typeof scheduleCompliance>) =>
  c.trimesters.map((t) => [t.status, t.required, t.done, t.owed, t.daysLeft]);

describe('schedule presets', () => {
  it('has 1-2-3 (PMK 21/2021) as the default, 2-1-3, WHO 8 and the older K4 1-1-2', () => {
    expect(config.anc.schedule).toBe('pmk-1-2-3');
    expect(config.anc.comparisonSchedule).toBe('k4-1-1-2');
    expect(requiredPerTrimester('pmk-1-2-3', config)).toEqual([1, 2, 3]);
    expect(requiredPerTrimester('kia-2-1-3', config)).toEqual([2, 1, 3]);
    expect(requiredPerTrimester('k4-1-1-2', config)).toEqual([1, 1, 2]);
    expect(ancSchedulePresets['who-8'].contactWeeks).toEqual([12, 20, 26, 30, 34, 36, 38, 40]);
    expect(ancSchedulePresets['who-8'].returnWeek).toBe(41);
  });

  it('sorts WHO’s contact weeks into the configured trimesters (1-1-6 on Buku KIA trimesters)', () => {
    expect(requiredPerTrimester('who-8', config)).toEqual([1, 1, 6]);
    const whoTrimesters = babharConfigSchema.parse({
      dates: { trimester2FromWeek: 14, trimester3FromWeek: 28 },
    });
    expect(requiredPerTrimester('who-8', whoTrimesters)).toEqual([1, 2, 5]);
  });

  it('does not let a caller change a preset through the returned split', () => {
    requiredPerTrimester('pmk-1-2-3', config)[0] = 9;
    expect(requiredPerTrimester('pmk-1-2-3', config)).toEqual([1, 2, 3]);
  });
});

describe('ANC compliance (PMK 21/2021)', () => {
  it('is compliant with 1-2-3 and a doctor with ultrasound in TM1 and TM3', () => {
    // 20 Sep 2025 is day 262: 280 − 262 + 1 = 19 days left in TM3.
    const c = ancCompliance(pregnancy, ideal, d('2025-09-20'), config);
    expect(c.schedule).toBe('pmk-1-2-3');
    expect(c.requiredTotal).toBe(6);
    expect(c.doneTotal).toBe(6);
    expect(summary(c)).toEqual([
      ['past', 1, 1, 0, 0],
      ['past', 2, 2, 0, 0],
      ['current', 3, 3, 0, 19],
    ]);
    expect(
      c.trimesters.map((t) => [formatCalendarDate(t.firstDate), formatCalendarDate(t.lastDate)]),
    ).toEqual([
      ['2025-01-01', '2025-04-01'],
      ['2025-04-02', '2025-06-24'],
      ['2025-06-25', '2025-10-08'],
    ]);
    expect(c.doctorUltrasound).toEqual([
      { trimester: 1, status: 'met', date: d('2025-03-01'), daysLeft: 0 },
      { trimester: 3, status: 'met', date: d('2025-08-15'), daysLeft: 19 },
    ]);
    expect(c.compliant).toBe(true);
    expect(c.onTrack).toBe(true);
    expect(c.visits.map((v) => v.code)).toEqual(['K1M', 'K2', 'K3', 'K4', 'K5', 'K6']);
  });

  it('reports the older K4 (1-1-2) beside it, without the doctor contacts', () => {
    const c = ancCompliance(pregnancy, ideal, d('2025-09-20'), config);
    expect(c.comparison.schedule).toBe('k4-1-1-2');
    expect(c.comparison.requiredTotal).toBe(4);
    expect(c.comparison.doctorUltrasound).toEqual([]);
    expect(c.comparison.compliant).toBe(true);
    const noDoctor = ideal.map((x) => ({ ...x, provider: 'bidan' as const }));
    const c2 = ancCompliance(pregnancy, noDoctor, d('2025-09-20'), config);
    expect(c2.compliant).toBe(false);
    expect(c2.comparison.compliant).toBe(true);
  });

  it('is not compliant without the doctor and ultrasound, and says which is missing', () => {
    const withoutUsg = ideal.map((x, i) => (i === 4 ? doctor('2025-08-15', false) : x));
    const c = ancCompliance(pregnancy, withoutUsg, d('2025-09-20'), config);
    expect(summary(c).every(([, , , owed]) => owed === 0)).toBe(true);
    expect(c.doctorUltrasound.map((x) => x.status)).toEqual(['met', 'pending']);
    expect(c.compliant).toBe(false);
    expect(c.onTrack).toBe(true);
    const delivered = ancCompliance(
      { ...pregnancy, outcomeDate: d('2025-09-25') },
      withoutUsg,
      d('2025-10-01'),
      config,
    );
    expect(delivered.doctorUltrasound.map((x) => x.status)).toEqual(['met', 'missing']);
    expect(delivered.onTrack).toBe(false);
  });

  it('counts what is still owed and the days left early in a pregnancy', () => {
    // 1 Feb 2025 is day 31: 90 − 31 + 1 = 60 days left in TM1; TM2 has 84 days, TM3 106 to the due date.
    const c = scheduleCompliance(pregnancy, [], d('2025-02-01'), config);
    expect(summary(c)).toEqual([
      ['current', 1, 0, 1, 60],
      ['future', 2, 0, 2, 84],
      ['future', 3, 0, 3, 106],
    ]);
    expect(c.doctorUltrasound.map((x) => x.status)).toEqual(['pending', 'pending']);
    expect(c.compliant).toBe(false);
    expect(c.onTrack).toBe(true);
  });

  it('counts today as a day left: 1 on the last day of TM1, 14 on day 77', () => {
    expect(scheduleCompliance(pregnancy, [], d('2025-04-01'), config).trimesters[0]).toMatchObject({
      status: 'current',
      daysLeft: 1,
    });
    expect(scheduleCompliance(pregnancy, [], d('2025-03-19'), config).trimesters[0].daysLeft).toBe(14);
  });

  it('marks TM1 past and the doctor contact missing from 13w0d', () => {
    const c = scheduleCompliance(pregnancy, [bidan('2025-03-01')], d('2025-04-02'), config);
    expect(c.trimesters[0]).toMatchObject({ status: 'past', owed: 0, daysLeft: 0 });
    expect(c.trimesters[1]).toMatchObject({ status: 'current', daysLeft: 84 });
    expect(c.doctorUltrasound[0]).toMatchObject({ trimester: 1, status: 'missing', date: null });
    expect(c.onTrack).toBe(false);
    const none = scheduleCompliance(pregnancy, [], d('2025-04-02'), config);
    expect(none.trimesters[0].owed).toBe(1);
    expect(none.onTrack).toBe(false);
  });

  it('keeps TM3 current after the due date with no days left', () => {
    const c = scheduleCompliance(pregnancy, ideal.slice(0, 4), d('2025-10-10'), config);
    expect(c.trimesters[2]).toMatchObject({ status: 'current', done: 1, owed: 2, daysLeft: 0 });
  });

  it('does not let extra contacts in one trimester make up for another', () => {
    const contacts = [doctor('2025-02-01'), bidan('2025-02-15'), bidan('2025-03-01'), bidan('2025-07-01')];
    const c = scheduleCompliance(pregnancy, contacts, d('2025-07-02'), config);
    expect(summary(c)).toEqual([
      ['past', 1, 3, 0, 0],
      ['past', 2, 0, 2, 0],
      ['current', 3, 1, 2, 99],
    ]);
    expect(c.onTrack).toBe(false);
  });

  it('counts contacts on one day once', () => {
    const c = scheduleCompliance(
      pregnancy,
      [bidan('2025-05-01'), doctor('2025-05-01')],
      d('2025-05-02'),
      config,
    );
    expect(c.trimesters[1].done).toBe(1);
    expect(c.doneTotal).toBe(1);
  });

  it('ignores contacts after the evaluation date', () => {
    const c = scheduleCompliance(pregnancy, ideal, d('2025-06-10'), config);
    expect(summary(c).map(([status, , done]) => [status, done])).toEqual([
      ['past', 1],
      ['current', 2],
      ['future', 0],
    ]);
  });

  it('judges a 2-1-3 schedule and WHO 8 from configuration', () => {
    const kia = babharConfigSchema.parse({ anc: { schedule: 'kia-2-1-3' } });
    const c = ancCompliance(pregnancy, ideal, d('2025-09-20'), kia);
    expect(summary(c).map(([, required, done, owed]) => [required, done, owed])).toEqual([
      [2, 1, 1],
      [1, 2, 0],
      [3, 3, 0],
    ]);
    expect(c.compliant).toBe(false);
    const who = babharConfigSchema.parse({ anc: { schedule: 'who-8' } });
    const w = ancCompliance(pregnancy, ideal, d('2025-09-20'), who);
    expect(w.requiredTotal).toBe(8);
    expect(w.trimesters[2]).toMatchObject({ required: 6, done: 3, owed: 3 });
    expect(w.compliant).toBe(false);
  });

  it('takes the doctor trimesters from configuration', () => {
    const allBidan = ideal.map((x) => ({ ...x, provider: 'bidan' as const }));
    const none = babharConfigSchema.parse({ anc: { doctorUltrasoundTrimesters: [] } });
    expect(ancCompliance(pregnancy, allBidan, d('2025-09-20'), none).compliant).toBe(true);
    const tm2 = babharConfigSchema.parse({ anc: { doctorUltrasoundTrimesters: [2, 2] } });
    expect(ancCompliance(pregnancy, ideal, d('2025-09-20'), tm2).doctorUltrasound).toEqual([
      { trimester: 2, status: 'missing', date: null, daysLeft: 0 },
    ]);
  });

  describe('after the pregnancy ends', () => {
    it('closes every reached trimester at the outcome and ignores later contacts', () => {
      // Delivered 1 Aug 2025 (day 212) with one TM3 contact; a contact after delivery is not ANC.
      const delivered = { ...pregnancy, outcomeDate: d('2025-08-01') };
      const contacts = [...ideal.slice(0, 4), doctor('2025-08-15')];
      const c = ancCompliance(delivered, contacts, d('2025-09-01'), config);
      expect(summary(c)).toEqual([
        ['past', 1, 1, 0, 0],
        ['past', 2, 2, 0, 0],
        ['past', 3, 1, 2, 0],
      ]);
      expect(c.doneTotal).toBe(4);
      expect(c.doctorUltrasound.map((x) => x.status)).toEqual(['met', 'missing']);
      expect(c.compliant).toBe(false);
      expect(c.comparison.compliant).toBe(false);
    });

    it('marks trimesters never reached (a miscarriage in TM1)', () => {
      const miscarriage = { ...pregnancy, outcomeDate: d('2025-03-15') };
      const c = ancCompliance(miscarriage, [bidan('2025-03-01')], d('2025-04-01'), config);
      expect(summary(c)).toEqual([
        ['past', 1, 1, 0, 0],
        ['not_reached', 2, 0, 2, 0],
        ['not_reached', 3, 0, 3, 0],
      ]);
      expect(c.doctorUltrasound.map((x) => x.status)).toEqual(['missing', 'not_applicable']);
      expect(c.compliant).toBe(false);
      expect(c.onTrack).toBe(false);
    });

    it('judges as of the evaluation date while the outcome is still ahead of it', () => {
      const delivered = { ...pregnancy, outcomeDate: d('2025-10-01') };
      const c = scheduleCompliance(delivered, ideal, d('2025-09-20'), config);
      expect(c.trimesters[2].status).toBe('current');
      expect(c.compliant).toBe(true);
    });
  });
});
