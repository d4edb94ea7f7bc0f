import {
  ancContactRecordSchema,
  ancContactSchema,
  ancVisitCodeSchema,
  presentationLabels,
  presentations,
  tdStatusAfter,
} from './anc-contact.schema.js';
import { requireCalendarDate as d } from './dates.js';

const today = d('2025-06-01');
const schema = ancContactSchema({ today });
const valid = {
  date: '2025-05-20',
  provider: 'bidan',
  weightKg: 58.5,
  systolic: 110,
  diastolic: 70,
  lilaCm: 24,
  fundalHeightCm: 18,
  presentation: 'not_determined',
  fetalHeartRate: 140,
  tdStatus: 'T2',
  tdDoseGiven: 'T3',
  ironTablets: 30,
  lab: {
    hbGdl: 11.5,
    urineProtein: 'negative',
    bloodType: { abo: 'B' },
    hiv: 'non_reactive',
    syphilis: 'non_reactive',
    hepatitisB: 'not_tested',
  },
  ultrasound: false,
  counselling: ['nutrition', 'danger_signs'],
  dangerSignsChecked: true,
  nextContactDate: '2025-06-20',
};
const issues = (input: unknown, s = schema) =>
  s.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('ANC contact (10T)', () => {
  it('accepts a complete contact', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('fills the defaults of what was not given', () => {
    const { date, provider, weightKg, systolic, diastolic, tdStatus, dangerSignsChecked } = valid;
    const parsed = schema.parse({
      date,
      provider,
      weightKg,
      systolic,
      diastolic,
      tdStatus,
      dangerSignsChecked,
    });
    expect(parsed).toMatchObject({
      ironTablets: 0,
      ultrasound: false,
      counselling: [],
      dangerSignsFound: [],
    });
  });

  it('needs the height at the first contact only', () => {
    const first = ancContactSchema({ today, firstContact: true });
    expect(issues(valid, first)).toEqual([['heightCm', 'height_required_first']]);
    expect(issues({ ...valid, heightCm: 150 }, first)).toEqual([]);
    expect(issues(valid)).toEqual([]);
  });

  it('refuses a systolic pressure not above the diastolic', () => {
    expect(issues({ ...valid, systolic: 80, diastolic: 80 })).toEqual([['systolic', 'bp_inverted']]);
    expect(issues({ ...valid, systolic: 81, diastolic: 80 })).toEqual([]);
  });

  it('gives the next Td dose only: T0 → T1 … T4 → T5, none after T5', () => {
    expect(issues({ ...valid, tdStatus: 'T0', tdDoseGiven: 'T1' })).toEqual([]);
    expect(issues({ ...valid, tdStatus: 'T4', tdDoseGiven: 'T5' })).toEqual([]);
    expect(issues({ ...valid, tdStatus: 'T2', tdDoseGiven: 'T2' })).toEqual([
      ['tdDoseGiven', 'td_dose_inconsistent'],
    ]);
    expect(issues({ ...valid, tdStatus: 'T1', tdDoseGiven: 'T3' })).toEqual([
      ['tdDoseGiven', 'td_dose_inconsistent'],
    ]);
    expect(issues({ ...valid, tdStatus: 'T5', tdDoseGiven: 'T5' })).toEqual([
      ['tdDoseGiven', 'td_dose_inconsistent'],
    ]);
    expect(issues({ ...valid, tdStatus: 'T5', tdDoseGiven: undefined })).toEqual([]);
    expect(schema.safeParse({ ...valid, tdStatus: 'T6' }).success).toBe(false);
    expect(tdStatusAfter({ tdStatus: 'T2', tdDoseGiven: 'T3' })).toBe('T3');
    expect(tdStatusAfter({ tdStatus: 'T5' })).toBe('T5');
  });

  it('needs the next contact after this one, and this one not in the future', () => {
    expect(issues({ ...valid, nextContactDate: '2025-05-20' })).toEqual([
      ['nextContactDate', 'next_contact_not_after'],
    ]);
    expect(issues({ ...valid, nextContactDate: '2025-05-21' })).toEqual([]);
    expect(issues({ ...valid, date: '2025-06-02', nextContactDate: '2025-07-01' })).toEqual([
      ['date', 'date_future'],
    ]);
    expect(issues({ ...valid, date: '2025-06-31' })).toEqual([['date', 'date_invalid']]);
  });

  it('refuses a topic or danger sign twice, unknown values and unknown fields', () => {
    expect(issues({ ...valid, counselling: ['nutrition', 'nutrition'] })).toEqual([
      ['counselling', 'list_duplicate'],
    ]);
    expect(issues({ ...valid, dangerSignsFound: ['high_fever', 'high_fever'] })).toEqual([
      ['dangerSignsFound', 'list_duplicate'],
    ]);
    expect(schema.safeParse({ ...valid, dangerSignsFound: ['low_mood'] }).success).toBe(false);
    expect(schema.safeParse({ ...valid, provider: 'dukun' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, presentation: 'sideways' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, fetalHeartRate: 300 }).success).toBe(false);
    expect(schema.safeParse({ ...valid, visitCode: 'K1' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, lab: { hbGdl: 11, hiv: 'positive' } }).success).toBe(false);
  });

  it('records a referral with its destination and reason', () => {
    expect(
      issues({ ...valid, referral: { to: 'RSUD dr. H. Slamet Martodirdjo', reason: 'Preeklampsia berat' } }),
    ).toEqual([]);
    expect(schema.safeParse({ ...valid, referral: { to: 'RSUD' } }).success).toBe(false);
  });

  it('labels the presentations in both languages', () => {
    for (const p of presentations) expect(presentationLabels[p].id).toBeTruthy();
    expect(presentationLabels.breech).toEqual({ id: 'Sungsang', en: 'Breech' });
  });

  it('describes the stored contact with its visit code and gestational age', () => {
    const record = {
      ...schema.parse(valid),
      id: 'c-1',
      pregnancyId: 'p-1',
      visitCode: 'K1M',
      gestationalAgeDays: 80,
      recordedBy: 'u-1',
      createdAt: '2025-05-20T03:00:00.000Z',
    };
    expect(ancContactRecordSchema.parse(record)).toEqual(record);
    expect(
      ['K1M', 'K1A', 'K2', 'K6', 'K7', 'K10'].every((c) => ancVisitCodeSchema.safeParse(c).success),
    ).toBe(true);
    expect(['K1', 'K0', 'K01', 'KF1', 'k2'].some((c) => ancVisitCodeSchema.safeParse(c).success)).toBe(false);
  });
});
