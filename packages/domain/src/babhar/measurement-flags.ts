import type { CalendarDate } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import {
  type BabharConfig,
  type Threshold,
  type UrineProtein,
  fetalHeartRateRange,
  formatNumber,
  formatThreshold,
  meetsThreshold,
  urineProteinLevels,
} from './config.js';
import { fullYearsBetween } from './dates.js';

/** Flags from measurements and 4T (DOMAIN §5.5). */
export const measurementFlagCodes = [
  'suspect_preeclampsia',
  'hypertension',
  'fetal_heart_rate_low',
  'fetal_heart_rate_high',
  'kek',
  'anaemia',
  'cpd_risk',
  'iron_short',
  '4t_too_young',
  '4t_too_old',
  '4t_too_close',
  '4t_too_many',
] as const;
export type MeasurementFlagCode = (typeof measurementFlagCodes)[number];

export interface MeasurementFlag {
  code: MeasurementFlagCode;
  /** `measurement` for 10T values, `4T` for SATUSEHAT's Q0002 "empat terlalu". */
  group: 'measurement' | '4T';
  /** `danger` asks for action now (suspected pre-eclampsia, abnormal fetal heart rate). */
  severity: 'danger' | 'warning';
  label: Bilingual;
}

/**
 * What the form has typed so far: every field is optional and a missing or
 * non-finite value raises no flag, so the function can run on each keystroke.
 */
export interface MeasurementInput {
  systolic?: number | null;
  diastolic?: number | null;
  oedema?: boolean | null;
  urineProtein?: UrineProtein | null;
  lilaCm?: number | null;
  hbGdl?: number | null;
  heightCm?: number | null;
  fetalHeartRate?: number | null;
  /** Iron tablets given over the pregnancy so far, today's included. */
  ironTabletsTotal?: number | null;
  gestationalAgeDays?: number | null;
  /** For 4T: the mother's birth date and the date of the contact. */
  birthDate?: CalendarDate | null;
  on?: CalendarDate | null;
  /** For 4T: the last birth and this pregnancy's HPHT (or, without it, `on`). */
  lastBirthDate?: CalendarDate | null;
  hpht?: CalendarDate | null;
  /** Previous births. */
  para?: number | null;
}

const given = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

const th = (threshold: Threshold, unit: string): Bilingual => ({
  id: `${formatThreshold(threshold, 'id')}${unit}`,
  en: `${formatThreshold(threshold, 'en')}${unit}`,
});

/**
 * Flags for the values given. Hypertension when systolic or diastolic is on
 * the flagged side (≥ 140 or ≥ 90 by default); with oedema or proteinuria
 * (from 1+ by default) suspected pre-eclampsia too. Iron: fewer than the
 * target (90) once the pregnancy is near term (from 36 weeks by default).
 * 4T: under 21, over 35 (full years on `on`), last birth under 2 full years
 * before HPHT, more than 3 previous births.
 */
export function measurementFlags(input: MeasurementInput, config: BabharConfig): MeasurementFlag[] {
  const f = config.flags;
  const flags: MeasurementFlag[] = [];
  const add = (
    code: MeasurementFlagCode,
    label: Bilingual,
    severity: MeasurementFlag['severity'] = 'warning',
    group: MeasurementFlag['group'] = 'measurement',
  ) => flags.push({ code, group, severity, label });

  const highSystolic = given(input.systolic) && meetsThreshold(input.systolic, f.systolic);
  const highDiastolic = given(input.diastolic) && meetsThreshold(input.diastolic, f.diastolic);
  if (highSystolic || highDiastolic) {
    const proteinuria =
      !!input.urineProtein &&
      urineProteinLevels.indexOf(input.urineProtein) >= urineProteinLevels.indexOf(f.proteinuriaFrom);
    if (input.oedema === true || proteinuria) {
      add(
        'suspect_preeclampsia',
        {
          id: 'Curiga preeklampsia: tekanan darah tinggi dengan bengkak atau protein urine',
          en: 'Suspected pre-eclampsia: high blood pressure with oedema or proteinuria',
        },
        'danger',
      );
    }
    const bp = (lang: 'id' | 'en') =>
      `${formatThreshold(f.systolic, lang)}/${formatNumber(f.diastolic.value, lang)} mmHg`;
    add('hypertension', {
      id: `Hipertensi (tekanan darah ${bp('id')})`,
      en: `Hypertension (blood pressure ${bp('en')})`,
    });
  }

  if (given(input.fetalHeartRate)) {
    const { min, max } = fetalHeartRateRange(config);
    if (input.fetalHeartRate < min)
      add(
        'fetal_heart_rate_low',
        { id: `DJJ kurang dari ${min} /menit`, en: `Fetal heart rate below ${min} /min` },
        'danger',
      );
    if (input.fetalHeartRate > max)
      add(
        'fetal_heart_rate_high',
        { id: `DJJ lebih dari ${max} /menit`, en: `Fetal heart rate above ${max} /min` },
        'danger',
      );
  }

  if (given(input.lilaCm) && meetsThreshold(input.lilaCm, f.lilaCm)) {
    const t = th(f.lilaCm, ' cm');
    add('kek', {
      id: `KEK (kurang energi kronis): LILA ${t.id}`,
      en: `KEK (chronic energy deficiency): MUAC ${t.en}`,
    });
  }
  if (given(input.hbGdl) && meetsThreshold(input.hbGdl, f.hbGdl)) {
    const t = th(f.hbGdl, ' g/dL');
    add('anaemia', { id: `Anemia: Hb ${t.id}`, en: `Anaemia: Hb ${t.en}` });
  }
  if (given(input.heightCm) && meetsThreshold(input.heightCm, f.heightCm)) {
    const t = th(f.heightCm, ' cm');
    add('cpd_risk', {
      id: `Tinggi badan ${t.id}: risiko panggul sempit (CPD)`,
      en: `Height ${t.en}: risk of cephalopelvic disproportion`,
    });
  }
  if (
    given(input.ironTabletsTotal) &&
    given(input.gestationalAgeDays) &&
    input.gestationalAgeDays >= f.ironCheckFromDays &&
    input.ironTabletsTotal < f.ironTabletsTarget
  ) {
    add('iron_short', {
      id: `Tablet tambah darah baru ${input.ironTabletsTotal} dari ${f.ironTabletsTarget}`,
      en: `Only ${input.ironTabletsTotal} of ${f.ironTabletsTarget} iron tablets`,
    });
  }

  if (input.birthDate && input.on) {
    const age = fullYearsBetween(input.birthDate, input.on);
    if (meetsThreshold(age, f.tooYoungAge)) {
      const t = th(f.tooYoungAge, '');
      add(
        '4t_too_young',
        { id: `Terlalu muda (umur ${t.id} tahun)`, en: `Too young (age ${t.en})` },
        'warning',
        '4T',
      );
    }
    if (meetsThreshold(age, f.tooOldAge)) {
      const t = th(f.tooOldAge, '');
      add(
        '4t_too_old',
        { id: `Terlalu tua (umur ${t.id} tahun)`, en: `Too old (age ${t.en})` },
        'warning',
        '4T',
      );
    }
  }
  const pregnancyStart = input.hpht ?? input.on;
  if (input.lastBirthDate && pregnancyStart) {
    const years = fullYearsBetween(input.lastBirthDate, pregnancyStart);
    if (meetsThreshold(years, f.tooCloseYears)) {
      const t = th(f.tooCloseYears, '');
      add(
        '4t_too_close',
        {
          id: `Terlalu dekat (jarak kelahiran ${t.id} tahun)`,
          en: `Births too close (${t.en} years apart)`,
        },
        'warning',
        '4T',
      );
    }
  }
  if (given(input.para) && meetsThreshold(input.para, f.tooManyChildren)) {
    const t = th(f.tooManyChildren, '');
    add(
      '4t_too_many',
      { id: `Terlalu banyak anak (${t.id})`, en: `Too many children (${t.en})` },
      'warning',
      '4T',
    );
  }
  return flags;
}
