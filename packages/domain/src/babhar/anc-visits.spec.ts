import { formatCalendarDate } from '../common/calendar-date.js';
import {
  type AncContactFacts,
  ancVisitCodes,
  ancVisits,
  isK1Akses,
  isK1Murni,
  visitNumberOf,
} from './anc-visits.js';
import { defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';

// HPHT 1 Jan 2025: TM1 to 1 Apr (12w6d), TM2 2 Apr (13w0d) to 24 Jun (24w6d), TM3 from 25 Jun (25w0d).
const pregnancy = { hpht: d('2025-01-01') };
const bidan = (date: string, extra: Partial<AncContactFacts> = {}): AncContactFacts => ({
  date: d(date),
  provider: 'bidan',
  ...extra,
});
const doctor = (date: string, ultrasound = true): AncContactFacts => ({
  date: d(date),
  provider: 'doctor',
  ultrasound,
});

describe('K-codes', () => {
  it('codes a first contact in TM1 K1M (K1 murni, which is also a K1 akses)', () => {
    expect(ancVisitCodes(pregnancy, [bidan('2025-03-01')], config)).toEqual(['K1M']);
    expect(isK1Murni('K1M')).toBe(true);
    expect(isK1Akses('K1M')).toBe(true);
  });

  it('codes a first contact after TM1 K1A (K1 akses only)', () => {
    expect(ancVisitCodes(pregnancy, [bidan('2025-05-01')], config)).toEqual(['K1A']);
    expect(ancVisitCodes(pregnancy, [bidan('2025-08-01')], config)).toEqual(['K1A']);
    expect(isK1Murni('K1A')).toBe(false);
    expect(isK1Akses('K1A')).toBe(true);
    expect(isK1Akses('K2')).toBe(false);
  });

  it('puts the TM1 boundary between 12w6d (K1M) and 13w0d (K1A)', () => {
    expect(ancVisitCodes(pregnancy, [bidan('2025-04-01')], config)).toEqual(['K1M']);
    expect(ancVisitCodes(pregnancy, [bidan('2025-04-02')], config)).toEqual(['K1A']);
    expect(ancVisitCodes(pregnancy, [bidan('2025-01-01')], config)).toEqual(['K1M']);
  });

  it('numbers later contacts K2…K6 and continues past K6', () => {
    const dates = [
      '2025-02-15',
      '2025-04-15',
      '2025-05-20',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-09-20',
      '2025-10-01',
    ];
    expect(
      ancVisitCodes(
        pregnancy,
        dates.map((x) => bidan(x)),
        config,
      ),
    ).toEqual(['K1M', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']);
    expect(visitNumberOf('K1M')).toBe(1);
    expect(visitNumberOf('K1A')).toBe(1);
    expect(visitNumberOf('K6')).toBe(6);
    expect(visitNumberOf('K12')).toBe(12);
  });

  it('numbers a K2 after a late K1A', () => {
    expect(ancVisitCodes(pregnancy, [bidan('2025-05-01'), bidan('2025-06-01')], config)).toEqual([
      'K1A',
      'K2',
    ]);
  });

  it('orders contacts by date and answers in the order given', () => {
    const contacts = [bidan('2025-06-01'), bidan('2025-02-01'), bidan('2025-04-10')];
    expect(ancVisitCodes(pregnancy, contacts, config)).toEqual(['K3', 'K1M', 'K2']);
    expect(ancVisits(pregnancy, contacts, config).map((v) => v.contactIndexes)).toEqual([[1], [2], [0]]);
  });

  it('makes contacts on the same day one visit with one code', () => {
    const contacts = [bidan('2025-03-01'), doctor('2025-03-01'), bidan('2025-05-01')];
    expect(ancVisitCodes(pregnancy, contacts, config)).toEqual(['K1M', 'K1M', 'K2']);
    const visits = ancVisits(pregnancy, contacts, config);
    expect(visits).toHaveLength(2);
    expect(visits[0]).toMatchObject({
      number: 1,
      byDoctor: true,
      doctorWithUltrasound: true,
      contactIndexes: [0, 1],
    });
  });

  it('needs the doctor and the ultrasound at the same contact', () => {
    const visit = (contacts: AncContactFacts[]) => ancVisits(pregnancy, contacts, config)[0];
    expect(visit([doctor('2025-03-01', false)])).toMatchObject({
      byDoctor: true,
      doctorWithUltrasound: false,
    });
    expect(visit([bidan('2025-03-01', { ultrasound: true })])).toMatchObject({
      byDoctor: false,
      doctorWithUltrasound: false,
    });
    expect(visit([bidan('2025-03-01', { ultrasound: true }), doctor('2025-03-01', false)])).toMatchObject({
      byDoctor: true,
      doctorWithUltrasound: false,
    });
    expect(visit([{ date: d('2025-03-01'), provider: 'doctor' }]).doctorWithUltrasound).toBe(false);
  });

  it('gives each visit its gestational age and trimester', () => {
    const visits = ancVisits(
      pregnancy,
      [bidan('2025-04-01'), bidan('2025-06-24'), bidan('2025-06-25')],
      config,
    );
    expect(visits.map((v) => [v.gestationalAgeDays, v.trimester, formatCalendarDate(v.date)])).toEqual([
      [90, 1, '2025-04-01'],
      [174, 2, '2025-06-24'],
      [175, 3, '2025-06-25'],
    ]);
  });

  it('dates by the ultrasound when there is one', () => {
    // USG HPL 15 Oct 2025 → equivalent HPHT 8 Jan 2025: 8 Apr is 12w6d by USG (13w6d by HPHT).
    const withUsg = { hpht: d('2025-01-01'), usgHpl: d('2025-10-15') };
    expect(ancVisitCodes(pregnancy, [bidan('2025-04-08')], config)).toEqual(['K1A']);
    expect(ancVisitCodes(withUsg, [bidan('2025-04-08')], config)).toEqual(['K1M']);
  });

  it('gives no code to a contact after the outcome (it is not ANC)', () => {
    const ended = { ...pregnancy, outcomeDate: d('2025-09-10') };
    expect(
      ancVisitCodes(ended, [bidan('2025-09-01'), bidan('2025-09-10'), bidan('2025-09-15')], config),
    ).toEqual(['K1A', 'K2', null]);
  });

  it('has no visits without contacts', () => {
    expect(ancVisits(pregnancy, [], config)).toEqual([]);
    expect(ancVisitCodes(pregnancy, [], config)).toEqual([]);
  });
});
