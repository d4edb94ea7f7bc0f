import type { Bilingual, Lang } from './language.js';

/**
 * Messages of the suite's own error and validation codes. A zod issue carrying
 * `params.code` is shown with the text here; other issues use zod's locale.
 */
export const messages = {
  // NIK
  nik_format: { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' },
  nik_region_unknown: {
    id: 'Kode wilayah NIK (provinsi, kabupaten/kota, kecamatan) tidak dikenal',
    en: 'The NIK region code (province, regency/city, district) is unknown',
  },
  nik_birth_date: {
    id: 'Tanggal lahir pada NIK tidak valid',
    en: 'The birth date in the NIK is not a real date',
  },
  nik_serial: { id: 'Nomor urut NIK tidak boleh 0000', en: 'The NIK serial must not be 0000' },
  nik_taken: { id: 'NIK sudah terdaftar', en: 'This NIK is already registered' },
  // other fields
  phone_format: {
    id: 'Nomor HP harus nomor Indonesia, misalnya 081234567890',
    en: 'Phone must be an Indonesian mobile number, e.g. 081234567890',
  },
  password_policy: {
    id: 'Kata sandi minimal 8 karakter dan memuat huruf serta angka',
    en: 'Password must be at least 8 characters with letters and digits',
  },
  username_format: {
    id: 'Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau strip',
    en: 'Username must be 3–32 characters: lowercase letters, digits, dot, underscore or dash',
  },
  username_taken: { id: 'Nama pengguna sudah dipakai', en: 'This username is already taken' },
  scope_required: {
    id: 'Petugas OPD wajib punya instansi; tenaga kesehatan wajib punya puskesmas',
    en: 'An officer needs an agency; health staff need a puskesmas',
  },
  wrong_password: { id: 'Kata sandi lama salah', en: 'The current password is wrong' },
  not_a_resident: { id: 'Akun ini bukan akun warga', en: 'This account is not a resident account' },
  // generic
  validation_failed: { id: 'Data tidak valid', en: 'Invalid data' },
  invalid_json: { id: 'Isi permintaan bukan JSON yang valid', en: 'The request body is not valid JSON' },
  payload_too_large: { id: 'Isi permintaan terlalu besar', en: 'The request body is too large' },
  unsupported_media_type: { id: 'Jenis isi permintaan tidak didukung', en: 'Unsupported content type' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu', en: 'Please sign in first' },
  forbidden: { id: 'Anda tidak berhak melakukan ini', en: 'You are not allowed to do this' },
  invalid_credentials: {
    id: 'NIK/nama pengguna atau kata sandi salah',
    en: 'Wrong NIK/username or password',
  },
  account_locked: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk. Coba lagi nanti.',
    en: 'The account is temporarily locked after too many failed sign-ins. Try again later.',
  },
  account_disabled: { id: 'Akun dinonaktifkan', en: 'The account is disabled' },
  invalid_refresh_token: {
    id: 'Sesi berakhir, silakan masuk kembali',
    en: 'Your session has ended, please sign in again',
  },
  too_many_requests: {
    id: 'Terlalu banyak permintaan, coba lagi nanti',
    en: 'Too many requests, try again later',
  },
  internal_error: { id: 'Terjadi kesalahan pada server', en: 'Something went wrong on the server' },
  conflict: { id: 'Data bertentangan dengan data yang ada', en: 'The data conflicts with existing data' },
  idempotency_conflict: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain',
    en: 'This Idempotency-Key was already used for a different request',
  },
} as const satisfies Record<string, Bilingual>;

export type MessageCode = keyof typeof messages;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.hasOwn(messages, code);
}

export function message(code: MessageCode, lang: Lang): string {
  return messages[code][lang];
}
