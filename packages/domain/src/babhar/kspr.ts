import { z } from 'zod';
import { type CalendarDate, compareCalendarDates } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import { type BabharConfig, type Threshold, formatThreshold, meetsThreshold } from './config.js';
import { birthTiming, formatGestationalAge, fullYearsBetween, gestationalAge } from './dates.js';

/**
 * KSPR, the Kartu Skor Poedji Rochjati (DOMAIN §5.4): East Java's risk card.
 * Start score 2; each factor 4, except items 10, 17, 18, 19 and 20 (8); items
 * 9 and 11 score per sub-item.
 */
export const ksprItemCodes = [
  '1',
  '2a',
  '2b',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9a',
  '9b',
  '9c',
  '10',
  '11a',
  '11b',
  '11c',
  '11d',
  '11e',
  '11f',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
] as const;
export const ksprItemCodeSchema = z.enum(ksprItemCodes);
export type KsprItemCode = z.infer<typeof ksprItemCodeSchema>;

/** I: APGO (potential obstetric danger), II: AGO (obstetric danger), III: AGDO (obstetric emergency). */
export const ksprGroups = ['I', 'II', 'III'] as const;
export type KsprGroup = (typeof ksprGroups)[number];

export const ksprGroupLabels: Record<KsprGroup, Bilingual> = {
  I: { id: 'Ada Potensi Gawat Obstetrik (APGO)', en: 'Potential obstetric danger (APGO)' },
  II: { id: 'Ada Gawat Obstetrik (AGO)', en: 'Obstetric danger (AGO)' },
  III: { id: 'Ada Gawat Darurat Obstetrik (AGDO)', en: 'Obstetric emergency (AGDO)' },
};

export interface KsprItem {
  code: KsprItemCode;
  /** The card's row number (9 for 9a–9c, 11 for 11a–11f). */
  number: number;
  group: KsprGroup;
  score: 4 | 8;
  /** The text with the current card's thresholds; `ksprItemLabel` follows the configuration. */
  label: Bilingual;
}

const item = (code: KsprItemCode, score: 4 | 8, id: string, en: string): KsprItem => {
  const number = Number.parseInt(code, 10);
  return { code, number, group: number <= 10 ? 'I' : number <= 18 ? 'II' : 'III', score, label: { id, en } };
};

export const ksprItems: readonly KsprItem[] = [
  item('1', 4, 'Terlalu muda, hamil I ≤ 16 tahun', 'First pregnancy at age ≤ 16'),
  item('2a', 4, 'Terlalu lambat hamil I, kawin ≥ 4 tahun', 'First pregnancy after ≥ 4 years of marriage'),
  item('2b', 4, 'Terlalu tua, hamil I ≥ 35 tahun', 'First pregnancy at age ≥ 35'),
  item('3', 4, 'Terlalu cepat hamil lagi (< 2 tahun)', 'Less than 2 years since the last birth'),
  item('4', 4, 'Terlalu lama hamil lagi (≥ 10 tahun)', '10 years or more since the last birth'),
  item('5', 4, 'Terlalu banyak anak, 4 atau lebih', '4 or more children'),
  item('6', 4, 'Terlalu tua, umur ≥ 35 tahun', 'Age ≥ 35'),
  item('7', 4, 'Terlalu pendek, tinggi badan ≤ 145 cm', 'Height ≤ 145 cm'),
  item('8', 4, 'Pernah gagal kehamilan', 'Previous failed pregnancy'),
  item('9a', 4, 'Pernah melahirkan dengan tarikan tang/vakum', 'Previous delivery with forceps or vacuum'),
  item('9b', 4, 'Pernah melahirkan dengan uri dirogoh', 'Previous delivery with manual placenta removal'),
  item(
    '9c',
    4,
    'Pernah melahirkan dengan diberi infus/transfusi',
    'Previous delivery with infusion or transfusion',
  ),
  item('10', 8, 'Pernah operasi sesar', 'Previous caesarean section'),
  item('11a', 4, 'Penyakit pada ibu hamil: kurang darah', 'Disease in pregnancy: anaemia'),
  item('11b', 4, 'Penyakit pada ibu hamil: malaria', 'Disease in pregnancy: malaria'),
  item('11c', 4, 'Penyakit pada ibu hamil: TBC paru', 'Disease in pregnancy: pulmonary TB'),
  item('11d', 4, 'Penyakit pada ibu hamil: payah jantung', 'Disease in pregnancy: heart failure'),
  item('11e', 4, 'Penyakit pada ibu hamil: kencing manis (diabetes)', 'Disease in pregnancy: diabetes'),
  item(
    '11f',
    4,
    'Penyakit pada ibu hamil: penyakit menular seksual',
    'Disease in pregnancy: sexually transmitted infection',
  ),
  item(
    '12',
    4,
    'Bengkak pada muka/tungkai dan tekanan darah tinggi',
    'Swelling of face or legs with high blood pressure',
  ),
  item('13', 4, 'Hamil kembar 2 atau lebih', 'Twins or more'),
  item('14', 4, 'Hamil kembar air (hidramnion)', 'Hydramnios'),
  item('15', 4, 'Bayi mati dalam kandungan', 'Fetal death in the womb'),
  item('16', 4, 'Kehamilan lebih bulan', 'Post-term pregnancy'),
  item('17', 8, 'Letak sungsang', 'Breech'),
  item('18', 8, 'Letak lintang', 'Transverse lie'),
  item('19', 8, 'Perdarahan dalam kehamilan ini', 'Bleeding in this pregnancy'),
  item('20', 8, 'Preeklampsia berat/kejang-kejang', 'Severe pre-eclampsia or convulsions'),
];

const itemByCode = new Map(ksprItems.map((i) => [i.code, i]));

export function ksprItem(code: KsprItemCode): KsprItem {
  return itemByCode.get(code)!;
}

/** An item's text with the configured thresholds (older cards print `<` and `>`). */
export function ksprItemLabel(code: KsprItemCode, config: BabharConfig): Bilingual {
  const k = config.kspr;
  const t = (threshold: Threshold, id: (v: string) => string, en: (v: string) => string): Bilingual => ({
    id: id(formatThreshold(threshold, 'id')),
    en: en(formatThreshold(threshold, 'en')),
  });
  switch (code) {
    case '1':
      return t(
        k.youngFirstPregnancyAge,
        (v) => `Terlalu muda, hamil I ${v} tahun`,
        (v) => `First pregnancy at age ${v}`,
      );
    case '2a':
      return t(
        k.lateFirstPregnancyMarriageYears,
        (v) => `Terlalu lambat hamil I, kawin ${v} tahun`,
        (v) => `First pregnancy after ${v} years of marriage`,
      );
    case '2b':
      return t(
        k.oldFirstPregnancyAge,
        (v) => `Terlalu tua, hamil I ${v} tahun`,
        (v) => `First pregnancy at age ${v}`,
      );
    case '3':
      return t(
        k.shortIntervalYears,
        (v) => `Terlalu cepat hamil lagi (${v} tahun)`,
        (v) => `${v} years since the last birth`,
      );
    case '4':
      return t(
        k.longIntervalYears,
        (v) => `Terlalu lama hamil lagi (${v} tahun)`,
        (v) => `${v} years since the last birth`,
      );
    case '5':
      return t(
        k.manyChildren,
        (v) => `Terlalu banyak anak (${v})`,
        (v) => `Children ${v}`,
      );
    case '6':
      return t(
        k.oldAge,
        (v) => `Terlalu tua, umur ${v} tahun`,
        (v) => `Age ${v}`,
      );
    case '7':
      return t(
        k.shortHeightCm,
        (v) => `Terlalu pendek, tinggi badan ${v} cm`,
        (v) => `Height ${v} cm`,
      );
    default:
      return ksprItem(code).label;
  }
}

/** The card's order. */
function inCardOrder(codes: Iterable<KsprItemCode>): KsprItemCode[] {
  const present = new Set(codes);
  return ksprItemCodes.filter((c) => present.has(c));
}

/** The total: the start score plus each factor present once. */
export function ksprScore(items: readonly KsprItemCode[], config: BabharConfig): number {
  return inCardOrder(items).reduce((sum, code) => sum + ksprItem(code).score, config.kspr.startScore);
}

export const ksprCategories = ['KRR', 'KRT', 'KRST'] as const;
export const ksprCategorySchema = z.enum(ksprCategories);
export type KsprCategory = z.infer<typeof ksprCategorySchema>;

/** KRST from 12, KRT from 6 (a total of 6 is KRT), else KRR; the thresholds are configuration. */
export function ksprCategory(total: number, config: BabharConfig): KsprCategory {
  if (meetsThreshold(total, config.kspr.veryHighRisk)) return 'KRST';
  return meetsThreshold(total, config.kspr.highRisk) ? 'KRT' : 'KRR';
}

export type KsprColour = 'green' | 'yellow' | 'red';

export interface KsprGuidance {
  category: KsprCategory;
  label: Bilingual;
  care: Bilingual;
  referral: Bilingual;
  placeOfBirth: Bilingual;
  attendant: Bilingual;
  colour: KsprColour;
  colourLabel: Bilingual;
}

/** What each category means for care, referral, place of birth and attendant (DOMAIN §5.4). */
export const ksprGuidance: Record<KsprCategory, KsprGuidance> = {
  KRR: {
    category: 'KRR',
    label: { id: 'Kehamilan Risiko Rendah (KRR)', en: 'Low-risk pregnancy (KRR)' },
    care: { id: 'Bidan', en: 'Midwife (bidan)' },
    referral: { id: 'Tidak perlu dirujuk', en: 'No referral' },
    placeOfBirth: { id: 'Rumah / polindes', en: 'Home / village maternity post (polindes)' },
    attendant: { id: 'Bidan', en: 'Midwife (bidan)' },
    colour: 'green',
    colourLabel: { id: 'Hijau', en: 'Green' },
  },
  KRT: {
    category: 'KRT',
    label: { id: 'Kehamilan Risiko Tinggi (KRT)', en: 'High-risk pregnancy (KRT)' },
    care: { id: 'Bidan / dokter', en: 'Midwife (bidan) / doctor' },
    referral: { id: 'Bidan / puskesmas', en: 'Midwife (bidan) / puskesmas' },
    placeOfBirth: { id: 'Polindes / puskesmas / rumah sakit', en: 'Polindes / puskesmas / hospital' },
    attendant: { id: 'Bidan / dokter', en: 'Midwife (bidan) / doctor' },
    colour: 'yellow',
    colourLabel: { id: 'Kuning', en: 'Yellow' },
  },
  KRST: {
    category: 'KRST',
    label: { id: 'Kehamilan Risiko Sangat Tinggi (KRST)', en: 'Very high-risk pregnancy (KRST)' },
    care: { id: 'Dokter', en: 'Doctor' },
    referral: { id: 'Rumah sakit', en: 'Hospital' },
    placeOfBirth: { id: 'Rumah sakit', en: 'Hospital' },
    attendant: { id: 'Dokter', en: 'Doctor' },
    colour: 'red',
    colourLabel: { id: 'Merah', en: 'Red' },
  },
};

export interface KsprResult {
  /** The factors present, in the card's order, each once. */
  items: KsprItemCode[];
  total: number;
  category: KsprCategory;
  guidance: KsprGuidance;
}

export function assessKspr(items: readonly KsprItemCode[], config: BabharConfig): KsprResult {
  const total = ksprScore(items, config);
  const category = ksprCategory(total, config);
  return { items: inCardOrder(items), total, category, guidance: ksprGuidance[category] };
}

export interface KsprMerge extends KsprResult {
  /** Present before, absent from the new assessment, and kept. */
  carriedOver: KsprItemCode[];
  /** Present now for the first time in this pregnancy. */
  added: KsprItemCode[];
}

/**
 * The score never goes down during a pregnancy: a factor once present in any
 * assessment of this pregnancy stays present. The merged items are the union
 * of every earlier assessment and the new one, so the total of each merge is
 * at least the total of the one before (a breech at 30 weeks that turns stays
 * on the card). Removing a factor entered by mistake is a correction of the
 * earlier assessment, not a new assessment.
 */
export function mergeKsprAssessment(
  history: readonly (readonly KsprItemCode[])[],
  next: readonly KsprItemCode[],
  config: BabharConfig,
): KsprMerge {
  const before = new Set(history.flat());
  const now = new Set(next);
  return {
    ...assessKspr([...before, ...now], config),
    carriedOver: inCardOrder([...before].filter((c) => !now.has(c))),
    added: inCardOrder([...now].filter((c) => !before.has(c))),
  };
}

export interface KsprAssessmentFacts {
  date: CalendarDate;
  items: readonly KsprItemCode[];
}

export interface KsprHistoryEntry extends KsprResult {
  date: CalendarDate;
}

/** The score history of a pregnancy, oldest first, each entry merged with every one before it. */
export function ksprHistory(
  assessments: readonly KsprAssessmentFacts[],
  config: BabharConfig,
): KsprHistoryEntry[] {
  const sorted = [...assessments].sort((a, b) => compareCalendarDates(a.date, b.date));
  const seen: KsprItemCode[] = [];
  return sorted.map((assessment) => {
    seen.push(...assessment.items);
    return { date: assessment.date, ...assessKspr(seen, config) };
  });
}

/** What the records say about a mother and this pregnancy, for prefilling the card. */
export interface KsprPrefillFacts {
  /** The assessment date: ages and the gestational age are taken on it. */
  on: CalendarDate;
  /** This pregnancy's HPHT, and the ultrasound due date when there is one. */
  hpht: CalendarDate;
  usgHpl?: CalendarDate | null;
  birthDate?: CalendarDate | null;
  marriageDate?: CalendarDate | null;
  /** Pregnancies including this one. */
  gravida?: number | null;
  /** Previous births. */
  para?: number | null;
  /** Previous miscarriages or abortions. */
  abortus?: number | null;
  lastBirthDate?: CalendarDate | null;
  heightCm?: number | null;
}

export interface KsprPrefill {
  items: KsprItemCode[];
  /** Why each item was ticked, to show beside it (staff may still untick or tick). */
  reasons: Partial<Record<KsprItemCode, Bilingual>>;
}

const isNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Items prefilled from the records (DOMAIN §5.4: age, parity, interval and
 * height items, plus previous failed pregnancy and post-term). Ages are full
 * years on the assessment date; marriage and birth intervals are full years up
 * to this pregnancy's HPHT; post-term uses the scheduling gestational age.
 * Item 6 (age ≥ 35) is for a mother who has been pregnant before: a first
 * pregnancy at that age is item 2b, and one fact is not scored twice.
 * Item 5 counts previous births (para). Item 8 is abortus > 0.
 */
export function prefillKspr(facts: KsprPrefillFacts, config: BabharConfig): KsprPrefill {
  const k = config.kspr;
  const reasons: Partial<Record<KsprItemCode, Bilingual>> = {};
  const first = facts.gravida === 1;
  const multi = isNumber(facts.gravida) && facts.gravida > 1;

  if (facts.birthDate) {
    const age = fullYearsBetween(facts.birthDate, facts.on);
    const ageText: Bilingual = { id: `umur ${age} tahun`, en: `age ${age}` };
    if (first && meetsThreshold(age, k.youngFirstPregnancyAge))
      reasons['1'] = { id: `Hamil pertama, ${ageText.id}`, en: `First pregnancy, ${ageText.en}` };
    if (first && meetsThreshold(age, k.oldFirstPregnancyAge))
      reasons['2b'] = { id: `Hamil pertama, ${ageText.id}`, en: `First pregnancy, ${ageText.en}` };
    if (multi && meetsThreshold(age, k.oldAge))
      reasons['6'] = { id: `Ibu ${ageText.id}`, en: `Mother’s ${ageText.en}` };
  }
  if (first && facts.marriageDate) {
    const years = fullYearsBetween(facts.marriageDate, facts.hpht);
    if (meetsThreshold(years, k.lateFirstPregnancyMarriageYears))
      reasons['2a'] = {
        id: `Hamil pertama setelah ${years} tahun menikah`,
        en: `First pregnancy after ${years} years of marriage`,
      };
  }
  if (facts.lastBirthDate) {
    const years = fullYearsBetween(facts.lastBirthDate, facts.hpht);
    const text: Bilingual = {
      id: `${years} tahun sejak persalinan terakhir`,
      en: `${years} full years since the last birth`,
    };
    if (meetsThreshold(years, k.shortIntervalYears)) reasons['3'] = text;
    if (meetsThreshold(years, k.longIntervalYears)) reasons['4'] = text;
  }
  if (isNumber(facts.para) && meetsThreshold(facts.para, k.manyChildren))
    reasons['5'] = { id: `Sudah melahirkan ${facts.para} kali`, en: `${facts.para} previous births` };
  if (isNumber(facts.heightCm) && meetsThreshold(facts.heightCm, k.shortHeightCm))
    reasons['7'] = { id: `Tinggi badan ${facts.heightCm} cm`, en: `Height ${facts.heightCm} cm` };
  if (isNumber(facts.abortus) && facts.abortus > 0)
    reasons['8'] = {
      id: `Pernah keguguran ${facts.abortus} kali`,
      en: `${facts.abortus} previous miscarriage(s)`,
    };

  const ga = gestationalAge({ hpht: facts.hpht, usgHpl: facts.usgHpl }, facts.on);
  if (birthTiming(ga.days, config) === 'post_term')
    reasons['16'] = {
      id: `Usia kehamilan ${formatGestationalAge(ga, 'id')}`,
      en: `Gestational age ${formatGestationalAge(ga, 'en')}`,
    };

  return { items: inCardOrder(Object.keys(reasons) as KsprItemCode[]), reasons };
}
