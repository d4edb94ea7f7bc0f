import {
  babharConfigSchema,
  defaultBabharConfig,
  formatNumber,
  formatThreshold,
  meetsThreshold,
} from './config.js';

describe('e-Babhar configuration', () => {
  it('defaults to the current Buku KIA, PMK 21/2021 and KSPR card', () => {
    expect(defaultBabharConfig.dates).toEqual({
      naegeleNonexistentDay: 'overflow',
      trimester2FromWeek: 13,
      trimester3FromWeek: 25,
      trimester3LastDay: 280,
      lostToFollowUpDays: 308,
      termFromDays: 259,
      postTermAfterDays: 294,
    });
    expect(defaultBabharConfig.anc).toEqual({
      schedule: 'pmk-1-2-3',
      comparisonSchedule: 'k4-1-1-2',
      doctorUltrasoundTrimesters: [1, 3],
    });
    expect(defaultBabharConfig.worklist).toEqual({ trimesterAtRiskDays: 14, dueSoonDays: 14 });
    expect(defaultBabharConfig.kspr).toMatchObject({
      startScore: 2,
      highRisk: { op: '>=', value: 6 },
      veryHighRisk: { op: '>=', value: 12 },
      youngFirstPregnancyAge: { op: '<=', value: 16 },
      shortHeightCm: { op: '<=', value: 145 },
    });
    expect(defaultBabharConfig.flags).toMatchObject({
      systolic: { op: '>=', value: 140 },
      diastolic: { op: '>=', value: 90 },
      lilaCm: { op: '<', value: 23.5 },
      hbGdl: { op: '<', value: 11 },
      heightCm: { op: '<', value: 145 },
      fetalHeartRate: 'buku-kia',
      ironTabletsTarget: 90,
      tooYoungAge: { op: '<', value: 21 },
      tooOldAge: { op: '>', value: 35 },
    });
    expect(defaultBabharConfig.reports.targetFactor).toBe(1.1);
  });

  it('fills what a partial configuration leaves out', () => {
    const config = babharConfigSchema.parse({ worklist: { dueSoonDays: 7 }, kspr: { startScore: 2 } });
    expect(config.worklist).toEqual({ trimesterAtRiskDays: 14, dueSoonDays: 7 });
    expect(config.dates.lostToFollowUpDays).toBe(308);
  });

  it('refuses nonsense', () => {
    expect(babharConfigSchema.safeParse({ anc: { schedule: 'k9' } }).success).toBe(false);
    expect(babharConfigSchema.safeParse({ worklist: { dueSoonDays: -1 } }).success).toBe(false);
    expect(babharConfigSchema.safeParse({ kspr: { highRisk: { op: '=', value: 6 } } }).success).toBe(false);
    expect(babharConfigSchema.safeParse({ reports: { targetFactor: 0 } }).success).toBe(false);
    expect(babharConfigSchema.safeParse({ flags: { fetalHeartRate: { min: 160, max: 120 } } }).success).toBe(
      false,
    );
  });

  it('refuses boundaries out of order', () => {
    const paths = (input: unknown) =>
      babharConfigSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ dates: { trimester2FromWeek: 25 } })).toEqual(['dates.trimester3FromWeek']);
    expect(paths({ dates: { trimester3LastDay: 170 } })).toEqual(['dates.trimester3LastDay']);
    expect(paths({ dates: { termFromDays: 300 } })).toEqual(['dates.postTermAfterDays']);
    expect(paths({ postpartum: { KF2: { fromDay: 2, toDay: 7 } } })).toEqual(['postpartum.KF2']);
    expect(paths({ postpartum: { KF4: { fromDay: 42, toDay: 29 } } })).toEqual(['postpartum.KF4']);
    expect(paths({ dates: { trimester2FromWeek: 14, trimester3FromWeek: 28 } })).toEqual([]);
  });

  it('describes its fields', () => {
    expect(babharConfigSchema.shape.dates.unwrap().shape.naegeleNonexistentDay.description).toContain(
      'overflow',
    );
  });

  it('compares with each operator', () => {
    expect(meetsThreshold(5, { op: '<', value: 5 })).toBe(false);
    expect(meetsThreshold(5, { op: '<=', value: 5 })).toBe(true);
    expect(meetsThreshold(5, { op: '>', value: 5 })).toBe(false);
    expect(meetsThreshold(5, { op: '>=', value: 5 })).toBe(true);
    expect(meetsThreshold(4, { op: '<', value: 5 })).toBe(true);
    expect(meetsThreshold(6, { op: '>', value: 5 })).toBe(true);
  });

  it('writes thresholds with the right symbol and decimal mark', () => {
    expect(formatThreshold({ op: '<=', value: 145 }, 'id')).toBe('≤ 145');
    expect(formatThreshold({ op: '<', value: 23.5 }, 'id')).toBe('< 23,5');
    expect(formatThreshold({ op: '<', value: 23.5 }, 'en')).toBe('< 23.5');
    expect(formatThreshold({ op: '>=', value: 35 }, 'en')).toBe('≥ 35');
    expect(formatThreshold({ op: '>', value: 3 }, 'en')).toBe('> 3');
    expect(formatNumber(11, 'id')).toBe('11');
  });
});
