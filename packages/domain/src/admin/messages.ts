import type { Bilingual } from '../common/language.js';

/** Messages of the regency back office. */
export const adminMessages = {
  period_order: {
    id: 'Tanggal awal tidak boleh setelah tanggal akhir',
    en: 'The start date cannot be after the end date',
  },
  period_too_long: {
    id: 'Periode paling panjang 400 hari',
    en: 'The period can be at most 400 days',
  },
  week_format: { id: 'Minggu ditulis seperti 2026-W05', en: 'A week is written like 2026-W05' },
  district_unknown: { id: 'Kode kecamatan tidak dikenal', en: 'Unknown kecamatan code' },
  user_not_officer: {
    id: 'Kepala instansi harus petugas aktif instansi itu',
    en: 'The head of an agency must be an active officer of that agency',
  },
  agency_code_taken: { id: 'Kode instansi sudah dipakai', en: 'This agency code is already in use' },
  agency_code_format: {
    id: 'Kode instansi 2–32 huruf besar, angka, atau tanda hubung',
    en: 'The agency code is 2–32 capital letters, digits or hyphens',
  },
  field_required: { id: 'Wajib diisi', en: 'This field is required' },
  village_unknown: {
    id: 'Kode desa tidak dikenal di kabupaten ini',
    en: 'Unknown desa code in this regency',
  },
} as const satisfies Record<string, Bilingual>;
export type AdminMessageCode = keyof typeof adminMessages;
