import { babharConfigSchema } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import { pregnancyRecordSchema, pregnancyRegistrationSchema } from './pregnancy.schema.js';

const today = d('2025-06-01');
const schema = pregnancyRegistrationSchema({ today });
const valid = {
  motherId: 'm-1',
  hpht: '2025-03-01',
  gravida: 2,
  para: 1,
  abortus: 0,
  lastBirthDate: '2022-05-10',
  puskesmasId: 'pkm-pamekasan',
};
const issues = (input: unknown, s = schema) =>
  s.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('pregnancy registration', () => {
  it('accepts HPHT, G/P/A, last birth and puskesmas', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, usgHpl: '2025-12-01', bidanId: 'u-9' })).toEqual([]);
  });

  it('counts this pregnancy in gravida: P + A ≤ G − 1', () => {
    expect(issues({ ...valid, gravida: 1, para: 0, abortus: 0, lastBirthDate: undefined })).toEqual([]);
    expect(issues({ ...valid, gravida: 1, para: 1 })).toEqual([['gravida', 'gpa_inconsistent']]);
    expect(issues({ ...valid, gravida: 3, para: 1, abortus: 1 })).toEqual([]);
    expect(issues({ ...valid, gravida: 3, para: 2, abortus: 1 })).toEqual([['gravida', 'gpa_inconsistent']]);
    expect(schema.safeParse({ ...valid, gravida: 0 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, para: -1 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, para: 1.5 }).success).toBe(false);
  });

  it('refuses an HPHT in the future or past the lost-to-follow-up limit (308 days)', () => {
    expect(issues({ ...valid, hpht: '2025-06-02' })).toEqual([['hpht', 'date_future']]);
    expect(issues({ ...valid, hpht: '2025-06-01' })).toEqual([]);
    // 1 Jun 2025 − 308 days = 28 Jul 2024: that pregnancy closed today; a day later is still open.
    expect(issues({ ...valid, hpht: '2024-07-28' })).toEqual([['hpht', 'hpht_too_old']]);
    expect(issues({ ...valid, hpht: '2024-07-29' })).toEqual([]);
    expect(issues({ ...valid, hpht: '2025-02-30' })).toEqual([['hpht', 'date_invalid']]);
    const longer = pregnancyRegistrationSchema({
      today,
      config: babharConfigSchema.parse({ dates: { lostToFollowUpDays: 320 } }),
    });
    expect(issues({ ...valid, hpht: '2024-07-28' }, longer)).toEqual([]);
  });

  it('refuses an ultrasound due date that cannot be an ongoing pregnancy', () => {
    // Equivalent HPHT = USG HPL − 280. 2 Jun 2025 is day 153; 153 + 280 = 433 − 365 = 68 → 9 Mar 2026.
    // So 9 Mar 2026 puts the equivalent HPHT tomorrow; 8 Mar 2026 today.
    expect(issues({ ...valid, usgHpl: '2026-03-09' })).toEqual([['usgHpl', 'usg_hpl_implausible']]);
    expect(issues({ ...valid, usgHpl: '2026-03-08' })).toEqual([]);
    // 4 May 2025 − 280 = 28 Jul 2024: closed today.
    expect(issues({ ...valid, usgHpl: '2025-05-04' })).toEqual([['usgHpl', 'usg_hpl_implausible']]);
    expect(issues({ ...valid, usgHpl: '2025-05-05' })).toEqual([]);
  });

  it('refuses a last birth on or after HPHT', () => {
    expect(issues({ ...valid, lastBirthDate: '2025-03-01' })).toEqual([
      ['lastBirthDate', 'last_birth_after_hpht'],
    ]);
    expect(issues({ ...valid, lastBirthDate: '2025-02-28' })).toEqual([]);
  });

  it('does not take an HPL from the form (it is computed)', () => {
    expect(schema.safeParse({ ...valid, hpl: '2025-12-06' }).success).toBe(false);
  });

  it('describes the stored pregnancy with both due dates', () => {
    const record = {
      id: 'p-1',
      motherId: 'm-1',
      hpht: '2025-02-25',
      hpl: '2025-12-04',
      hpl280: '2025-12-02',
      usgHpl: null,
      gravida: 1,
      para: 0,
      abortus: 0,
      lastBirthDate: null,
      bidanId: null,
      puskesmasId: 'pkm-1',
      status: 'active',
      ksprTotal: 2,
      ksprCategory: 'KRR',
      closedOn: null,
      createdAt: '2025-03-20T01:00:00.000Z',
    };
    expect(pregnancyRecordSchema.parse(record)).toEqual(record);
    expect(pregnancyRecordSchema.safeParse({ ...record, status: 'hamil' }).success).toBe(false);
  });
});
