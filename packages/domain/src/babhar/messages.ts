import type { Bilingual, Lang } from '../common/language.js';

/**
 * Messages of e-Babhar's own validation codes (kept apart from
 * common/messages.ts). A zod issue of a babhar schema carries `params.code`
 * with one of these codes, and its `message` is the code too.
 */
export const babharMessages = {
  date_invalid: { id: 'Tanggal tidak valid (format TTTT-BB-HH)', en: 'Not a real date (format YYYY-MM-DD)' },
  date_future: { id: 'Tanggal tidak boleh di masa depan', en: 'The date cannot be in the future' },
  birth_date_not_nik: {
    id: 'Tanggal lahir tidak sama dengan tanggal lahir pada NIK',
    en: 'The date of birth differs from the one in the NIK',
  },
  nik_not_female: {
    id: 'NIK ini milik laki-laki (tanggal lahir pada NIK perempuan ditambah 40)',
    en: 'This NIK belongs to a man (a woman’s NIK adds 40 to the day of birth)',
  },
  hpht_too_old: {
    id: 'HPHT terlalu lama: kehamilan ini sudah melewati batas pemantauan (44 minggu)',
    en: 'The last menstrual period is too long ago: this pregnancy is past the follow-up limit (44 weeks)',
  },
  usg_hpl_implausible: {
    id: 'HPL dari USG tidak masuk akal untuk kehamilan yang sedang berjalan',
    en: 'The ultrasound due date does not fit an ongoing pregnancy',
  },
  gpa_inconsistent: {
    id: 'Jumlah persalinan (P) dan keguguran (A) harus lebih kecil dari jumlah kehamilan (G)',
    en: 'Births (P) plus miscarriages (A) must be fewer than pregnancies (G)',
  },
  last_birth_after_hpht: {
    id: 'Tanggal persalinan terakhir tidak boleh setelah HPHT',
    en: 'The last birth cannot be after the last menstrual period',
  },
  bp_inverted: {
    id: 'Tekanan sistolik harus lebih tinggi dari diastolik',
    en: 'The systolic pressure must be higher than the diastolic',
  },
  height_required_first: {
    id: 'Tinggi badan wajib diukur pada kunjungan pertama',
    en: 'Height must be measured at the first contact',
  },
  td_dose_inconsistent: {
    id: 'Dosis Td yang diberikan harus satu tingkat di atas status Td (T5 tidak perlu dosis lagi)',
    en: 'The Td dose given must be the one after the Td status (T5 needs no more doses)',
  },
  next_contact_not_after: {
    id: 'Tanggal kunjungan berikutnya harus setelah tanggal kunjungan ini',
    en: 'The next contact must be after this contact',
  },
  kspr_item_duplicate: { id: 'Faktor risiko KSPR tercatat dua kali', en: 'A KSPR factor is listed twice' },
  donors_min_two: {
    id: 'Calon donor darah paling sedikit 2 orang',
    en: 'At least 2 blood donors are needed',
  },
  donors_matching_min_two: {
    id: 'Paling sedikit 2 calon donor darah harus bergolongan darah sama dengan ibu',
    en: 'At least 2 blood donors must have the mother’s blood type',
  },
  jkn_number_format: { id: 'Nomor kartu JKN harus 13 digit', en: 'The JKN card number must be 13 digits' },
  outcome_birth_details: {
    id: 'Persalinan wajib diisi cara persalinan dan data bayi',
    en: 'A birth needs the mode of delivery and the baby’s details',
  },
  outcome_miscarriage_no_babies: {
    id: 'Keguguran tidak dicatat dengan data bayi',
    en: 'A miscarriage is recorded without babies',
  },
  danger_sign_required: {
    id: 'Pilih paling sedikit satu tanda bahaya',
    en: 'Choose at least one danger sign',
  },
  danger_sign_period: {
    id: 'Tanda bahaya ini bukan untuk masa yang dipilih (hamil atau nifas)',
    en: 'This danger sign does not belong to the chosen period (pregnancy or postpartum)',
  },
  list_duplicate: { id: 'Pilihan tercatat dua kali', en: 'A choice is listed twice' },
} as const satisfies Record<string, Bilingual>;

export type BabharMessageCode = keyof typeof babharMessages;

export function isBabharMessageCode(code: unknown): code is BabharMessageCode {
  return typeof code === 'string' && Object.hasOwn(babharMessages, code);
}

export function babharMessage(code: BabharMessageCode, lang: Lang): string {
  return babharMessages[code][lang];
}
