import { babharConfigSchema, defaultBabharConfig as config, fetalHeartRateRange } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import { type MeasurementInput, measurementFlagCodes, measurementFlags } from './measurement-flags.js';

const codes = (input: MeasurementInput, c = config) => measurementFlags(input, c).map((f) => f.code);

describe('measurement flags', () => {
  it('raises nothing for an empty or normal form', () => {
    expect(measurementFlags({}, config)).toEqual([]);
    expect(
      codes({
        systolic: 110,
        diastolic: 70,
        lilaCm: 25,
        hbGdl: 12,
        heightCm: 155,
        fetalHeartRate: 140,
        ironTabletsTotal: 90,
        gestationalAgeDays: 260,
        birthDate: d('1995-01-01'),
        on: d('2025-06-01'),
        para: 1,
        lastBirthDate: d('2021-01-01'),
        hpht: d('2025-01-01'),
      }),
    ).toEqual([]);
  });

  it('flags hypertension from 140 systolic or 90 diastolic, each alone', () => {
    expect(codes({ systolic: 139, diastolic: 89 })).toEqual([]);
    expect(codes({ systolic: 140, diastolic: 80 })).toEqual(['hypertension']);
    expect(codes({ systolic: 120, diastolic: 90 })).toEqual(['hypertension']);
    expect(codes({ systolic: 140 })).toEqual(['hypertension']);
    expect(codes({ diastolic: 90 })).toEqual(['hypertension']);
    expect(codes({ diastolic: 89 })).toEqual([]);
  });

  it('suspects pre-eclampsia with hypertension and oedema or proteinuria (from 1+)', () => {
    expect(codes({ systolic: 150, diastolic: 95, oedema: true })).toEqual([
      'suspect_preeclampsia',
      'hypertension',
    ]);
    expect(codes({ systolic: 150, urineProtein: '1+' })).toEqual(['suspect_preeclampsia', 'hypertension']);
    expect(codes({ systolic: 150, urineProtein: '3+' })).toEqual(['suspect_preeclampsia', 'hypertension']);
    expect(codes({ systolic: 150, urineProtein: 'trace' })).toEqual(['hypertension']);
    expect(codes({ systolic: 150, urineProtein: 'negative', oedema: false })).toEqual(['hypertension']);
    expect(codes({ systolic: 120, diastolic: 80, oedema: true, urineProtein: '2+' })).toEqual([]);
    const pe = measurementFlags({ systolic: 150, oedema: true }, config)[0];
    expect(pe.severity).toBe('danger');
    const trace = babharConfigSchema.parse({ flags: { proteinuriaFrom: 'trace' } });
    expect(codes({ systolic: 150, urineProtein: 'trace' }, trace)).toEqual([
      'suspect_preeclampsia',
      'hypertension',
    ]);
  });

  it('flags KEK under 23.5 cm LILA', () => {
    expect(codes({ lilaCm: 23.4 })).toEqual(['kek']);
    expect(codes({ lilaCm: 23.5 })).toEqual([]);
  });

  it('flags anaemia under 11 g/dL', () => {
    expect(codes({ hbGdl: 10.9 })).toEqual(['anaemia']);
    expect(codes({ hbGdl: 11 })).toEqual([]);
  });

  it('flags a risk of cephalopelvic disproportion under 145 cm', () => {
    expect(codes({ heightCm: 144.9 })).toEqual(['cpd_risk']);
    expect(codes({ heightCm: 145 })).toEqual([]);
  });

  it('flags a fetal heart rate outside 120–160 /min (Buku KIA)', () => {
    expect(codes({ fetalHeartRate: 119 })).toEqual(['fetal_heart_rate_low']);
    expect(codes({ fetalHeartRate: 120 })).toEqual([]);
    expect(codes({ fetalHeartRate: 160 })).toEqual([]);
    expect(codes({ fetalHeartRate: 161 })).toEqual(['fetal_heart_rate_high']);
    expect(measurementFlags({ fetalHeartRate: 90 }, config)[0].severity).toBe('danger');
  });

  it('flags a fetal heart rate under 100 or over 180 with the WHO preset, or a custom range', () => {
    const who = babharConfigSchema.parse({ flags: { fetalHeartRate: 'who' } });
    expect(fetalHeartRateRange(who)).toEqual({ min: 100, max: 180 });
    expect(codes({ fetalHeartRate: 110 }, who)).toEqual([]);
    expect(codes({ fetalHeartRate: 99 }, who)).toEqual(['fetal_heart_rate_low']);
    expect(codes({ fetalHeartRate: 181 }, who)).toEqual(['fetal_heart_rate_high']);
    const custom = babharConfigSchema.parse({ flags: { fetalHeartRate: { min: 110, max: 170 } } });
    expect(codes({ fetalHeartRate: 165 }, custom)).toEqual([]);
    expect(codes({ fetalHeartRate: 171 }, custom)).toEqual(['fetal_heart_rate_high']);
    expect(fetalHeartRateRange(config)).toEqual({ min: 120, max: 160 });
  });

  it('flags fewer than 90 iron tablets from 36 weeks', () => {
    expect(codes({ ironTabletsTotal: 60, gestationalAgeDays: 36 * 7 - 1 })).toEqual([]);
    expect(codes({ ironTabletsTotal: 60, gestationalAgeDays: 36 * 7 })).toEqual(['iron_short']);
    expect(codes({ ironTabletsTotal: 89, gestationalAgeDays: 39 * 7 })).toEqual(['iron_short']);
    expect(codes({ ironTabletsTotal: 90, gestationalAgeDays: 39 * 7 })).toEqual([]);
    expect(codes({ ironTabletsTotal: 10 })).toEqual([]);
    expect(measurementFlags({ ironTabletsTotal: 60, gestationalAgeDays: 260 }, config)[0].label).toEqual({
      id: 'Tablet tambah darah baru 60 dari 90',
      en: 'Only 60 of 90 iron tablets',
    });
  });

  describe('4T (SATUSEHAT Q0002)', () => {
    const on = d('2025-06-01');
    it('flags under 21 and over 35 (full years on the contact date)', () => {
      expect(codes({ on, birthDate: d('2004-06-02') })).toEqual(['4t_too_young']);
      expect(codes({ on, birthDate: d('2004-06-01') })).toEqual([]);
      expect(codes({ on, birthDate: d('1990-01-01') })).toEqual([]);
      expect(codes({ on, birthDate: d('1989-06-01') })).toEqual(['4t_too_old']);
      expect(codes({ birthDate: d('1980-01-01') })).toEqual([]);
    });

    it('flags births too close: under 2 full years from the last birth to HPHT (or the date)', () => {
      expect(codes({ lastBirthDate: d('2023-03-02'), hpht: d('2025-03-01') })).toEqual(['4t_too_close']);
      expect(codes({ lastBirthDate: d('2023-03-01'), hpht: d('2025-03-01') })).toEqual([]);
      expect(codes({ lastBirthDate: d('2023-06-02'), on })).toEqual(['4t_too_close']);
      expect(codes({ lastBirthDate: d('2023-06-02') })).toEqual([]);
    });

    it('flags more than 3 children', () => {
      expect(codes({ para: 3 })).toEqual([]);
      expect(codes({ para: 4 })).toEqual(['4t_too_many']);
    });

    it('groups them as 4T', () => {
      const flags = measurementFlags({ on, birthDate: d('2006-01-01'), para: 5 }, config);
      expect(flags.map((f) => [f.code, f.group])).toEqual([
        ['4t_too_young', '4T'],
        ['4t_too_many', '4T'],
      ]);
    });
  });

  it('works on partial input as the form is typed: missing and non-numbers raise nothing', () => {
    expect(codes({ systolic: Number.NaN, diastolic: null, lilaCm: undefined, hbGdl: Infinity })).toEqual([]);
    expect(codes({ systolic: 145 })).toEqual(['hypertension']);
    expect(codes({ systolic: 145, diastolic: 95, lilaCm: 22 })).toEqual(['hypertension', 'kek']);
  });

  it('labels every flag in both languages, with the configured numbers', () => {
    const all = measurementFlags(
      {
        systolic: 160,
        diastolic: 110,
        oedema: true,
        lilaCm: 20,
        hbGdl: 8,
        heightCm: 140,
        fetalHeartRate: 200,
        ironTabletsTotal: 0,
        gestationalAgeDays: 270,
        birthDate: d('2007-01-01'),
        on: d('2025-06-01'),
        lastBirthDate: d('2024-06-01'),
        para: 4,
      },
      config,
    );
    expect(all.map((f) => f.code)).toEqual([
      'suspect_preeclampsia',
      'hypertension',
      'fetal_heart_rate_high',
      'kek',
      'anaemia',
      'cpd_risk',
      'iron_short',
      '4t_too_young',
      '4t_too_close',
      '4t_too_many',
    ]);
    for (const flag of all) {
      expect(flag.label.id.length).toBeGreaterThan(5);
      expect(flag.label.en.length).toBeGreaterThan(5);
    }
    const byCode = Object.fromEntries(all.map((f) => [f.code, f.label]));
    expect(byCode.hypertension).toEqual({
      id: 'Hipertensi (tekanan darah ≥ 140/90 mmHg)',
      en: 'Hypertension (blood pressure ≥ 140/90 mmHg)',
    });
    expect(byCode.kek.id).toBe('KEK (kurang energi kronis): LILA < 23,5 cm');
    expect(byCode.kek.en).toBe('KEK (chronic energy deficiency): MUAC < 23.5 cm');
    const old = measurementFlags({ birthDate: d('1980-01-01'), on: d('2025-06-01') }, config)[0];
    expect(old.label).toEqual({ id: 'Terlalu tua (umur > 35 tahun)', en: 'Too old (age > 35)' });
    expect(new Set(measurementFlagCodes).size).toBe(measurementFlagCodes.length);
  });

  it('takes every threshold from configuration', () => {
    const strict = babharConfigSchema.parse({
      flags: {
        systolic: { op: '>', value: 140 },
        hbGdl: { op: '<', value: 10.5 },
        lilaCm: { op: '<=', value: 23.5 },
        tooYoungAge: { op: '<', value: 20 },
        ironTabletsTarget: 120,
      },
    });
    expect(codes({ systolic: 140 }, strict)).toEqual([]);
    expect(codes({ hbGdl: 10.7 }, strict)).toEqual([]);
    expect(codes({ lilaCm: 23.5 }, strict)).toEqual(['kek']);
    expect(codes({ on: d('2025-06-01'), birthDate: d('2005-01-01') }, strict)).toEqual([]);
    expect(codes({ ironTabletsTotal: 100, gestationalAgeDays: 260 }, strict)).toEqual(['iron_short']);
  });
});
