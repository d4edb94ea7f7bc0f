import type { Bilingual } from '../common/language.js';

/**
 * Messages of the e-Babhar gateway's own refusals (duplicates, scope, the
 * state of a pregnancy), apart from the codes the babhar schemas raise.
 */
export const babharRecordMessages = {
  mother_exists: {
    id: 'Ibu dengan NIK ini sudah terdaftar: buka datanya, jangan mendaftar dua kali',
    en: 'A mother with this NIK is already registered: open her record instead of registering her twice',
  },
  pregnancy_active_exists: {
    id: 'Ibu ini masih punya kehamilan yang berjalan',
    en: 'This mother already has an ongoing pregnancy',
  },
  pregnancy_not_active: {
    id: 'Kehamilan ini sudah ditutup (bersalin, keguguran atau tidak terpantau)',
    en: 'This pregnancy is closed (delivered, miscarriage or lost to follow-up)',
  },
  pregnancy_pending: {
    id: 'Kehamilan ini menunggu verifikasi bidan',
    en: 'This pregnancy is waiting for the bidan to verify it',
  },
  pregnancy_not_pending: {
    id: 'Kehamilan ini tidak menunggu verifikasi',
    en: 'This pregnancy is not waiting for verification',
  },
  facility_not_puskesmas: {
    id: 'Pilih puskesmas yang terdaftar',
    en: 'Choose a registered puskesmas',
  },
  bidan_unknown: {
    id: 'Bidan ini bukan petugas kesehatan puskesmas tersebut',
    en: 'This bidan is not a health worker of that puskesmas',
  },
  nik_not_yours: {
    id: 'NIK ini bukan NIK akun Anda',
    en: 'This NIK is not the NIK of your account',
  },
  mother_claimed: {
    id: 'Data ibu ini sudah tersambung ke akun lain',
    en: 'This mother’s record is already linked to another account',
  },
  outcome_exists: {
    id: 'Hasil kehamilan ini sudah dicatat',
    en: 'The outcome of this pregnancy is already recorded',
  },
  outcome_before_hpht: {
    id: 'Tanggal hasil kehamilan tidak boleh sebelum HPHT',
    en: 'The outcome date cannot be before the last menstrual period',
  },
  contact_before_hpht: {
    id: 'Tanggal kunjungan tidak boleh sebelum HPHT',
    en: 'The contact date cannot be before the last menstrual period',
  },
  not_delivered: {
    id: 'Kunjungan nifas hanya setelah persalinan dicatat',
    en: 'Postpartum contacts only after a delivery is recorded',
  },
  postpartum_out_of_window: {
    id: 'Tanggal ini di luar masa nifas KF1–KF4 (hari ke-0 sampai 42)',
    en: 'This date is outside the postpartum windows KF1–KF4 (day 0 to 42)',
  },
  danger_sign_acknowledged: {
    id: 'Laporan tanda bahaya ini sudah ditangani',
    en: 'This danger-sign report has already been acknowledged',
  },
} as const satisfies Record<string, Bilingual>;
