import { z } from 'zod';

/**
 * Configuration of the e-Babhar rules (DOMAIN §5). Every threshold and preset
 * the domain calls configuration lives here, with the defaults of the current
 * Buku KIA, PMK 21/2021 and the East Java KSPR card; the rule functions take
 * the parsed object and never carry these numbers as literals.
 */

export const comparisonOps = ['<', '<=', '>', '>='] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

/**
 * A threshold with its comparison. Older KSPR cards print `<` and `>` where the
 * current card prints `≤` and `≥`; the operator is therefore configuration too.
 */
export const thresholdSchema = z.object({
  op: z.enum(comparisonOps).describe('How a value is compared with the threshold'),
  value: z.number().describe('The threshold'),
});
export type Threshold = z.infer<typeof thresholdSchema>;

/** True when `x` is on the flagged side of the threshold. */
export function meetsThreshold(x: number, threshold: Threshold): boolean {
  switch (threshold.op) {
    case '<':
      return x < threshold.value;
    case '<=':
      return x <= threshold.value;
    case '>':
      return x > threshold.value;
    case '>=':
      return x >= threshold.value;
  }
}

const opSymbols: Record<ComparisonOp, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** `≥ 35`, `< 23,5` (Indonesian decimal comma) or `< 23.5` (English). */
export function formatThreshold(threshold: Threshold, lang: 'id' | 'en'): string {
  return `${opSymbols[threshold.op]} ${formatNumber(threshold.value, lang)}`;
}

export function formatNumber(value: number, lang: 'id' | 'en'): string {
  const text = String(value);
  return lang === 'id' ? text.replace('.', ',') : text;
}

const threshold = (op: ComparisonOp, value: number, description: string) =>
  thresholdSchema.default({ op, value }).describe(description);

const count = (value: number, description: string) =>
  z.number().int().min(0).default(value).describe(description);

/** Schedules a pregnancy's ANC contacts can be judged against (DOMAIN §5.3). */
export const ancScheduleIds = ['pmk-1-2-3', 'kia-2-1-3', 'who-8', 'k4-1-1-2'] as const;
export const ancScheduleIdSchema = z.enum(ancScheduleIds);
export type AncScheduleId = z.infer<typeof ancScheduleIdSchema>;

export const fetalHeartRatePresets = {
  /** Buku KIA: normal 120–160 /min. */
  'buku-kia': { min: 120, max: 160 },
  /** WHO's ANC app flags < 100 or > 180 /min. */
  who: { min: 100, max: 180 },
} as const;
export type FetalHeartRatePreset = keyof typeof fetalHeartRatePresets;

export const urineProteinLevels = ['negative', 'trace', '1+', '2+', '3+', '4+'] as const;
export const urineProteinSchema = z.enum(urineProteinLevels);
export type UrineProtein = z.infer<typeof urineProteinSchema>;

const dayWindow = (from: number, to: number, description: string) =>
  z
    .object({ fromDay: z.number().int().min(0), toDay: z.number().int().min(0) })
    .default({ fromDay: from, toDay: to })
    .describe(description);

export const babharConfigSchema = z
  .object({
    dates: z
      .object({
        naegeleNonexistentDay: z
          .enum(['overflow', 'clamp'])
          .default('overflow')
          .describe(
            'Naegele: when month+9 lands on a day the target month lacks (31 April, 30 February): ' +
              '`overflow` carries the excess into the next month (31 April → 1 May), `clamp` keeps the last day (30 April)',
          ),
        trimester2FromWeek: z
          .number()
          .int()
          .min(1)
          .default(13)
          .describe('First completed week of TM2 (Buku KIA: 13w0d; TM1 up to 12w6d)'),
        trimester3FromWeek: z
          .number()
          .int()
          .min(2)
          .default(25)
          .describe('First completed week of TM3 (Buku KIA: 25w0d; TM2 up to 24w6d)'),
        trimester3LastDay: z
          .number()
          .int()
          .min(1)
          .default(280)
          .describe(
            'Gestational age in days of the last day of TM3 when counting the days left (the due date, 40w0d); contacts after it still count in TM3',
          ),
        lostToFollowUpDays: z
          .number()
          .int()
          .min(1)
          .default(308)
          .describe(
            'A pregnancy with no outcome closes as lost to follow-up this many days after HPHT (SATUSEHAT: 44 weeks)',
          ),
        termFromDays: z
          .number()
          .int()
          .min(1)
          .default(37 * 7)
          .describe('Term from this gestational age in days (37w0d)'),
        postTermAfterDays: z
          .number()
          .int()
          .min(1)
          .default(42 * 7)
          .describe(
            'Post-term when the gestational age in days is greater than this (> 42 weeks, i.e. from 42w1d)',
          ),
      })
      .prefault({}),
    anc: z
      .object({
        schedule: ancScheduleIdSchema
          .default('pmk-1-2-3')
          .describe('The schedule contacts are judged against (PMK 21/2021 1-2-3 by default)'),
        comparisonSchedule: ancScheduleIdSchema
          .default('k4-1-1-2')
          .describe('The older schedule still reported beside it (K4: 1-1-2)'),
        doctorUltrasoundTrimesters: z
          .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
          .default([1, 3])
          .describe(
            'Trimesters that need a contact with a doctor with ultrasound (PMK 21/2021: TM1 and TM3)',
          ),
      })
      .prefault({}),
    worklist: z
      .object({
        trimesterAtRiskDays: count(
          14,
          'A trimester is at risk when contacts are still owed in it and at most this many days are left (today included)',
        ),
        dueSoonDays: count(14, 'A contact is due when its date is within this many days from today'),
      })
      .prefault({}),
    kspr: z
      .object({
        startScore: count(2, 'Every pregnancy starts with this score'),
        highRisk: threshold('>=', 6, 'Total score of a KRT (high-risk) pregnancy'),
        veryHighRisk: threshold('>=', 12, 'Total score of a KRST (very high-risk) pregnancy'),
        youngFirstPregnancyAge: threshold('<=', 16, 'Item 1: first pregnancy at this age'),
        lateFirstPregnancyMarriageYears: threshold(
          '>=',
          4,
          'Item 2a: first pregnancy after this many years of marriage',
        ),
        oldFirstPregnancyAge: threshold('>=', 35, 'Item 2b: first pregnancy at this age'),
        shortIntervalYears: threshold('<', 2, 'Item 3: full years since the last birth'),
        longIntervalYears: threshold('>=', 10, 'Item 4: full years since the last birth'),
        manyChildren: threshold('>=', 4, 'Item 5: number of children (para)'),
        oldAge: threshold('>=', 35, 'Item 6: age in full years'),
        shortHeightCm: threshold('<=', 145, 'Item 7: height in cm'),
      })
      .prefault({}),
    flags: z
      .object({
        systolic: threshold('>=', 140, 'Hypertension: systolic blood pressure in mmHg'),
        diastolic: threshold('>=', 90, 'Hypertension: diastolic blood pressure in mmHg'),
        proteinuriaFrom: urineProteinSchema
          .default('1+')
          .describe('Dipstick result from which proteinuria counts for suspected pre-eclampsia'),
        lilaCm: threshold('<', 23.5, 'KEK (chronic energy deficiency): mid-upper arm circumference in cm'),
        hbGdl: threshold('<', 11, 'Anaemia: haemoglobin in g/dL'),
        heightCm: threshold('<', 145, 'Risk of cephalopelvic disproportion: height in cm'),
        fetalHeartRate: z
          .union([
            z.enum(['buku-kia', 'who']),
            z
              .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
              .refine((r) => r.min < r.max, 'min must be below max'),
          ])
          .default('buku-kia')
          .describe('Normal fetal heart rate range (/min): a preset or {min, max}'),
        ironTabletsTarget: count(90, 'Iron tablets over the pregnancy (each 60 mg iron + 400 µg folic acid)'),
        ironCheckFromDays: count(
          36 * 7,
          'From this gestational age in days a shortfall of iron tablets is flagged',
        ),
        tooYoungAge: threshold('<', 21, '4T: too young (age in full years)'),
        tooOldAge: threshold('>', 35, '4T: too old (age in full years)'),
        tooCloseYears: threshold('<', 2, '4T: births too close (full years since the last birth)'),
        tooManyChildren: threshold('>', 3, '4T: too many children (para)'),
      })
      .prefault({}),
    postpartum: z
      .object({
        KF1: dayWindow(0, 2, 'KF1: 6 hours to 2 days after delivery (days after the delivery date)'),
        KF2: dayWindow(3, 7, 'KF2: day 3 to 7'),
        KF3: dayWindow(8, 28, 'KF3: day 8 to 28'),
        KF4: dayWindow(29, 42, 'KF4: day 29 to 42'),
      })
      .prefault({}),
    reports: z
      .object({
        targetFactor: z
          .number()
          .positive()
          .default(1.1)
          .describe('PWS-KIA: target pregnant women = ceil(factor × crude birth rate × population)'),
      })
      .prefault({}),
  })
  .superRefine((c, ctx) => {
    const d = c.dates;
    if (d.trimester2FromWeek >= d.trimester3FromWeek)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'trimester3FromWeek'],
        message: 'TM3 must start after TM2',
      });
    if (d.trimester3FromWeek * 7 > d.trimester3LastDay)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'trimester3LastDay'],
        message: 'TM3 must end after it starts',
      });
    if (d.termFromDays > d.postTermAfterDays)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'postTermAfterDays'],
        message: 'Post-term must come after term',
      });
    const windows = [c.postpartum.KF1, c.postpartum.KF2, c.postpartum.KF3, c.postpartum.KF4];
    windows.forEach((w, i) => {
      const previous = windows[i - 1];
      if (w.fromDay > w.toDay || (previous && w.fromDay <= previous.toDay))
        ctx.addIssue({
          code: 'custom',
          path: ['postpartum', `KF${i + 1}`],
          message: 'KF windows must be in order',
        });
    });
  });
export type BabharConfig = z.infer<typeof babharConfigSchema>;
export type BabharConfigInput = z.input<typeof babharConfigSchema>;
export const defaultBabharConfig: BabharConfig = babharConfigSchema.parse({});

/** The normal fetal heart rate range of a configuration. */
export function fetalHeartRateRange(config: BabharConfig): { min: number; max: number } {
  const setting = config.flags.fetalHeartRate;
  return typeof setting === 'string' ? fetalHeartRatePresets[setting] : setting;
}
