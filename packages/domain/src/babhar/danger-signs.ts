import { z } from 'zod';
import type { Bilingual } from '../common/language.js';

/** Danger signs a mother can report from the portal (DOMAIN §5.6, Buku KIA). */
export const pregnancyDangerSignCodes = [
  'reduced_fetal_movement',
  'persistent_vomiting',
  'high_fever',
  'swelling_headache_convulsions',
  'waters_breaking_early',
  'bleeding',
] as const;

export const postpartumDangerSignCodes = [
  'fever_over_two_days',
  'foul_discharge',
  'painful_swollen_breast',
  'postpartum_swelling_headache_convulsions',
  'low_mood',
  'postpartum_bleeding',
] as const;

export const dangerSignPeriods = ['pregnancy', 'postpartum'] as const;
export const dangerSignPeriodSchema = z.enum(dangerSignPeriods);
export type DangerSignPeriod = z.infer<typeof dangerSignPeriodSchema>;

export const dangerSignCodes = [...pregnancyDangerSignCodes, ...postpartumDangerSignCodes] as const;
export const dangerSignCodeSchema = z.enum(dangerSignCodes);
export type DangerSignCode = z.infer<typeof dangerSignCodeSchema>;

export interface DangerSign {
  code: DangerSignCode;
  period: DangerSignPeriod;
  label: Bilingual;
}

export const pregnancyDangerSigns: readonly DangerSign[] = [
  {
    code: 'reduced_fetal_movement',
    period: 'pregnancy',
    label: { id: 'Gerakan janin berkurang atau tidak terasa', en: 'The baby moves less or not at all' },
  },
  {
    code: 'persistent_vomiting',
    period: 'pregnancy',
    label: { id: 'Muntah terus dan tidak mau makan', en: 'Vomiting all the time and not eating' },
  },
  { code: 'high_fever', period: 'pregnancy', label: { id: 'Demam tinggi', en: 'High fever' } },
  {
    code: 'swelling_headache_convulsions',
    period: 'pregnancy',
    label: {
      id: 'Bengkak kaki, tangan dan wajah, atau sakit kepala disertai kejang',
      en: 'Swollen feet, hands and face, or headache with convulsions',
    },
  },
  {
    code: 'waters_breaking_early',
    period: 'pregnancy',
    label: { id: 'Air ketuban keluar sebelum waktunya', en: 'Waters breaking early' },
  },
  {
    code: 'bleeding',
    period: 'pregnancy',
    label: { id: 'Perdarahan dari jalan lahir', en: 'Bleeding from the vagina' },
  },
];

export const postpartumDangerSigns: readonly DangerSign[] = [
  {
    code: 'fever_over_two_days',
    period: 'postpartum',
    label: { id: 'Demam lebih dari 2 hari', en: 'Fever for more than 2 days' },
  },
  {
    code: 'foul_discharge',
    period: 'postpartum',
    label: { id: 'Keluar cairan berbau dari jalan lahir', en: 'Foul-smelling discharge from the vagina' },
  },
  {
    code: 'painful_swollen_breast',
    period: 'postpartum',
    label: { id: 'Payudara bengkak, merah dan sakit', en: 'Swollen, red and painful breast' },
  },
  {
    code: 'postpartum_swelling_headache_convulsions',
    period: 'postpartum',
    label: {
      id: 'Bengkak di wajah, tangan dan kaki, atau sakit kepala dan kejang',
      en: 'Swollen face, hands and feet, or headache and convulsions',
    },
  },
  {
    code: 'low_mood',
    period: 'postpartum',
    label: {
      id: 'Ibu terlihat sedih, murung dan menangis tanpa sebab',
      en: 'The mother is sad, withdrawn and cries for no reason',
    },
  },
  {
    code: 'postpartum_bleeding',
    period: 'postpartum',
    label: { id: 'Perdarahan lewat jalan lahir', en: 'Bleeding from the vagina' },
  },
];

export const dangerSigns: readonly DangerSign[] = [...pregnancyDangerSigns, ...postpartumDangerSigns];

export function dangerSign(code: DangerSignCode): DangerSign {
  return dangerSigns.find((s) => s.code === code)!;
}

export function dangerSignsOf(period: DangerSignPeriod): readonly DangerSign[] {
  return period === 'pregnancy' ? pregnancyDangerSigns : postpartumDangerSigns;
}

/**
 * What the portal tells a mother who reports any danger sign: each is urgent
 * (DOMAIN §5.6). The alert to the bidan and puskesmas is the gateway's job;
 * the text says so only once the alert has been sent.
 */
export const dangerSignAdvice = {
  now: {
    id: 'Tanda bahaya! Segera ke puskesmas atau fasilitas kesehatan terdekat sekarang. Jika tidak bisa berangkat sendiri, minta transport kesehatan sekarang.',
    en: 'Danger sign! Go to the puskesmas or the nearest health facility now. If you cannot get there yourself, ask for health transport now.',
  },
  companion: {
    id: 'Ajak suami atau keluarga, dan bawa Buku KIA serta kartu JKN.',
    en: 'Take your husband or a family member, and bring the Buku KIA and the JKN card.',
  },
  alerted: {
    id: 'Bidan dan puskesmas Anda sudah diberi tahu.',
    en: 'Your bidan and puskesmas have been alerted.',
  },
} as const satisfies Record<string, Bilingual>;
