import type { Bilingual } from '../common/language.js';
import type { KsprCategory } from './kspr.js';

/** The KSPR category told to the mother in plain words, with what she should do (DOMAIN §5.4). */
export const ksprPlainWords: Record<KsprCategory, { meaning: Bilingual; guidance: Bilingual }> = {
  KRR: {
    meaning: {
      id: 'Kehamilan Ibu saat ini berisiko rendah.',
      en: 'Your pregnancy is low-risk for now.',
    },
    guidance: {
      id: 'Tetap periksa sesuai jadwal. Ibu dapat bersalin dengan bidan di polindes atau puskesmas.',
      en: 'Keep every check-up on schedule. You can give birth with a bidan at the polindes or puskesmas.',
    },
  },
  KRT: {
    meaning: {
      id: 'Kehamilan Ibu berisiko tinggi: ada hal yang perlu diawasi bidan dan dokter.',
      en: 'Your pregnancy is high-risk: a bidan and a doctor need to watch some things.',
    },
    guidance: {
      id: 'Jangan lewatkan jadwal periksa. Rencanakan bersalin di puskesmas atau rumah sakit, ditolong bidan atau dokter.',
      en: 'Do not miss a check-up. Plan to give birth at a puskesmas or hospital, attended by a bidan or a doctor.',
    },
  },
  KRST: {
    meaning: {
      id: 'Kehamilan Ibu berisiko sangat tinggi.',
      en: 'Your pregnancy is very high-risk.',
    },
    guidance: {
      id: 'Ibu perlu diperiksa dokter dan bersalin di rumah sakit. Siapkan transport dan pendonor darah sejak sekarang.',
      en: 'You need a doctor’s care and to give birth in a hospital. Arrange transport and blood donors now.',
    },
  },
};

/** Before the first KSPR card is filled in. */
export const ksprNotAssessed: Bilingual = {
  id: 'Skor risiko (KSPR) belum diisi. Bidan akan menilainya saat Ibu periksa.',
  en: 'Your risk score (KSPR) has not been filled in yet. The bidan will assess it at your check-up.',
};
